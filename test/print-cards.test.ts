import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { Duplex, PDFDict, PDFDocument, PDFName, PDFRawStream, PrintScaling, StandardFonts, decodePDFRawStream, rgb } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { sheetStamps } from '../src/render/stamps.js';
import { expectA4, words } from './helpers.js';
import { rasterPages } from './raster.js';
import { A4, mm } from '../templates/units.js';
import { officeCardSheets, type Grid } from '../src/print/cardSheets.js';
import { segmentBox, type Rect } from '../src/print/geometry.js';
import { sheetPlan } from '../src/print/impose.js';
import { cmykContent, cmykOf } from '../src/print/cmyk.js';
import { tint } from '../templates/units.js';
import { BAR_TEXT } from '../src/print/measureBar.js';
import { printShopCards } from '../src/print/printShop.js';
import { ToolkitError } from '../src/errors.js';
import { popplerText } from './poppler.js';

// PRINT_TEST_OUT keeps the PDFs somewhere to look at them; by default they go to a fresh temp folder.
const out = process.env.PRINT_TEST_OUT ?? mkdtempSync(join(tmpdir(), 'print-cards-'));
// The sheet words as the build sets them, with react-pdf, once.
const stamps = await sheetStamps();
const BLEED = mm(3);
const STD = { trimW: mm(63), trimH: mm(88), bleed: BLEED };
const A7 = { trimW: mm(74), trimH: mm(105), bleed: BLEED };
const BLEED_GREEN = rgb(0, 1, 0);

/**
 * Card faces as the renderer makes them: front 1, back 1, front 2, ... Each has
 * a coloured background, a pure green band in the bleed (it must never reach an
 * office sheet) and its name, "F3" or "B3", in the middle of the trim area.
 */
async function faces(count: number, size = STD, pages = 2 * count, names = (p: number) => `${p % 2 === 0 ? 'F' : 'B'}${Math.floor(p / 2) + 1}`): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  const w = size.trimW + 2 * size.bleed;
  const h = size.trimH + 2 * size.bleed;
  for (let p = 0; p < pages; p++) {
    const name = names(p);
    const page = doc.addPage([w, h]);
    page.drawRectangle({ x: 0, y: 0, width: w, height: h, color: BLEED_GREEN });
    const bg = p % 2 === 0 ? rgb(0.95, 0.85, 0.6) : rgb(0.7, 0.8, 0.95);
    page.drawRectangle({ x: size.bleed, y: size.bleed, width: size.trimW, height: size.trimH, color: bg });
    const tw = font.widthOfTextAtSize(name, 40);
    page.drawText(name, { x: w / 2 - tw / 2, y: h / 2 - 14, size: 40, font, color: rgb(0.1, 0.1, 0.1) });
  }
  return doc.save();
}

/** Blank cards as the renderer makes them: denk front "FD", its back "BD", doe front "FO", its back "BO". */
const BLANK_KINDS = ['denk', 'doe'] as const;
const blanks = (size = STD) => faces(2, size, 4, (p) => ['FD', 'BD', 'FO', 'BO'][p]!);
/** Denk and doe in turn, as many as `n`. */
const kindsOf = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'denk' : 'doe') as 'denk' | 'doe');
const sheetOpts = async (n: number, size = STD) => ({ ...size, stamps, kinds: kindsOf(n), blanks: await blanks(size), blankKinds: BLANK_KINDS });

async function saved(doc: PDFDocument, name: string): Promise<string> {
  const file = join(out, name);
  writeFileSync(file, await doc.save());
  return file;
}


const inside = (r: Rect, x: number, y: number) => x > r.x && x < r.x + r.width && y > r.y && y < r.y + r.height;
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const gridRect = (g: Grid): Rect => ({ x: g.x0, y: g.y0, width: g.cols * g.cellW, height: g.rows * g.cellH + (g.rows - 1) * g.gutter });
/** The trim box of every slot, as cellRect places them on a front sheet. */
const trims = (g: Grid): Rect[] =>
  Array.from({ length: g.perSheet }, (_, i) => ({
    x: g.x0 + (i % g.cols) * g.cellW,
    y: g.y0 + (g.rows - 1 - Math.floor(i / g.cols)) * (g.cellH + g.gutter),
    width: g.cellW,
    height: g.cellH,
  }));

describe('print-shop cards', () => {
  it('keeps every face at trim plus bleed and sets TrimBox and BleedBox', async () => {
    const doc = await printShopCards(await faces(10), STD);
    const file = await saved(doc, 'drukkerij.pdf');
    const back = await PDFDocument.load(readFileSync(file));
    expect(back.getPageCount()).toBe(20);
    for (const page of back.getPages()) {
      expect(page.getWidth()).toBeCloseTo(mm(69), 1);
      expect(page.getHeight()).toBeCloseTo(mm(94), 1);
      const t = page.getTrimBox();
      expect([t.x, t.y, t.width, t.height].map((v) => v.toFixed(2))).toEqual(
        [BLEED, BLEED, mm(63), mm(88)].map((v) => v.toFixed(2)),
      );
      expect(page.getBleedBox()).toEqual(page.getMediaBox());
    }
    // And as a print shop's tools see it.
    const info = popplerText('pdfinfo', ['-box', '-f', '20', '-l', '20', file]);
    const box = (name: string) => info.match(new RegExp(`Page\\s+20 ${name}:\\s+([\\d. ]+)`))![1]!.trim().split(/\s+/).map(Number);
    expect(box('TrimBox')).toEqual([8.5, 8.5, 187.09, 257.95]);
    expect(box('BleedBox')).toEqual(box('MediaBox'));
  });

  it('keeps the order front, back, front, back', async () => {
    const file = await saved(await printShopCards(await faces(3), STD), 'drukkerij-3.pdf');
    expect(words(file).map((w) => `${w.page}:${w.text}`)).toEqual(['0:F1', '1:B1', '2:F2', '3:B2', '4:F3', '5:B3']);
  });

  it('refuses faces of the wrong size or a front without a back', async () => {
    await expect(printShopCards(await faces(2), { ...STD, bleed: 0 })).rejects.toThrow(/page 1 is/);
    await expect(printShopCards(await faces(2, STD, 3), STD)).rejects.toThrow(/in pairs/);
  });
});

describe('office card sheets', () => {
  let grid: Grid;
  let file: string;
  beforeAll(async () => {
    const r = await officeCardSheets(await faces(10), await sheetOpts(10));
    grid = r.grid;
    file = await saved(r.doc, 'kaarten-A4.pdf');
  });

  it('puts 3 x 3 cards of 63 x 88 mm on A4 sheets: 10 cards make 4 sheets', async () => {
    expect(expectA4(file)).toBe(4);
    expect([grid.cols, grid.rows, grid.perSheet]).toEqual([3, 3, 9]);
    expect(grid.cellW).toBeCloseTo(mm(63), 6);
    // Centred across: the mirror depends on it.
    expect(grid.x0 * 2 + grid.cols * grid.cellW).toBeCloseTo(A4.width, 6);
    // Columns butted, one cut serving two cards; rows apart, two cuts each.
    expect(grid.cutXs).toHaveLength(4);
    expect(grid.cutYs).toHaveLength(6);
    expect(grid.gutter).toBeCloseTo(mm(4), 6);
    // The art (trims and bleed) inside the sheet, and the trims at least 10 mm from the side edges.
    expect(grid.art.x).toBeCloseTo(grid.x0 - mm(2), 6);
    expect(grid.art.width).toBeCloseTo(3 * mm(63) + 2 * mm(2), 6);
    expect(grid.art.height).toBeCloseTo(3 * mm(88) + 2 * mm(4) + 2 * mm(2), 6);
    expect(grid.x0).toBeGreaterThanOrEqual(mm(10));
    expect(grid.y0 + grid.art.height - 2 * grid.bleed).toBeLessThanOrEqual(A4.height - mm(10));
  });

  it('prints fronts 1-9, their backs, then front 10 with blank cards in every other slot, and their backs', () => {
    const byPage = [0, 1, 2, 3].map((p) => words(file).filter((w) => w.page === p && /^[FB](\d+|D|O)$/.test(w.text)).map((w) => w.text));
    expect(byPage).toEqual([
      ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9'],
      ['B3', 'B2', 'B1', 'B6', 'B5', 'B4', 'B9', 'B8', 'B7'],
      // Five denk and five doe cards: the blanks start with denk and take turns.
      ['F10', 'FD', 'FO', 'FD', 'FO', 'FD', 'FO', 'FD', 'FO'],
      ['BO', 'BD', 'B10', 'BD', 'BO', 'BD', 'BO', 'BD', 'BO'],
    ]);
  });

  it('starts the blanks with the kind the package has fewer of', () => {
    const plan = sheetPlan(['denk', 'denk', 'denk', 'doe'], 9);
    expect(plan.map((s) => s.side)).toEqual(['front', 'back']);
    expect(plan[0]!.slots.slice(4)).toEqual([{ blank: 'doe' }, { blank: 'denk' }, { blank: 'doe' }, { blank: 'denk' }, { blank: 'doe' }]);
    expect(sheetPlan(['doe', 'doe', 'denk'], 4)[0]!.slots[3]).toEqual({ blank: 'denk' });
    // Nine cards fill a sheet: no blanks, no second sheet.
    expect(sheetPlan(Array(9).fill('doe'), 9)).toHaveLength(2);
  });

  it('puts each back behind its front when the sheet is flipped on the long edge', () => {
    const all = words(file);
    for (let card = 1; card <= 10; card++) {
      const f = all.find((w) => w.text === `F${card}`)!;
      const b = all.find((w) => w.text === `B${card}`)!;
      expect(b.page).toBe(f.page + 1);
      expect(Math.abs(f.cx + b.cx - A4.width)).toBeLessThan(1);
      expect(Math.abs(f.cy - b.cy)).toBeLessThan(1);
    }
    // And the fronts are in reading order, so the mirror is not a no-op.
    const f = (n: number) => all.find((w) => w.text === `F${n}`)!;
    expect(f(1).cx).toBeLessThan(f(2).cx);
    expect(f(4).cy).toBeGreaterThan(f(1).cy + mm(80));
    // The blanks too: each blank front has its kind's back behind it.
    const at = (page: number, text: string, mirror: boolean) =>
      all.filter((w) => w.page === page && w.text === text).map((w) => `${Math.round(mirror ? A4.width - w.cx : w.cx)},${Math.round(w.cy)}`).sort();
    for (const [front, back] of [['FD', 'BD'], ['FO', 'BO']]) {
      expect(at(2, front!, false)).toHaveLength(4);
      expect(at(3, back!, true)).toEqual(at(2, front!, false));
    }
  });

  it('draws crop marks on every cut line, outside the bleed, at least 5 mm from the edge', () => {
    const art = grid.art;
    expect(grid.marks).toHaveLength(2 * grid.cutXs.length + 2 * grid.cutYs.length);
    for (const m of grid.marks) {
      const vertical = m.x1 === m.x2;
      const horizontal = m.y1 === m.y2;
      expect(vertical !== horizontal).toBe(true);
      if (vertical) expect(grid.cutXs).toContain(m.x1);
      else expect(grid.cutYs).toContain(m.y1);
      const box = segmentBox(m, 0.3);
      // Not on the bleed, let alone on a card.
      expect(overlaps(box, art)).toBe(false);
      expect(box.x).toBeGreaterThanOrEqual(mm(5) - 0.2);
      expect(box.y).toBeGreaterThanOrEqual(mm(5) - 0.2);
      expect(box.x + box.width).toBeLessThanOrEqual(A4.width - mm(5) + 0.2);
      expect(box.y + box.height).toBeLessThanOrEqual(A4.height - mm(5) + 0.2);
      const length = Math.hypot(m.x2 - m.x1, m.y2 - m.y1);
      expect(length).toBeGreaterThanOrEqual(mm(2.5) - 1e-9);
      expect(length).toBeLessThanOrEqual(mm(5) + 1e-9);
      // Starting 0.5 mm outside the bleed, which is 2 mm past the trim.
      const gap = vertical
        ? Math.min(Math.abs(m.y1 - art.y), Math.abs(m.y1 - art.y - art.height))
        : Math.min(Math.abs(m.x1 - art.x), Math.abs(m.x1 - art.x - art.width));
      expect(gap).toBeCloseTo(mm(0.5), 6);
    }
  });

  it('has a 50 mm measuring bar clear of cards, bleed and marks, 10 mm from the sides and 5 mm from the foot', async () => {
    expect(grid.bar.width).toBeCloseTo(mm(50), 6);
    for (const r of [grid.bar, grid.label]) {
      expect(overlaps(r, grid.art)).toBe(false);
      for (const m of grid.marks) expect(overlaps(r, segmentBox(m, 0.3))).toBe(false);
      expect(r.x).toBeGreaterThanOrEqual(mm(10));
      // Three rows of 88 mm cards with gutters and bleed take 276 of 297 mm:
      // the bar goes as low as printers print (see cardCells), no lower.
      expect(r.y).toBeGreaterThanOrEqual(mm(5) - 1e-6);
      expect(r.x + r.width).toBeLessThanOrEqual(A4.width - mm(10));
    }
    expect(overlaps(grid.bar, grid.label)).toBe(false);
    const text = popplerText('pdftotext', ['-f', '1', '-l', '1', file, '-']);
    expect(text).toContain('Deze balk moet precies 5 cm zijn.');
    const fonts = popplerText('pdffonts', [file]);
    expect(fonts).toMatch(/[A-Z]{6}\+SourceSans3-Regular\s.*yes\s+yes\s+yes/);
  });

  it('embeds a subset whose glyphs are all intact', async () => {
    // The words are a subset of Source Sans 3 made by react-pdf: every letter must have survived.
    const doc = await PDFDocument.load(readFileSync(file));
    const files = doc.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'))
      .map((d) => doc.context.lookup(d.get(PDFName.of('FontFile2')), PDFRawStream));
    expect(files).toHaveLength(1);
    const font = fontkit.create(decodePDFRawStream(files[0]!).decode());
    const letters = new Set(BAR_TEXT.replace(/ /g, '')).size;
    let drawn = 0;
    for (let i = 0; i < font.numGlyphs; i++) {
      const glyph = font.getGlyph(i);
      if (glyph.path.commands.length > 0) drawn++;
      expect(glyph.bbox.maxY).toBeLessThan(1200);
    }
    expect(drawn).toBeGreaterThanOrEqual(letters);
  });

  it('shows 2 mm of each face\'s bleed past every trim edge that is not butted, none over a card, no ink within 5 mm of the edge', () => {
    const cards = trims(grid);
    // All four sheets in one pdftoppm run.
    const imgs = rasterPages(file);
    expect(imgs).toHaveLength(4);
    for (const page of [1, 2, 3, 4]) {
      const img = imgs[page - 1]!;
      // pdftoppm rounds 595.28 pt up to 596 pixels.
      expect([img.width, img.height]).toEqual([Math.ceil(A4.width), Math.ceil(A4.height)]);
      const isGreen = (x: number, y: number) => {
        const [r, g, b] = img.px(Math.floor(x), Math.floor(A4.height - y)) as [number, number, number];
        return g > r + 40 && g > b + 40;
      };
      // Pixel x covers [x, x + 1) pt: these are the pixels wholly within 5 mm of an edge.
      const [near, farX, farY] = [Math.floor(mm(5)), Math.ceil(A4.width - mm(5)), Math.ceil(A4.height - mm(5))];
      let overCard = 0;
      let nearEdge = 0;
      // At 72 dpi poppler rounds a clip out to whole pixels, and butted cards reach 0.5 pt over
      // the line between them, so a pixel or two of bleed may tint a cut line.
      const offCutX = (x: number) => grid.cutXs.every((c) => Math.abs(x + 0.5 - c) > 1.5);
      const px = img.rgb;
      for (let y = 0, i = 0; y < img.height; y++) {
        // What depends on the row alone, worked out once a row: off the horizontal cuts, and the cards it crosses.
        const py = A4.height - y - 0.5;
        const crossed = grid.cutYs.every((c) => Math.abs(py - c) > 1.5) ? cards.filter((c) => py > c.y && py < c.y + c.height) : [];
        for (let x = 0; x < img.width; x++, i += 3) {
          const r = px[i]!;
          const g = px[i + 1]!;
          const b = px[i + 2]!;
          if (g > r + 40 && g > b + 40 && crossed.length && offCutX(x) && crossed.some((c) => inside(c, x + 0.5, py))) overCard++;
          const white = r > 250 && g > 250 && b > 250;
          if (!white && (x < near || y < near || x >= farX || y >= farY)) nearEdge++;
        }
      }
      expect(overCard).toBe(0);
      expect(nearEdge).toBe(0);
      // Bleed 1 mm past every outer edge and in every row gutter, and nothing 1 mm beyond the bleed.
      const d = mm(1);
      for (const c of cards) {
        const mid = { x: c.x + c.width / 2, y: c.y + c.height / 2 };
        expect(isGreen(mid.x, c.y - d), `below ${JSON.stringify(c)}`).toBe(true);
        expect(isGreen(mid.x, c.y + c.height + d), `above ${JSON.stringify(c)}`).toBe(true);
        if (c.x === grid.x0) {
          expect(isGreen(c.x - d, mid.y)).toBe(true);
          expect(isGreen(c.x - mm(3), mid.y)).toBe(false);
        }
        // Butted: right of a card is its neighbour, not bleed.
        else expect(isGreen(c.x - d, mid.y)).toBe(false);
      }
      expect(isGreen(grid.art.x + grid.art.width / 2, grid.art.y - d)).toBe(false);
    }
  });

  it('asks for 100% and duplex on the long edge', async () => {
    const doc = await PDFDocument.load(readFileSync(file));
    const prefs = doc.catalog.getViewerPreferences()!;
    expect(prefs.getPrintScaling()).toBe(PrintScaling.None);
    expect(prefs.getDuplex()).toBe(Duplex.DuplexFlipLongEdge);
  });

  it('gives the same bytes for the same input', async () => {
    const src = await faces(4);
    const a = await (await officeCardSheets(src, await sheetOpts(4))).doc.save();
    const b = await (await officeCardSheets(src, await sheetOpts(4))).doc.save();
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('office sheets for other card sizes', () => {
  it('puts A7 cards 2 x 2 on a sheet', async () => {
    const { doc, grid } = await officeCardSheets(await faces(10, A7), await sheetOpts(10, A7));
    expect([grid.cols, grid.rows, grid.perSheet]).toEqual([2, 2, 4]);
    expect(doc.getPageCount()).toBe(6);
    const file = await saved(doc, 'kaarten-A7.pdf');
    const all = words(file);
    const f = all.find((w) => w.text === 'F7')!;
    const b = all.find((w) => w.text === 'B7')!;
    expect([f.page, b.page]).toEqual([2, 3]);
    expect(Math.abs(f.cx + b.cx - A4.width)).toBeLessThan(1);
    for (const m of grid.marks) expect(inside(gridRect(grid), (m.x1 + m.x2) / 2, (m.y1 + m.y2) / 2)).toBe(false);
    // Sheet 3 holds cards 9 and 10 and a blank of each kind.
    expect(all.filter((w) => w.page === 4 && /^F/.test(w.text)).map((w) => w.text)).toEqual(['F9', 'F10', 'FD', 'FO']);
    // A7 cards leave room: marks of full length, and marks, bar and art all 10 mm from every edge.
    for (const m of grid.marks) {
      expect(Math.hypot(m.x2 - m.x1, m.y2 - m.y1)).toBeCloseTo(mm(5), 6);
      const box = segmentBox(m, 0.3);
      expect(Math.min(box.x, box.y, A4.width - box.x - box.width, A4.height - box.y - box.height)).toBeGreaterThanOrEqual(mm(10));
    }
    for (const r of [grid.bar, grid.label, grid.art]) {
      expect(Math.min(r.x, r.y, A4.width - r.x - r.width, A4.height - r.y - r.height)).toBeGreaterThanOrEqual(mm(10));
    }
  });

  it('refuses cards that do not fit on A4', async () => {
    const big = { trimW: mm(200), trimH: mm(100), bleed: BLEED };
    const err = await officeCardSheets(await faces(1, big), await sheetOpts(1, big)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolkitError);
    expect((err as ToolkitError).problems[0]!.code).toBe('card-size');
  });
});

describe('CMYK for the print shop', () => {
  const themes = [{ id: 'C', name: 'C', colour: '#b03a2e', cmyk: [22, 96, 100, 14] as [number, number, number, number], slug: 'c' }];
  const rgbOf = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];

  it('gives the theme its CMYK from the data, a tint the same share of each ink, text black alone', () => {
    expect(cmykOf(rgbOf('#b03a2e'), themes)).toEqual([0.22, 0.96, 1, 0.14]);
    // A quarter of each ink, give or take the rounding of the tint to 8-bit RGB.
    cmykOf(rgbOf(tint('#b03a2e', 0.75)), themes).forEach((v, i) => expect(Math.abs(v - [0.055, 0.24, 0.25, 0.035][i]!)).toBeLessThan(0.002));
    expect(cmykOf(rgbOf('#1d1d1b'), themes)).toEqual([0, 0, 0, 1]);
    expect(cmykOf([1, 1, 1], themes)).toEqual([0, 0, 0, 0]);
    expect(cmykOf(rgbOf('#6b6b6b'), themes)).toEqual([0, 0, 0, 0.5804]);
  });

  it('rewrites every RGB operator of a content stream, and leaves the rest alone', () => {
    const text = '/DeviceRGB cs\n0.6901960784313725 0.22745098039215686 0.1803921568627451 scn\n0 0 m 10 10 l f\n1 1 1 rg\n0 0 0 RG\n/DeviceGray cs\n0.5 scn\n[<0024> 10 <0003>] TJ';
    expect(cmykContent(text, themes)).toBe('/DeviceCMYK cs\n0.22 0.96 1 0.14 scn\n0 0 m 10 10 l f\n0 0 0 0 k\n0 0 0 1 K\n/DeviceGray cs\n0.5 scn\n[<0024> 10 <0003>] TJ');
  });
});
