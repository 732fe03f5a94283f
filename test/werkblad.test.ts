import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../src/index.js';
import { built, dataDir, pageSizes, pdffonts, pdftotext, squash } from './helpers.js';
import { poppler } from './poppler.js';
import { ppmPages } from './raster.js';
import { paragraphLines, runningText } from './measure.js';

const project = loadProject(dataDir);
const pkg8 = project.packages.find((p) => p.number === 8)!;
// From the shared build of the shipped data (globalSetup.ts), read only.
const file8 = join(built(), pkg8.id, `${pkg8.id}-werkblad-A4.pdf`);

/** A node of react-pdf's layout tree, as far as the tests below read it. */
type Node = { props?: { tag?: string }; style?: { height?: number }; children?: Node[] };
/** The first question of a laid-out werkblad: its row of label and text, then its writing lines. */
const firstQuestion = (n: Node): Node | undefined => (n.props?.tag === 'LI' ? n : n.children?.map(firstQuestion).find(Boolean));

describe('werkblad', () => {
  it('sets the intro of every shipped werkblad at 60 to 75 characters a line (the last line aside)', () => {
    for (const p of project.packages) {
      const lines = paragraphLines(join(built(), p.id, `${p.id}-werkblad-A4.pdf`), 1, p.intro).slice(0, -1);
      expect(lines.length, p.id).toBeGreaterThan(1);
      for (const l of lines) expect(l.length, `${p.id}: "${l}"`).toBeGreaterThanOrEqual(55);
      const sorted = lines.map((l) => l.length).sort((a, b) => a - b);
      expect(sorted[Math.floor(sorted.length / 2)], p.id).toBeGreaterThanOrEqual(60);
      for (const l of lines) expect(l.length, `${p.id}: "${l}"`).toBeLessThanOrEqual(75);
    }
  });

  it('sets the film box of every shipped werkblad at most 75 characters a line', () => {
    for (const p of project.packages) {
      const lines = paragraphLines(join(built(), p.id, `${p.id}-werkblad-A4.pdf`), 1, 'Bekijk de film samen voordat je');
      for (const l of lines) expect(l.length, `${p.id}: "${l}"`).toBeLessThanOrEqual(75);
    }
  });

  it('sets every line of every shipped werkblad, all pages, at 75 characters or fewer (issue 24), on one sheet: two pages', () => {
    for (const p of project.packages) {
      const file = join(built(), p.id, `${p.id}-werkblad-A4.pdf`);
      expect(pageSizes(file).length, p.id).toBeLessThanOrEqual(2);
      const blocks = runningText(file);
      const lines = blocks.flat();
      expect(lines.length, p.id).toBeGreaterThanOrEqual(p.questions.length);
      for (const l of lines) expect(l.text.length, `${p.id}: "${l.text}"`).toBeLessThanOrEqual(75);
      // Every question whole, its number with it.
      const text = squash(lines.map((l) => l.text).join(' '));
      p.questions.forEach((q, i) => expect(text, p.id).toContain(squash(`${i + 1}. ${q}`)));
    }
  });

  it('sets every line of every shipped werkblad to fill in on screen, all pages, at 75 characters or fewer too', () => {
    for (const p of project.packages) {
      const file = join(built(), p.id, `${p.id}-werkblad-invulbaar.pdf`);
      const lines = runningText(file).flat();
      expect(lines.length, p.id).toBeGreaterThan(p.questions.length);
      for (const l of lines) expect(l.text.length, `${p.id}: "${l.text}"`).toBeLessThanOrEqual(75);
      const text = squash(lines.map((l) => l.text).join(' '));
      expect(text, p.id).toContain(squash(p.intro));
      p.questions.forEach((q, i) => expect(text, p.id).toContain(squash(`${i + 1}. ${q}`)));
    }
  });

  it('is A4 portrait on every page', () => {
    const sizes = pageSizes(file8);
    expect(sizes.length).toBeGreaterThan(0);
    for (const s of sizes) {
      expect(s.w).toBeCloseTo(595.28, 0);
      expect(s.h).toBeCloseTo(841.89, 0);
    }
  });

  it('holds the title, intro and every question as text', () => {
    const text = squash(pdftotext(file8));
    expect(text).toContain(squash(pkg8.title));
    expect(text).toContain(squash(pkg8.intro));
    for (const q of pkg8.questions) expect(text).toContain(squash(q));
    expect(text).toContain(squash(`pagina 1 van ${pageSizes(file8).length}`));
  });

  it('embeds its fonts', () => {
    const rows = pdffonts(file8).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/SourceSans3.* yes +yes +yes/);
  });

  it('carries the metadata', async () => {
    const doc = await PDFDocument.load(readFileSync(file8), { updateMetadata: false });
    expect(doc.getTitle()).toBe(`8. ${pkg8.title}: werkblad`);
    expect(doc.getAuthor()).toBe(`De makers van deze uitgave; ideeën en films: ${project.toolkit.contact.name}`);
    expect(doc.getSubject()).toContain('werkpakket 8');
    expect(doc.getKeywords()).toContain('gemeente');
    expect(doc.getCreator()).toBe(`toolkit ${project.toolkit.version}`);
    expect((doc.catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe('nl-NL');
    expect(doc.getCreationDate()?.toISOString()).toBe(`${project.toolkit.date}T00:00:00.000Z`);
  });

  it('keeps a question with its writing lines when questions flow onto page 2', () => {
    // Page 2 starts with a whole question: its first words are at the top of the page.
    const pages = pageSizes(file8).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    const page2 = pdftotext(file8, ['-f', '2', '-l', '2']).trim();
    expect(pkg8.questions.some((q, i) => page2.startsWith(`${i + 1}.`) && squash(page2).includes(squash(q)))).toBe(true);
  });

  it('gives each question three lines to write on where that takes no extra page, else two: as laying out both would', async () => {
    const { createElement } = await import('react');
    const { layout } = await import('../src/render/engine.js');
    const { Werkblad } = await import('../templates/Werkblad.js');
    const { layoutWerkblad } = await import('../src/outputs/kinds/werkblad/render.js');
    const linesOf = (tree: Node): number => firstQuestion(tree)!.children!.length - 1;
    const seen = new Set<number>();
    // 4 questions fit on one page with three lines, 5 do not (but do with two), 10 fill two pages either way.
    for (const n of [4, 5, 10]) {
      const pkg = { ...pkg8, questions: pkg8.questions.slice(0, n) };
      const pages = async (lines: number) => ((await layout(createElement(Werkblad, { toolkit: project.toolkit, pkg, lines }))) as Node).children!.length;
      const want = (await pages(3)) <= (await pages(2)) ? 3 : 2;
      expect(linesOf((await layoutWerkblad(project.toolkit, pkg)) as Node), `${n} questions`).toBe(want);
      seen.add(want);
    }
    expect([...seen].sort()).toEqual([2, 3]);
  });

  it('takes writing lines of 7 mm, not 8, only where 8 mm takes the werkblad past one sheet and 7 mm saves a page: as laying out both would', async () => {
    const { createElement } = await import('react');
    const { layout } = await import('../src/render/engine.js');
    const { Werkblad } = await import('../templates/Werkblad.js');
    const { TIGHT_WRITE_LINE, WRITE_LINE } = await import('../templates/Question.js');
    const { layoutWerkblad } = await import('../src/outputs/kinds/werkblad/render.js');
    const lineOf = (tree: Node): number | undefined => firstQuestion(tree)!.children![1]!.style?.height;
    const seen = new Set<number>();
    // Package 1 (15 questions, a film box with a QR code) and package 8 (12) as shipped.
    for (const pkg of [project.packages.find((p) => p.number === 1)!, pkg8]) {
      const qr = pkg.film.url ? (await import('../src/render/qr.js')).qrModules(pkg.film.url) : undefined;
      const pages = async (line: number) => ((await layout(createElement(Werkblad, { toolkit: project.toolkit, pkg, qr, lines: 2, line }))) as Node).children!.length;
      const [wide, tight] = [await pages(WRITE_LINE), await pages(TIGHT_WRITE_LINE)];
      const want = wide > 2 && tight < wide ? TIGHT_WRITE_LINE : WRITE_LINE;
      const got = (await layoutWerkblad(project.toolkit, pkg)) as Node;
      expect(lineOf(got), pkg.id).toBeCloseTo(want, 3);
      if (want === TIGHT_WRITE_LINE) expect(got.children!.length, pkg.id).toBe(tight);
      seen.add(want);
    }
    expect(seen.size).toBe(2);
  }, 60_000);

  it('prints a QR code and the link when the film has a url', () => {
    // The shipped werkbladen (the shared build): a package whose film has a url, and package 8, whose film has none.
    const linked = project.packages.find((p) => p.film.url)!;
    const url = linked.film.url!;
    const withUrl = join(built(), linked.id, `${linked.id}-werkblad-A4.pdf`);
    expect(pkg8.film.url).toBeUndefined();
    expect(pdftotext(withUrl)).toContain(url);
    // The page as a phone would see it: the QR code on it must read back as the link.
    expect(decodeQr(withUrl)).toBe(url);
    expect(decodeQr(file8)).toBeUndefined();
  });
});

describe('build --all', () => {
  it('writes 18 werkbladen', () => {
    const all = built();
    const dirs = readdirSync(all, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name).sort();
    expect(dirs).toEqual(project.packages.map((p) => p.id));
    for (const p of project.packages) expect(existsSync(join(all, p.id, `${p.id}-werkblad-A4.pdf`))).toBe(true);
  });
});

/**
 * The first page rendered by poppler, then read by jsQR: the QR code's text, if any. At 100 dpi:
 * the printed code reads back from 45 dpi up, so this is twice what a reading needs, and every
 * page is looked at alike, with or without a code.
 */
function decodeQr(file: string): string | undefined {
  const { width, height, rgb } = ppmPages(poppler('pdftoppm', ['-r', '100', '-f', '1', '-l', '1', file]), file)[0]!;
  const rgba = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
    rgba[j] = rgb[i]!;
    rgba[j + 1] = rgb[i + 1]!;
    rgba[j + 2] = rgb[i + 2]!;
  }
  // jsQR can take three dark squares of a page without a code (the badge, bold numbers) for finder
  // patterns and return a "code" with no data: a phone reads nothing there, so that is no code.
  return jsQR(rgba, width, height)?.data || undefined;
}
