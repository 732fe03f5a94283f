import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject, type Package } from '../src/index.js';
import { fileName } from '../src/outputs/files.js';
import { fitCards } from '../src/outputs/kinds/kaarten/render.js';
import { readBoxes } from './bbox.js';
import { built, dataDir, problemsThrown } from './helpers.js';

const project = loadProject(dataDir);
const pkg8 = project.packages.find((p) => p.number === 8)!;
// Real card prose, repeated to length: short filler words would fit far more per line.
const prose = pkg8.cards.map((c) => c.text).join(' ').split(/\s+/);
const words = (n: number) => Array.from({ length: n }, (_, i) => prose[i % prose.length]).join(' ');

/** Package 8 with card 2 replaced. */
const withCard = (text: string): Package => ({
  ...pkg8,
  cards: pkg8.cards.map((c, i) => (i === 1 ? { ...c, text } : c)),
});

/**
 * Package 8 with card 2 replaced and the cards after it left out: a card's own misfit does not
 * depend on the others, and each step down lays out every card again.
 */
const withCard2 = (text: string): Package => ({ ...pkg8, cards: [pkg8.cards[0]!, { ...pkg8.cards[1]!, text }] });

const fitError = (pkg: Package) => problemsThrown(() => fitCards(project.toolkit, pkg));

describe('card text fit', () => {
  it('fails a 240-word card, naming its file and line, the smallest size and how much is too much', async () => {
    const msg = await fitError(withCard2(words(240)));
    const at = pkg8.cards[1]!.at;
    expect(msg).toContain(`${at.file}:${at.line}:${at.col} kaart 2 ("${pkg8.cards[1]!.title}"): de tekst past niet, ook niet op 7,5 pt:`);
    const m = /: ongeveer (\d+) woorden te veel \(op 7,5 pt passen er ongeveer (\d+) van de (\d+)\)/.exec(msg);
    expect(m, msg).not.toBeNull();
    // The two figures add up to the words written: the message does not contradict itself.
    expect(Number(m![1]) + Number(m![2])).toBe(Number(m![3]));
    expect(Number(m![3])).toBeGreaterThanOrEqual(240); // the card's text, and its title in the same box
  });

  it('fails a card with a 60-letter word with a clear message', async () => {
    // Letters without a syllable break: Dutch hyphenation finds nowhere to split it.
    const msg = await fitError(withCard2(`Een heel lang woord: ${'a'.repeat(60)} en verder niets.`));
    expect(msg).toMatch(/kaart 2 \(".*"\): de tekst past niet, ook niet op 7,5 pt: het woord "aaaaaaaaaaaaaaaaaaaa…" is \d+ pt breder dan de ruimte en kan niet worden afgebroken/);
  });

  it('does not shrink a 9-word card', async () => {
    const { sizes } = await fitCards(project.toolkit, withCard(words(9)));
    expect(sizes[1]!.text).toBe(10);
  });

  it('shrinks a long card only as far as needed, and the package\'s other cards with it: one size on every sheet', async () => {
    const { sizes } = await fitCards(project.toolkit, withCard(words(80)));
    expect(sizes[1]!.text).toBeLessThan(10);
    expect(sizes[1]!.text).toBeGreaterThanOrEqual(7.5);
    expect(sizes.every((s) => s.text === sizes[1]!.text && s.title === sizes[1]!.title)).toBe(true);
  });

  it('fits every shipped card at 8 pt or more', () => {
    // As printed in the shared build: each front of the print-shop file, its text the smallest size above the 7 pt footer.
    for (const pkg of project.packages.filter((p) => p.cards.length)) {
      const pages = readBoxes(join(built(), fileName(pkg, 'kaarten-drukker')));
      expect(pages, pkg.id).toHaveLength(2 * pkg.cards.length);
      const fronts = pages.filter((_, i) => i % 2 === 0);
      for (const [i, page] of fronts.entries()) {
        const sizes = page.blocks.flatMap((b) => b.lines.map((l) => l.size)).filter((s) => s > 7.2);
        expect(Math.min(...sizes), `${pkg.id} kaart ${i + 1}`).toBeGreaterThanOrEqual(8 - 0.01);
      }
    }
  });
});
