import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFDict, PDFArray, PDFHexString, PDFString } from 'pdf-lib';
import { loadProject } from '../src/index.js';
import { readBoxes } from './bbox.js';
import { dataDir, fixtures, pageSizes, pdftotext, renderPages, squash, tmp, toolkit } from './helpers.js';

// A fixture with a plan, a film link and a password, and the shipped package 8 (a plan, no link).
const data = join(fixtures, 'draaiboek');
const project = loadProject(data, data);
const withLink = project.packages.find((p) => p.number === 1)!;
const shipped = loadProject(dataDir, dataDir).packages.find((p) => p.number === 8)!;
const slidesOf = (out: string, id: string) => join(out, id, `${id}-presentatie-16x9.pdf`);
const pagesText = (file: string) => pdftotext(file).split('\f').slice(0, -1);

/** The speaker notes of each page: the Contents of its text annotations. */
async function notesOf(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(file));
  return doc.getPages().map((page) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) return '';
    return annots
      .asArray()
      .map((ref) => doc.context.lookup(ref, PDFDict))
      .filter((a) => a.get(PDFName.of('Subtype'))?.toString() === '/Text')
      .map((a) => (a.lookup(PDFName.of('Contents')) as PDFHexString | PDFString).decodeText())
      .join('\n');
  });
}

describe('presentatie (slides)', () => {
  const out = tmp('toolkit-slides-');
  const out8 = tmp('toolkit-slides-8-');
  let made: Awaited<ReturnType<typeof toolkit>>;
  beforeAll(async () => {
    made = await toolkit(['presentatie', '1', '--data', data, '--uit', out], { cwd: data });
    const made8 = await toolkit(['slides', '--package', '8', '--out', out8]);
    expect(made8.code, made8.stderr).toBe(0);
  });

  it('writes only the slides, on 1920 x 1080 pt pages', () => {
    expect(made.code, made.stderr).toBe(0);
    expect(existsSync(join(out, withLink.id, `${withLink.id}-werkblad-A4.pdf`))).toBe(false);
    for (const file of [slidesOf(out, withLink.id), slidesOf(out8, shipped.id)]) {
      const sizes = pageSizes(file);
      expect(sizes.length).toBeGreaterThan(5);
      for (const s of sizes) expect(s).toEqual({ w: 1920, h: 1080 });
    }
  });

  it('has a title slide, the film with link, QR and password (as on the werkblad), every step with its minutes, the werkplaten, the questions and the agreement', () => {
    const pages = pagesText(slidesOf(out, withLink.id)).map(squash);
    expect(pages[0]).toContain(squash(withLink.title));
    const film = pages.find((p) => p.includes(squash(`Film: ${withLink.film.title}`)))!;
    expect(film).toContain(squash(withLink.film.url!));
    expect(film).toContain(squash(`Wachtwoord: ${withLink.film.password}`));
    const plan = withLink.facilitation!.plan;
    plan.forEach((step, i) => {
      const page = pages.find((p) => p.includes(squash(`Stap ${i + 1} van ${plan.length} · ${step.minutes} minuten`)));
      expect(page, step.title).toBeDefined();
      expect(page).toContain(squash(step.title));
      expect(page).toContain(squash(step.text));
    });
    for (const [i, w] of withLink.werkplaten.entries()) expect(pages.some((p) => p.includes(squash(`Werkplaat ${i + 1}: ${w.title}`)))).toBe(true);
    expect(pages.at(-1)).toContain(squash('Onze afspraak'));
  });

  it('shows each question once, one to three a slide, numbered as on the werkblad', () => {
    for (const [file, pkg] of [[slidesOf(out, withLink.id), withLink], [slidesOf(out8, shipped.id), shipped]] as const) {
      const pages = pagesText(file).map(squash);
      pkg.questions.forEach((q, i) => {
        const on = pages.filter((p) => p.includes(squash(q)));
        expect(on, q).toHaveLength(1);
        expect(on[0]).toContain(squash(`${i + 1}.`));
      });
      const perSlide = pages.map((p) => pkg.questions.filter((q) => p.includes(squash(q))).length).filter((n) => n > 0);
      expect(Math.max(...perSlide)).toBeLessThanOrEqual(3);
      expect(perSlide.reduce((a, b) => a + b, 0)).toBe(pkg.questions.length);
    }
  });

  it('shows no password where the werkblad has none, and no link where there is none', () => {
    const text = pdftotext(slidesOf(out8, shipped.id));
    expect(shipped.film.password).toBeUndefined();
    expect(text).not.toContain('Wachtwoord');
    expect(text).not.toContain('vimeo');
  });

  it('sets no text below 28 pt: readable from the back of the room', () => {
    for (const file of [slidesOf(out, withLink.id), slidesOf(out8, shipped.id)]) {
      const sizes = readBoxes(file).flatMap((p) => p.blocks.flatMap((b) => b.lines.map((l) => ({ size: l.size, text: l.text }))));
      expect(sizes.length).toBeGreaterThan(50);
      const small = sizes.filter((l) => l.size < 28 - 0.5);
      expect(small).toEqual([]);
    }
  });

  it('carries the theme colour on every slide', async () => {
    const colour = shipped.theme.colour.match(/\w\w/g)!.map((h) => parseInt(h, 16));
    const pages = await renderPages(slidesOf(out8, shipped.id));
    // The title slide's badge, the others' bar on the left edge.
    for (const [i, page] of pages.entries()) {
      const [x, y] = i === 0 ? [Math.round(110 + 55), Math.round(page.height / 2 - 200)] : [10, 540];
      const px = page.px(x, y);
      expect(px.map((c, k) => Math.abs(c - colour[k]!)).every((d) => d <= 3), `page ${i + 1}: ${px}`).toBe(true);
    }
  });

  it('has speaker notes as PDF annotations: what to get ready, and the tips', async () => {
    const notes = await notesOf(slidesOf(out, withLink.id));
    const all = notes.join('\n');
    for (const step of withLink.facilitation!.plan) if (step.prepare) expect(all).toContain(`Klaarleggen: ${step.prepare}`);
    for (const tip of withLink.facilitation!.tips) expect(notes.at(-1)).toContain(tip);
    expect(notes[0]).toContain(withLink.facilitation!.audience);
  });

  it('goes into a session folder, the same bytes as the package file', async () => {
    const s = await toolkit(['sessie', '1', '--deelnemers', '4', '--datum', '2027-01-14', '--data', data, '--uit', out], { cwd: data });
    expect(s.code, s.stderr).toBe(0);
    const copy = join(out, 'sessies', `2027-01-14-${withLink.id}`, 'scherm', `${withLink.id}-presentatie-16x9.pdf`);
    expect(s.stdout).toMatch(new RegExp(`Voor op het scherm \\(niet printen\\):\\n  scherm/${withLink.id}-presentatie-16x9.pdf\\n`));
    expect(readFileSync(copy).equals(readFileSync(slidesOf(out, withLink.id)))).toBe(true);
  });
});
