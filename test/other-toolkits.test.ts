import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromData, check, isWarning, loadProject, formatProblem } from '../src/index.js';
import { toolkit, expectA4, fixtures, keptOut, pageSizes, pdfinfo, pdftotext, squash, tmp } from './helpers.js';

const wijk = join(fixtures, 'wijkaanpak');
const single = join(fixtures, 'een-pakket');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !join(e.parentPath, e.name).includes('.toolkit-cache'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

// What a toolkit without themes, or not of 18 packages, must never print.
const THEME_WORD = /\bthema('s)?\b/i;
const EIGHTEEN = /\b18 (werkpakket|thema|kaart)|\b1-18\b|\/18\b|\bzes thema/i;

/** A second toolkit, built whole: 5 packages, no themes, A7 cards, its own limits and colour. */
describe('Wijkaanpak: a toolkit without themes', () => {
  // Built in beforeAll and then only read (the site goes to a folder of its own), so kept between runs.
  const out = keptOut('wijkaanpak');
  let files: string[] = [];
  const pdf = (name: string) => join(out, name);
  // Each file's text read once, for the tests that read it (no PDF is written again after beforeAll).
  const texts = new Map<string, string>();
  const text = (name: string) => texts.get(name) ?? texts.set(name, pdftotext(pdf(name))).get(name)!;
  beforeAll(async () => {
    const result = await buildFromData(wijk, { outDir: out });
    expect(result.failed).toEqual([]);
    expect(result.skipped).toEqual([]);
    files = filesUnder(out);
  }, 120_000);

  it('loads as one implicit theme named after the toolkit, with its own limits', () => {
    const { toolkit, packages } = loadProject(wijk);
    expect(toolkit.themeless).toBe(true);
    expect(toolkit.themes).toEqual([expect.objectContaining({ implicit: true, name: 'Verandertoolkit Wijkaanpak', colour: '#7a3b69', cmyk: [45, 88, 30, 20] })]);
    expect(toolkit.limits).toEqual({ packages: 5, questions: { min: 4, max: 10 }, cards: { min: 2, max: 8 } });
    expect(packages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('checks without errors', async () => {
    const errors = (await check(loadProject(wijk))).filter((p) => !isWarning(p));
    expect(errors.map(formatProblem)).toEqual([]);
  });

  it('makes every package, one bundle named after the toolkit, the guide and the overview; no theme file', () => {
    const folders = [...new Set(files.filter((f) => f.includes('/')).map((f) => f.split('/')[0]))];
    expect(folders).toEqual(['01-van-legpuzzel-naar-ecosysteem', '02-anders-denken-doen-en-organiseren', '03-derde-testpakket', '04-vierde-testpakket', '05-vijfde-testpakket']);
    expect(files.filter((f) => !f.includes('/'))).toEqual(['gebruiksaanwijzer-A4.pdf', 'overzicht-A4.pdf', 'verandertoolkit-wijkaanpak-bundel.pdf']);
    expect(files.filter((f) => /thema/i.test(f))).toEqual([]);
    // Package 1 has two werkplaten, package 2 none.
    expect(files.filter((f) => f.startsWith('01-') && f.includes('werkplaat'))).toHaveLength(4);
    expect(files.filter((f) => f.startsWith('02-') && f.includes('werkplaat'))).toEqual([]);
  });

  it('has the page sizes of each kind: A4, A3 landscape, and A7 cards with 3 mm bleed for the print shop', () => {
    const p1 = '01-van-legpuzzel-naar-ecosysteem/01-van-legpuzzel-naar-ecosysteem';
    expect(expectA4(pdf(`${p1}-werkblad-A4.pdf`))).toBe(1);
    expect(pageSizes(pdf(`${p1}-werkplaat-1-A3.pdf`))).toEqual([{ w: 1190.55, h: 841.89 }]);
    expect(expectA4(pdf(`${p1}-werkplaat-1-2xA4.pdf`))).toBe(2);
    expect(expectA4(pdf(`${p1}-kaarten-A4.pdf`))).toBe(2);
    // 74 x 105 mm plus 3 mm on each side: 80 x 111 mm.
    for (const s of pageSizes(pdf(`${p1}-kaarten-drukker.pdf`))) {
      expect(s.w).toBeCloseTo((80 / 25.4) * 72, 1);
      expect(s.h).toBeCloseTo((111 / 25.4) * 72, 1);
    }
    expectA4(pdf('verandertoolkit-wijkaanpak-bundel.pdf'));
    expectA4(pdf('gebruiksaanwijzer-A4.pdf'));
    expectA4(pdf('overzicht-A4.pdf'));
  });

  it('prints its own texts: questions on the werkblad, cards, guide, every package in overview and bundle', () => {
    const { toolkit, packages } = loadProject(wijk);
    for (const p of packages) {
      const werkblad = squash(text(`${p.id}/${p.id}-werkblad-A4.pdf`));
      for (const q of p.questions) expect(werkblad).toContain(squash(q));
      const cards = squash(text(`${p.id}/${p.id}-kaarten-A4.pdf`));
      for (const c of p.cards) expect(cards).toContain(squash(c.text));
      // The card backs name this toolkit, not another.
      expect(cards).toContain(squash(toolkit.title));
    }
    const guide = squash(text('gebruiksaanwijzer-A4.pdf'));
    for (const s of toolkit.guide) expect(guide).toContain(squash(s.text));
    const overview = squash(text('overzicht-A4.pdf'));
    const bundle = squash(text('verandertoolkit-wijkaanpak-bundel.pdf'));
    expect(overview).toContain(squash('5 werkpakketten, elk met'));
    for (const p of packages) {
      expect(overview).toContain(squash(p.title));
      expect(bundle).toContain(squash(p.title));
    }
  });

  it('never says "thema" and never counts 18, in any PDF, its text or its title, subject and keywords', () => {
    const pdfs = files.filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(20);
    for (const f of pdfs) {
      const t = text(f) + pdfinfo(pdf(f));
      expect(t, f).not.toMatch(THEME_WORD);
      expect(t, f).not.toMatch(EIGHTEEN);
    }
  });

  it('the bundle is titled with the toolkit, not a theme', () => {
    const info = pdfinfo(pdf('verandertoolkit-wijkaanpak-bundel.pdf'));
    expect(info).toMatch(/Title: +Bundel Verandertoolkit Wijkaanpak/);
    expect(info).not.toMatch(THEME_WORD);
  });

  it('list shows no theme column; TOOLKIT_DATA picks the toolkit like --data', async () => {
    const r = await toolkit(['list'], { env: { TOOLKIT_DATA: wijk } });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(' 1  Van legpuzzel naar ecosysteem  ·  werkblad (5 vragen), 2 werkplaten, 3 kaarten');
    expect(r.stdout).toContain(' 5  Vijfde testpakket');
    const json = JSON.parse((await toolkit(['list', '--json', '--data', wijk])).stdout);
    expect(json.packages.map((p: { theme: unknown }) => p.theme)).toEqual([null, null, null, null, null]);
  });

  it('--theme is a usage error that says this toolkit has no themes', async () => {
    // In the words typed: the English options, or the Dutch ones.
    for (const [args, theme, pkg] of [
      [['build', '--theme', 'A', '--data', wijk, '--out'], '--theme', '--package'],
      [['bouw', '--thema', 'A', '--data', wijk, '--uit'], '--thema', '--pakket'],
    ] as const) {
      const r = await toolkit([...args, tmp('toolkit-wijk-theme-')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`fout ${theme} A kan niet: deze toolkit (Verandertoolkit Wijkaanpak) heeft geen thema's`);
      expect(r.stderr).toContain(`Kies werkpakketten met ${pkg}`);
    }
  });

  it('publishes a website whose pages and search never say "thema"', async () => {
    const own = keptOut('wijkaanpak-site');
    const r = await toolkit(['site', '--data', wijk, '--out', own, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const site = join(own, 'site');
    const pages = filesUnder(site).filter((f) => /\.(html|js)$/.test(f));
    expect(pages).toContain('index.html');
    // The start page, the guide, the overview, the accessibility statement, and per package its page and its presentation.
    expect(pages.filter((f) => f.endsWith('.html'))).toHaveLength(4 + 2 * 5);
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    expect(index).toContain('Van legpuzzel naar ecosysteem');
    for (const f of pages) expect(readFileSync(join(site, f), 'utf8').replace(/<[^>]*>/g, ' '), f).not.toMatch(THEME_WORD);
  }, 120_000);
});

describe('a toolkit of one package, no themes, no colour of its own', () => {
  const out = keptOut('een-pakket');
  beforeAll(async () => {
    const result = await buildFromData(single, { outDir: out });
    expect(result.failed).toEqual([]);
  }, 120_000);

  it('makes the package, one bundle, guide and overview, in the default colour, without "thema"', () => {
    const files = filesUnder(out);
    expect(files.filter((f) => !f.includes('/'))).toEqual(['anders-verantwoorden-bundel.pdf', 'gebruiksaanwijzer-A4.pdf', 'overzicht-A4.pdf']);
    expect(loadProject(single).toolkit.themes[0]).toEqual(expect.objectContaining({ implicit: true, colour: '#1f5f6b' }));
    const overview = pdftotext(join(out, 'overzicht-A4.pdf'));
    expect(squash(overview)).toContain(squash('1 werkpakket, elk met'));
    for (const f of files.filter((f) => f.endsWith('.pdf'))) expect(pdftotext(join(out, f)), f).not.toMatch(THEME_WORD);
  });
});

// In this process: what init writes and what check and build then say; a spawn would add nothing.
describe('toolkit init', () => {
  it('writes a toolkit that checks clean and builds as it is', async () => {
    const dir = join(tmp('toolkit-init-'), 'mijn-toolkit');
    const made = await toolkit(['init', dir]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`Een nieuwe toolkit staat klaar in ${dir}:`);
    expect(made.stdout).toContain('packages/01-eerste-werkpakket.yaml');
    const checked = await toolkit(['check', '--data', dir]);
    expect(checked.stderr).toBe('');
    expect(checked.stdout).toBe('2 werkpakketten gecontroleerd: geen problemen\n');
    // Kept between runs: the same starter, made anew each run, is known to the build by its bytes.
    const out = keptOut('init-build');
    const built = await toolkit(['build', '--data', dir, '--out', out, '--quiet']);
    expect(built.code).toBe(0);
    const top = readdirSync(out).filter((f) => !f.startsWith('.')).sort();
    expect(top).toEqual(['01-eerste-werkpakket', '02-tweede-werkpakket', 'gebruiksaanwijzer-A4.pdf', 'overzicht-A4.pdf', 'thema-A-eerste-thema-bundel.pdf']);
    expect(existsSync(join(out, '01-eerste-werkpakket/01-eerste-werkpakket-draaiboek-A4.pdf'))).toBe(true);
    expect(squash(pdftotext(join(out, '02-tweede-werkpakket/02-tweede-werkpakket-werkblad-A4.pdf')))).toContain(squash('Welke vraag krijg je het vaakst in je werk?'));
  }, 120_000);

  it('refuses a folder that is not empty, and writes nothing', async () => {
    const dir = tmp('toolkit-init-full-');
    await toolkit(['init', join(dir, 'a')]);
    for (const cmd of ['init', 'nieuw']) {
      const r = await toolkit([cmd, dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `fout de map ${dir} is niet leeg (er staat 1 bestand of map in), dus er is niets geschreven\n    Kies een nieuwe of lege map, zoals: toolkit ${cmd} mijn-toolkit. Zo overschrijft de toolkit nooit je eigen werk.\n`,
      );
    }
    expect(readdirSync(dir)).toEqual(['a']);
  });
});
