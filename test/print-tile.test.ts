import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PrintScaling, StandardFonts, rgb } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { sheetStamps } from '../src/render/stamps.js';
import { expectA4, renderPages, words as readWords, type Word } from './helpers.js';
import { A3_LANDSCAPE as A3, A4, mm } from '../templates/units.js';
import { tileA3ToA4, type TileLayout } from '../src/print/tile.js';
import { popplerText } from './poppler.js';

// PRINT_TEST_OUT keeps the PDFs somewhere to look at them; by default they go to a fresh temp folder.
const out = process.env.PRINT_TEST_OUT ?? mkdtempSync(join(tmpdir(), 'print-tile-'));
// The sheet words as the build sets them, with react-pdf, once.
const stamps = await sheetStamps();
const BG = [0.85, 0.92, 0.8] as const;

/**
 * A werkplaat as the renderer makes it: colour to every edge (so any ink the
 * tiling lets slip into the margins shows), "LINKS" and "RECHTS" in the halves
 * and "OV" in the middle of the 12 mm overlap.
 */
async function poster(pages = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([A3.width, A3.height]);
    page.drawRectangle({ x: 0, y: 0, width: A3.width, height: A3.height, color: rgb(...BG) });
    page.drawText('LINKS', { x: 150, y: 400, size: 60, font });
    page.drawText('RECHTS', { x: 800, y: 400, size: 60, font });
    const w = font.widthOfTextAtSize('OV', 14);
    page.drawText('OV', { x: A3.width / 2 - w / 2, y: 600, size: 14, font, color: rgb(0.6, 0, 0) });
  }
  return doc.save();
}


/** Poster x of sheet x: back through the sheet's placement and scale. */
const toPoster = (l: TileLayout, sheet: 0 | 1, x: number) =>
  l.sheets[sheet].posterX[0] + (x - l.sheets[sheet].piece.x) / l.scale;

describe('werkplaat on two A4 sheets', () => {
  let layout: TileLayout;
  let file: string;
  beforeAll(async () => {
    const r = await tileA3ToA4(await poster(), { stamps });
    layout = r.layout;
    file = join(out, 'werkplaat-2xA4.pdf');
    writeFileSync(file, await r.doc.save());
  });
  // The two sheets at 72 dpi and their words, each read by poppler once for the tests below (which only read them).
  let rendered: ReturnType<typeof renderPages> | undefined;
  const renderPage = (_: string, page: number) => (rendered ??= renderPages(file))[page - 1]!;
  let found: Word[] | undefined;
  const words = (_: string) => (found ??= readWords(file));

  it('makes two A4 portrait pages from one A3 landscape page', async () => {
    expect(expectA4(file)).toBe(2);
  });

  it('leaves out the poster\'s blank margin but 1 mm and scales half the rest plus the overlap to fit inside 10 mm margins', () => {
    expect(layout.overlap).toBeCloseTo(mm(12), 6);
    expect(layout.trim).toBeCloseTo(mm(11), 6);
    expect(layout.scale).toBeCloseTo((A4.width - mm(20)) / (A3.width / 2 + mm(6) - mm(11)), 6);
    // At least 0.9 of A3 (print.md): the old tiles, margin and all, printed at 0.88.
    expect(layout.scale).toBeGreaterThan(0.92);
    expect(layout.scale).toBeLessThan(0.93);
    for (const s of layout.sheets) {
      expect(s.piece.width).toBeCloseTo((s.posterX[1] - s.posterX[0]) * layout.scale, 6);
      expect(s.piece.height).toBeCloseTo((A3.height - 2 * mm(11)) * layout.scale, 6);
    }
  });

  it('shows the same poster band on both sheets, where sheet 2 is cut', () => {
    const [one, two] = layout.sheets;
    const band = [A3.width / 2 - mm(6), A3.width / 2 + mm(6)];
    expect(one.band.map((x) => toPoster(layout, 0, x))).toEqual(band.map((x) => expect.closeTo(x, 6)));
    expect(two.band.map((x) => toPoster(layout, 1, x))).toEqual(band.map((x) => expect.closeTo(x, 6)));
    // The band is the right end of sheet 1 and the left end of sheet 2.
    expect(one.band[1]).toBeCloseTo(one.piece.x + one.piece.width, 6);
    expect(two.band[0]).toBeCloseTo(two.piece.x, 6);
    expect(layout.cutX).toBe(two.band[0]);
    expect(one.band[1] - one.band[0]).toBeCloseTo(mm(12) * layout.scale, 6);
    // Together the sheets show the whole poster but its outer 11 mm, where a werkplaat has no ink.
    expect([one.posterX[0], two.posterX[1]]).toEqual([mm(11), A3.width - mm(11)]);
  });

  it('puts the middle of the poster in the middle of both bands', () => {
    const ov = words(file).filter((w) => w.text === 'OV');
    expect(ov.map((w) => w.page)).toEqual([0, 1]);
    const [on1, on2] = ov as [Word, Word];
    const [one, two] = layout.sheets;
    expect(Math.abs(on1.cx - (one.band[0] + one.band[1]) / 2)).toBeLessThan(0.5);
    expect(Math.abs(on2.cx - (two.band[0] + two.band[1]) / 2)).toBeLessThan(0.5);
    expect(Math.abs(on1.cy - on2.cy)).toBeLessThan(0.5);
  });

  it('keeps all ink at least 10 mm from the edge of the paper', () => {
    for (const s of layout.sheets) {
      expect(s.ink.x).toBeGreaterThanOrEqual(mm(10) - 1e-6);
      expect(s.ink.y).toBeGreaterThanOrEqual(mm(10) - 1e-6);
      expect(s.ink.x + s.ink.width).toBeLessThanOrEqual(A4.width - mm(10) + 1e-6);
      expect(s.ink.y + s.ink.height).toBeLessThanOrEqual(A4.height - mm(10) + 1e-6);
    }
    // And in the rendered pages, whatever the layout numbers say.
    for (const page of [1, 2]) {
      const img = renderPage(file, page);
      const [near, farX, farY] = [Math.floor(mm(10)), Math.ceil(A4.width - mm(10)), Math.ceil(A4.height - mm(10))];
      let inked = 0;
      for (let y = 0; y < img.height; y++) {
        for (let x = 0; x < img.width; x++) {
          if (x >= near && y >= near && x < farX && y < farY) continue;
          if (img.min(x, y) < 250) inked++;
        }
      }
      expect(inked).toBe(0);
    }
  });

  it('covers the band of sheet 1 with a grey glue strip and leaves it open on sheet 2', () => {
    const [one, two] = layout.sheets;
    const y = Math.round(A4.height / 2 - one.piece.height / 6); // between two "lijm hier"s
    const grey = renderPage(file, 1).px(Math.round((one.band[0] + one.band[1]) / 2), y);
    expect(Math.max(...grey) - Math.min(...grey)).toBeLessThan(4);
    expect(grey[0]).toBeGreaterThan(200);
    expect(grey[0]).toBeLessThan(235);
    const open = renderPage(file, 2).px(Math.round((two.band[0] + two.band[1]) / 2), y);
    expect(open.map((c) => Math.round(c / 2.55) / 100)).toEqual(BG.map((c) => expect.closeTo(c, 1)));
    // Just left of the band, sheet 1 shows the poster again.
    const before = renderPage(file, 1).px(Math.floor(one.band[0]) - 3, y);
    expect(before.map((c) => Math.round(c / 2.55) / 100)).toEqual(BG.map((c) => expect.closeTo(c, 1)));
  });

  it('labels the sheets, the glue strip and the cut line', () => {
    const pages = popplerText('pdftotext', [file, '-']).split('\f');
    const text = (p: number) => pages[p - 1]!;
    expect(text(1)).toContain('1 van 2 (links)');
    expect(text(2)).toContain('2 van 2 (rechts)');
    const count = (page: number, word: string) => words(file).filter((w) => w.page === page && w.text === word).length;
    expect(count(0, 'lijm')).toBe(3);
    expect(count(1, 'lijm')).toBe(0);
    // "knip hier" sits just right of the cut line, above and below the poster.
    const knip = words(file).filter((w) => w.page === 1 && w.text === 'knip' && w.cx < layout.cutX + mm(15));
    expect(knip.map((w) => w.cx > layout.cutX)).toEqual([true, true]);
    expect(knip[0]!.cy).toBeLessThan(mm(20));
    expect(knip[1]!.cy).toBeGreaterThan(A4.height - mm(20));
  });

  it('puts every mark in the overlap: the glue strip and its edge on sheet 1, crop marks on sheet 2', () => {
    for (const s of layout.sheets) {
      expect(s.marks.length).toBeGreaterThan(0);
      for (const m of s.marks) {
        expect(m.x).toBeGreaterThanOrEqual(s.band[0] - 1e-6);
        expect(m.x + m.width).toBeLessThanOrEqual(s.band[1] + 1e-6);
      }
    }
    // Sheet 2's marks are all above or below the poster: none on what stays in view.
    const two = layout.sheets[1];
    for (const m of two.marks) expect(m.y >= two.piece.y + two.piece.height - 1e-6 || m.y + m.height <= two.piece.y + 1e-6).toBe(true);
    // The crop marks are printed: dark just above and below the poster at the cut.
    const page = renderPage(file, 2);
    const x = Math.floor(layout.cutX + 0.3);
    const aboveY = Math.round(A4.height - (two.piece.y + two.piece.height) - mm(3));
    const belowY = Math.round(A4.height - two.piece.y + mm(3));
    expect(page.px(x, aboveY)[0]).toBeLessThan(128);
    expect(page.px(x, belowY)[0]).toBeLessThan(128);
  });

  it('draws nothing across the poster on sheet 2, and on sheet 1 only inside the glue strip', () => {
    // Rows of the poster with none of its words on them: the poster's colour from edge to edge of the piece.
    for (const posterY of [80, 250, 720]) {
      for (const sheet of [0, 1] as const) {
        const s = layout.sheets[sheet];
        const img = renderPage(file, sheet + 1);
        const y = Math.round(A4.height - (s.piece.y + posterY * layout.scale));
        const off: number[] = [];
        for (let x = Math.ceil(s.piece.x); x < Math.floor(s.piece.x + s.piece.width); x++) {
          if (sheet === 0 && x >= Math.floor(s.band[0]) - 1) continue;
          const c = img.px(x, y).map((v) => Math.round(v / 2.55) / 100);
          if (c.some((v, i) => Math.abs(v - BG[i]!) > 0.02)) off.push(x);
        }
        expect(off, `sheet ${sheet + 1} at poster y ${posterY}`).toEqual([]);
      }
    }
  });

  it('cuts where it is told: an off-centre cut keeps both sheets inside the margins, scaled to the wider piece', async () => {
    const cut = 420;
    const r = await tileA3ToA4(await poster(), { stamps, cut });
    const l = r.layout;
    expect(l.cut).toBe(cut);
    expect(l.sheets[0].posterX).toEqual([mm(11), cut + mm(12)]);
    expect(l.sheets[1].posterX).toEqual([cut, A3.width - mm(11)]);
    expect(l.scale).toBeCloseTo((A4.width - mm(20)) / (A3.width - mm(11) - cut), 6);
    expect(l.scale).toBeLessThan(layout.scale);
    for (const s of l.sheets) {
      expect(s.ink.x).toBeGreaterThanOrEqual(mm(10) - 1e-6);
      expect(s.ink.x + s.ink.width).toBeLessThanOrEqual(A4.width - mm(10) + 1e-6);
    }
    // Sheet 2 starts at the cut: back through the scale, its band starts at poster x 420.
    expect(toPoster(l, 1, l.cutX)).toBeCloseTo(cut, 6);
    expect(toPoster(l, 0, l.sheets[0].band[0])).toBeCloseTo(cut, 6);
  });

  it('refuses a cut that leaves one sheet without poster', async () => {
    await expect(tileA3ToA4(await poster(), { stamps, cut: A3.width - mm(5) })).rejects.toThrow(/leaves no poster/);
  });

  it('asks for 100% printing', async () => {
    const doc = await PDFDocument.load(readFileSync(file));
    expect(doc.catalog.getViewerPreferences()!.getPrintScaling()).toBe(PrintScaling.None);
  });

  it('gives the same bytes for the same input', async () => {
    const src = await poster();
    const a = await (await tileA3ToA4(src, { stamps })).doc.save();
    const b = await (await tileA3ToA4(src, { stamps })).doc.save();
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('takes another overlap and scales down to keep it inside the margins', async () => {
    const { layout: wide } = await tileA3ToA4(await poster(), { stamps, overlap: mm(20) });
    expect(wide.scale).toBeLessThan(layout.scale);
    expect(wide.sheets[0].band[1] - wide.sheets[0].band[0]).toBeCloseTo(mm(20) * wide.scale, 6);
    expect(wide.sheets[1].ink.x).toBeGreaterThanOrEqual(mm(10) - 1e-6);
  });

  it('refuses a werkplaat of more than one page', async () => {
    await expect(tileA3ToA4(await poster(2), { stamps })).rejects.toThrow(/one-page/);
  });
});
