import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphLines, runningText } from './measure.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../src/model/load.js';
import { ToolkitError } from '../src/errors.js';
import { defaultDataDir } from '../src/paths.js';
import { coverPath, GUIDE, OVERVIEW } from '../src/outputs/files.js';
import { renderCovers } from '../src/outputs/kinds/bundel/cover.js';
import { built, expectA4, pageSizes, pdftotext, squash, tmp } from './helpers.js';

const project = loadProject(defaultDataDir);
const { toolkit, packages } = project;
const out = process.env.TOOLKIT_KEEP_PDF ?? tmp('toolkit-guide-');

async function write(name: string, bytes: Promise<Uint8Array>) {
  const file = join(out, name);
  writeFileSync(file, await bytes);
  return file;
}

/** Each page's text, squashed, by one pdftotext run: poppler ends every page with a form feed. */
const pagesOf = (file: string) => pdftotext(file).split('\f').slice(0, -1).map(squash);

/** Finds each needle after the previous one; returns the needles that were missing or out of order. */
function outOfOrder(haystack: string, needles: string[]): string[] {
  let at = 0;
  const bad: string[] = [];
  for (const n of needles) {
    const i = haystack.indexOf(n, at);
    if (i < 0) bad.push(n);
    else at = i + n.length;
  }
  return bad;
}

// The guide and the overview of the shipped data as the shared build wrote them (globalSetup.ts), read only.
describe('gebruiksaanwijzer', () => {
  const file = join(built(), GUIDE);
  let text = '';
  beforeAll(() => {
    text = squash(pdftotext(file));
  });

  it('is A4 portrait on every page, two pages, its text at 75 characters a line or fewer', () => {
    expect(expectA4(file)).toBe(2);
    const s = toolkit.guide.find((g) => g.text.length > 300)!;
    const lines = paragraphLines(file, 1, s.text);
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(75);
    expect(Math.max(...lines.map((l) => l.length))).toBeGreaterThanOrEqual(60);
    // Every line of every section, read back from the PDF.
    const all = runningText(file).flat();
    expect(all.length).toBeGreaterThan(40);
    for (const l of all) expect(l.text.length, l.text).toBeLessThanOrEqual(75);
  });

  it('holds every guide section, in order, whole', () => {
    expect(toolkit.guide.length).toBeGreaterThan(0);
    expect(outOfOrder(text, toolkit.guide.map((s) => squash(s.heading)))).toEqual([]);
    for (const s of toolkit.guide) expect(text).toContain(squash(s.text));
  });

  it('names the six themes, the contact and the version, and numbers its pages', () => {
    // The key is laid out in two columns, so letter and name need not be next to each other in the text.
    for (const t of toolkit.themes) {
      expect(text).toContain(squash(`Thema ${t.id}`));
      expect(text).toContain(squash(t.name));
    }
    expect(text).toContain(squash(toolkit.contact.name));
    expect(text).toContain(squash(toolkit.contact.email));
    expect(text).toContain(squash(`versie ${toolkit.version}`));
    const pages = pageSizes(file).length;
    expect(text).toContain(squash(`pagina ${pages} van ${pages}`));
  });

  it('says who wrote this edition\'s texts, apart from whose ideas and films they are (issue 28)', () => {
    // The shipped colophon: the texts are this edition's makers', the ideas and films Wouter Hart's and Thom Verheggen's.
    expect(text).toContain(squash('De ideeën en de films van deze toolkit zijn van Wouter Hart en Thom Verheggen'));
    expect(text).toContain(squash('De teksten van deze uitgave zijn geschreven door de makers van deze uitgave, niet door Wouter Hart en Thom Verheggen'));
    expect(text).toContain(squash(`Over de toolkit en de films: mail naar ${toolkit.contact.name}`));
  });
});

describe('overzicht', () => {
  const file = join(built(), OVERVIEW);
  let text = '';
  beforeAll(() => {
    text = squash(pdftotext(file));
  });

  it('is A4 portrait on every page, at most two pages for 18 packages', () => {
    expect(packages.length).toBe(18);
    expect(expectA4(file)).toBeLessThanOrEqual(2);
  });

  it('lists every package with its number and title, in order, under its theme', () => {
    const needles: string[] = [];
    for (const t of toolkit.themes) {
      needles.push(squash(`Thema ${t.id} · ${t.name}`));
      for (const p of packages.filter((p) => p.theme.id === t.id)) needles.push(squash(`${p.number}. ${p.title}`));
    }
    expect(outOfOrder(text, needles)).toEqual([]);
  });

  it('says what each package contains', () => {
    for (const p of packages) {
      const after = text.slice(text.indexOf(squash(`${p.number}. ${p.title}`)));
      expect(after).toContain(squash(`Werkblad met ${p.questions.length} vragen`));
      for (const w of p.werkplaten) expect(after).toContain(squash(w.title));
    }
    expect(text).toContain(squash(`${packages[0]!.cards.length} denk- en doekaarten`));
  });

  it('sets its running text at 60-75 characters a line (issue 24), the lines read back from the PDF', () => {
    const blocks = runningText(file);
    const lines = blocks.flat();
    expect(lines.length).toBeGreaterThan(2 * packages.length);
    for (const l of lines) expect(l.text.length, l.text).toBeLessThanOrEqual(75);
    // A line with one after it in its paragraph is full: the measure is not narrower than it needs to be.
    const full = blocks.flatMap((b) => b.slice(0, -1)).map((l) => l.text.length).sort((a, b) => a - b);
    expect(full.length).toBeGreaterThan(packages.length);
    expect(full[Math.floor(full.length / 2)]).toBeGreaterThanOrEqual(60);
  });

  it('keeps a package on one page', () => {
    const pages = pagesOf(file);
    expect(pages.length).toBeGreaterThan(0);
    for (const t of pages) {
      for (const p of packages) {
        if (!t.includes(squash(`${p.number}. ${p.title}`))) continue;
        for (const w of p.werkplaten) expect(t).toContain(squash(w.title));
      }
    }
  });
});

describe('covers of packages', () => {
  const pkg8 = packages.find((p) => p.number === 8)!;

  it('is one A4 page with the theme, number, title, intro and the werkplaat titles', async () => {
    const file = await write('cover-08.pdf', renderCovers(toolkit, [pkg8]));
    expect(expectA4(file)).toBe(1);
    const text = squash(pdftotext(file));
    expect(text).toContain(squash(`Thema ${pkg8.theme.id}`));
    expect(text).toContain(squash(pkg8.theme.name));
    expect(text).toContain(squash(`Werkpakket ${pkg8.number}`));
    expect(text).toContain(squash(pkg8.title));
    expect(text).toContain(squash(pkg8.intro));
    expect(outOfOrder(text, pkg8.werkplaten.map((w) => squash(w.title)))).toEqual([]);
    expect(text).toContain(squash(`${pkg8.questions.length} reflectievragen`));
    expect(text).not.toMatch(/pagina\d/);
  });

  it('gives every package one page, in the order given', () => {
    // The covers the shared build made for the bundles, one file a theme, its packages in the toolkit's order.
    const themes = [...new Set(packages.map((p) => p.theme))];
    let seen = 0;
    for (const theme of themes) {
      const given = packages.filter((p) => p.theme === theme);
      const file = join(built(), coverPath(theme));
      expect(expectA4(file), theme.id).toBe(given.length);
      pagesOf(file).forEach((text, i) => {
        const p = given[i]!;
        expect(text, p.id).toContain(squash(`Werkpakket ${p.number}`));
        for (const w of p.werkplaten) expect(text, p.id).toContain(squash(w.title));
        seen++;
      });
    }
    expect(seen).toBe(packages.length);
  });

  it('fails a cover that runs over its page, naming the package and where its intro is', async () => {
    // Six times the intro: three already run over the page.
    const long = { ...pkg8, intro: Array(6).fill(pkg8.intro).join(' ') };
    const other = packages.find((p) => p.number === 9)!;
    const err = await renderCovers(toolkit, [other, long]).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ToolkitError);
    const problems = (err as ToolkitError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('het voorblad van werkpakket 8 past niet op één A4-pagina');
    expect(problems[0]!.at).toMatchObject({ file: pkg8.file, path: 'intro', line: 4 });
  });
});
