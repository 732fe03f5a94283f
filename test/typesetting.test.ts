/**
 * The typesetting rules of print.md, read back from the PDFs a build writes:
 * word positions from `pdftotext -bbox-layout`, font sizes from the content streams.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement as h } from 'react';
import { Document, Page, Text, View } from '@react-pdf/renderer';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../src/index.js';
import { contrastProblems, contrastRatio, PAIRS } from '../src/render/contrast.js';
import { coverPath, fileName } from '../src/outputs/files.js';
import { patchTextkit, TEXTKIT_VERSION } from '../src/patches/lineBreakHook.js';
import { render } from '../src/render/engine.js';
import { FONT } from '../templates/units.js';
import { endsHyphenated, gapRatios, letters, readBoxes, type BoxPage, type Line } from './bbox.js';
import { contentStreams, fontSizes, isWhite, textSettings } from './contentStreams.js';
import { built, dataDir, edit, smallData, tmp, toolkit } from './helpers.js';

const project = loadProject(dataDir);
// The shared build of the shipped data (globalSetup.ts) is read; what this file makes goes to a folder of its own.
const out = tmp('toolkit-typeset-');
/** The themes in the order of their packages, each with its packages. */
const themes = [...new Map(project.packages.map((p) => [p.theme.id, p.theme])).values()].map((theme) => ({ theme, packages: project.packages.filter((p) => p.theme.id === theme.id) }));
/** The covers the shared build made for the bundles, one file a theme: page i opens the theme's package i. */
const covers = themes.map(({ theme }) => join(built(), coverPath(theme)));
const pdfs: string[] = [];
const boxes = new Map<string, BoxPage[]>();
const kind = (f: string) => (f.endsWith('kaarten-drukker.pdf') ? 'cards' : f.includes('werkblad') ? 'werkblad' : f.includes('werkplaat') ? 'werkplaat' : f.includes('bundel') ? 'bundle' : 'document');
/** What was written, to tell our breaks ("samen-werking") from hyphens the author wrote ("denk- en doekaarten"). */
const written = [...project.toolkit.texts, ...project.packages.flatMap((p) => p.texts)].map((t) => t.text).join('\n');

beforeAll(async () => {
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && !e.name.startsWith('.')) walk(join(dir, e.name));
      else if (e.name.endsWith('.pdf')) pdfs.push(join(dir, e.name));
    }
  };
  walk(built());
  pdfs.push(...covers);
  // Bundles repeat the other files; the 2 x A4 tiles cut lines in two.
  for (const f of pdfs) if (kind(f) !== 'bundle' && !f.includes('2xA4')) boxes.set(f, readBoxes(f));
}, 180_000);

const allLines = () => [...boxes].flatMap(([file, pages]) => pages.flatMap((p, page) => p.blocks.flatMap((b) => b.lines.map((line, i) => ({ file, page, block: b.lines, i, line })))));

/** A line ending in a hyphen we put there: the word joined again is in the sources. */
function brokenWord(block: Line[], i: number): { before: string; after: string } | undefined {
  const [line, next] = [block[i]!, block[i + 1]];
  if (!next || !endsHyphenated(line)) return undefined;
  const before = line.words.at(-1)!.text.replace(/[-\u00AD]$/u, '');
  const after = next.words[0]!.text;
  const core = (s: string) => s.replace(/^\P{L}+|\P{L}+$/gu, '');
  return written.includes(core(before) + core(after)) ? { before, after } : undefined;
}

describe('the line-breaking patch of react-pdf', () => {
  const source = readFileSync(join(dataDir, '../node_modules/@react-pdf/textkit/lib/textkit.js'), 'utf8');

  it('applies to the installed textkit and exposes the hook', () => {
    const patched = patchTextkit(source, TEXTKIT_VERSION);
    expect(patched).toContain('replacedLinebreaker ? replacedLinebreaker(options) : upstreamLinebreaker(options)');
    expect(patched).toMatch(/export \{ toolkitLineBreaking,/);
  });

  it('refuses another textkit version, or one whose code moved, saying what to do', () => {
    expect(() => patchTextkit(source, '7.0.2')).toThrow(/@react-pdf\/textkit is 7\.0\.2, the line-breaking patch \(src\/patches\/lineBreakHook\.ts\) is made for 7\.0\.1/);
    expect(() => patchTextkit(source.replace('const linebreaker = (options) => {', 'const linebreaker = (opts) => {'), TEXTKIT_VERSION)).toThrow(/`const linebreaker = \(options\) => \{` not found once: update src\/patches\/lineBreakHook\.ts/);
  });
});

describe('word spaces', () => {
  it('keep the font\'s natural width on every line: no shrinking, no stretching', () => {
    const squeezed: string[] = [];
    let natural = 0;
    let all = 0;
    for (const { file, line } of allLines()) {
      for (const r of gapRatios(line)) {
        all++;
        if (Math.abs(r - 1) < 0.02) natural++;
        if (r < 0.98) squeezed.push(`${file.split('/').pop()}: ${(r * 100).toFixed(0)} % in "${line.text}"`);
      }
    }
    expect(all).toBeGreaterThan(10_000);
    expect(squeezed).toEqual([]);
    // Wider gaps are only where two texts share a line (a footer's left and right part).
    expect(natural / all).toBeGreaterThan(0.99);
  });
});

describe('hyphenation', () => {
  it('never breaks a word in a heading, title or label: only body-size lines end in a hyphen', () => {
    const bad: string[] = [];
    for (const [file, pages] of boxes) {
      pages.forEach((p, page) => {
        const lines = p.blocks.flatMap((b) => b.lines);
        // Card fronts: the card's text is its smallest size above the 7 pt footer; a back is all titles and labels.
        const cardText = Math.min(...lines.map((l) => l.size).filter((s) => s > 7.2));
        const body = { cards: page % 2 ? 0 : cardText + 0.2, werkblad: 12.2, document: 12.2, werkplaat: Infinity, bundle: Infinity }[kind(file)];
        for (const l of lines) if (endsHyphenated(l) && l.size > body) bad.push(`${file.split('/').pop()} p${page + 1} ${l.size.toFixed(1)} pt: ${l.text}`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('never breaks a word in bold or centred text, where it would in regular left-aligned text', async () => {
    const text = 'Maatschappelijke samenwerkingsverbanden en verantwoordelijkheidsgevoel';
    const box = (style: object) => h(View, { style: { width: 110, marginBottom: 20 } }, h(Text, { style: { fontFamily: FONT, fontSize: 12, ...style } }, text));
    const file = join(out, 'rules.pdf');
    const doc = h(Document, null, h(Page, { size: [300, 400], style: { padding: 20 } }, box({}), box({ fontWeight: 700 }), box({ textAlign: 'center' })));
    writeFileSync(file, await render(doc));
    const [plain, bold, centred] = readBoxes(file)[0]!.blocks.map((b) => b.lines);
    expect(plain!.some(endsHyphenated)).toBe(true); // so the other two could have been broken
    expect(bold!.filter(endsHyphenated)).toEqual([]);
    expect(centred!.filter(endsHyphenated)).toEqual([]);
    expect(bold!.map((l) => l.text).join(' ')).toBe(text);
  });

  it('leaves at least 3 letters on each side of a break', () => {
    const short: string[] = [];
    let breaks = 0;
    for (const { block, i, file } of allLines()) {
      const w = brokenWord(block, i);
      if (!w) continue;
      breaks++;
      if (letters(w.before) < 3 || letters(w.after) < 3) short.push(`${file.split('/').pop()}: ${w.before}- ${w.after}`);
    }
    expect(breaks).toBeGreaterThan(5); // there is hyphenation to check
    expect(short).toEqual([]);
  });

  it('never breaks a paragraph\'s last word, nor two lines in a row', () => {
    const bad: string[] = [];
    for (const { block, i, file } of allLines()) {
      if (!brokenWord(block, i)) continue;
      const next = block[i + 1]!;
      if (i + 2 === block.length && next.words.length === 1) bad.push(`last word: ${file.split('/').pop()}: ${block[i]!.text} / ${next.text}`);
      if (brokenWord(block, i + 1)) bad.push(`in a row: ${file.split('/').pop()}: ${block[i]!.text} / ${next.text}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('runts', () => {
  it('no card ends its text on a line of one word', () => {
    let cards = 0;
    const runts: string[] = [];
    for (const [file, pages] of boxes) {
      if (kind(file) !== 'cards') continue;
      pages.forEach((p, page) => {
        if (page % 2) return; // backs
        cards++;
        const lines = p.blocks.flatMap((b) => b.lines);
        const size = Math.min(...lines.map((l) => l.size).filter((s) => s > 7.2));
        const text = lines.filter((l) => Math.abs(l.size - size) < 0.05 && l.words.length && l.words[0]!.yMin > 40);
        if (text.length > 1 && text.at(-1)!.words.length === 1) runts.push(`${file.split('/').pop()} p${page + 1}: ${text.at(-1)!.text}`);
      });
    }
    expect(cards).toBe(project.packages.reduce((n, p) => n + p.cards.length, 0));
    expect(runts).toEqual([]);
  });

  it('no package title on a cover ends on a line of one word', () => {
    const pages = covers.flatMap((f) => boxes.get(f)!);
    const packages = themes.flatMap((t) => t.packages);
    expect(pages).toHaveLength(project.packages.length);
    const alone = pages.flatMap((p, i) => {
      const title = p.blocks.flatMap((b) => b.lines).filter((l) => Math.abs(l.size - 30) < 0.1);
      expect(title.map((l) => l.text).join(' '), `cover ${i + 1}`).toBe(packages[i]!.title);
      return title.length > 1 && title.at(-1)!.words.length === 1 ? [title.at(-1)!.text] : [];
    });
    expect(alone).toEqual([]);
  });
});

describe('type sizes', () => {
  it('nothing is set under 7 pt in any output', async () => {
    let sizes = 0;
    for (const f of pdfs) {
      const all = fontSizes(await contentStreams(readFileSync(f)));
      sizes += all.length;
      expect(Math.min(...all), f).toBeGreaterThanOrEqual(7);
    }
    expect(sizes).toBeGreaterThan(1000);
  });

  it('white text on colour is bold and at least 8 pt: card fronts and backs, covers', async () => {
    const settings = [];
    // A package of each theme: its print-shop file has every card's front and back as a page of its own.
    for (const { packages } of themes) {
      const pkg = packages.find((p) => p.cards.length);
      if (pkg) settings.push(...(await textSettings(readFileSync(join(built(), fileName(pkg, 'kaarten-drukker'))))));
    }
    for (const f of covers) settings.push(...(await textSettings(readFileSync(f))));
    const white = settings.filter((s) => isWhite(s.fill));
    expect(white.length).toBeGreaterThan(20);
    expect(white.filter((s) => s.size < 8 || !/Bold/.test(s.font))).toEqual([]);
    expect(settings.some((s) => !isWhite(s.fill) && !/Bold/.test(s.font))).toBe(true); // the colours were read
  });
});

describe('colour contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#b9600f')).toBeCloseTo(4.43, 2); // theme E before it was darkened
    expect(contrastRatio('#ffffff', '#a85a0e')).toBeCloseTo(5.08, 2);
  });

  it('every pair the templates print passes for every shipped theme', () => {
    expect(PAIRS.length).toBeGreaterThan(5);
    expect(contrastProblems(project.toolkit)).toEqual([]);
  });

  it('`toolkit check` names the theme and the colour\'s place in toolkit.yaml when a pair is too faint', async () => {
    const data = smallData([14]); // a package of theme E, whose colour is made too faint
    edit(join(data, 'toolkit.yaml'), '"#a85a0e"', '"#c0701e"');
    const line = readFileSync(join(data, 'toolkit.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('#c0701e')) + 1;
    const r = await toolkit(['check', '--data', data]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`toolkit.yaml:${line}:5 thema E, colour: thema E (#c0701e): witte tekst op de themakleur`);
    expect(r.stderr).toContain('#ffffff op #c0701e heeft een contrast van 3,76:1; op 9 pt is minstens 4,5:1 nodig');
    expect(r.stderr).toContain('Maak de kleur van thema E donkerder');
    expect(r.stderr).not.toContain('thema A (');
  });
});
