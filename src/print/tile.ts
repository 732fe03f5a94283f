/**
 * A werkplaat for offices without an A3 printer: the A3 landscape poster on
 * two A4 portrait sheets. Both sheets show a band of the poster's middle; on
 * the left sheet it is a grey glue strip, the right sheet is cut at the band's
 * start and glued over it.
 */
import { Duplex, PDFDocument, grayscale, parsed, type PdfSource, type PDFPage } from './pdfLib.js';
import { A4, mm } from '../../templates/units.js';
import { segmentBox, union, type Rect, type Segment } from './geometry.js';
import { SAFE } from './impose.js';
import { setPrintPrefs } from './printPrefs.js';
import { drawText, embedSans, type SheetFont } from './sheetText.js';
import { TILE_WORDS as WORDS, type Stamps } from './words.js';

export interface TileSheet {
  /** The part of the poster on this sheet, in poster points. */
  posterX: [number, number];
  /** Where that part sits on the sheet, in sheet points. */
  piece: Rect;
  /** The overlap band on this sheet, in sheet points (left, right). */
  band: [number, number];
  /** Around everything drawn on the sheet. */
  ink: Rect;
}

export interface TileLayout {
  scale: number;
  /** Overlap in poster points. */
  overlap: number;
  sheets: [TileSheet, TileSheet];
  /** The cut line on sheet 2, in sheet points: the left edge of its band. */
  cutX: number;
}

/** Wide enough to glue without glue on the poster; it costs about 3% of the scale. */
export const DEFAULT_OVERLAP = mm(12);
// Above and below the poster: the sheet's label, the arrows and "knip hier".
const MARGIN_ROOM = mm(6);
const LABEL_SIZE = 8;
const MARK_Y = mm(3); // arrow centres, beyond the poster's top and bottom edges
const ARROW = mm(3);
const EDGE_TICK = mm(8);

type Placed = Omit<TileSheet, 'ink'>;

/** Where everything goes; numbers only, so it can be checked without drawing. */
export function tileGeometry(poster: { width: number; height: number }, overlap = DEFAULT_OVERLAP) {
  const half = poster.width / 2;
  const pieceW = half + overlap / 2;
  // As large as fits inside the safe margins, with room above and below for the marks.
  const scale = Math.min(
    (A4.width - 2 * SAFE) / pieceW,
    (A4.height - 2 * SAFE - 2 * MARGIN_ROOM) / poster.height,
  );
  const piece: Rect = {
    x: (A4.width - pieceW * scale) / 2,
    y: (A4.height - poster.height * scale) / 2,
    width: pieceW * scale,
    height: poster.height * scale,
  };
  const left: Placed = {
    posterX: [0, half + overlap / 2],
    piece,
    band: [piece.x + (half - overlap / 2) * scale, piece.x + piece.width],
  };
  const right: Placed = {
    posterX: [half - overlap / 2, poster.width],
    piece,
    band: [piece.x, piece.x + overlap * scale],
  };
  return { scale, overlap, left, right, cutX: right.band[0] };
}

export async function tileA3ToA4(
  src: PdfSource,
  o: { stamps: Stamps; overlap?: number },
): Promise<{ doc: PDFDocument; layout: TileLayout }> {
  const source = await parsed(src);
  const pages = source.getPages();
  if (pages.length !== 1) throw new Error(`tile: expected a one-page werkplaat, got ${pages.length} pages`);
  const poster = pages[0]!;
  const m = poster.getMediaBox();
  const g = tileGeometry(m, o.overlap);

  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await embedSans(doc, o.stamps, Object.values(WORDS));
  // Both halves are clips of the A3 page itself: the sheets show exactly what the A3 print shows.
  const halves = await doc.embedPages(
    [poster, poster],
    [g.left, g.right].map((s) => ({
      left: m.x + s.posterX[0],
      bottom: m.y,
      right: m.x + s.posterX[1],
      top: m.y + m.height,
    })),
  );

  const sheets = [g.left, g.right].map((s, i) => {
    const page = doc.addPage([A4.width, A4.height]);
    page.drawPage(halves[i]!, { ...s.piece });
    const marks = i === 0 ? drawGlueSide(page, font, s.band, s.piece) : drawCutSide(page, font, s.band, s.piece);
    return { ...s, ink: union([s.piece, ...marks]) };
  }) as [TileSheet, TileSheet];

  // One-sided: sheet 2 is glued onto sheet 1, not printed behind it.
  setPrintPrefs(doc, Duplex.Simplex);
  return { doc, layout: { scale: g.scale, overlap: g.overlap, sheets, cutX: g.cutX } };
}

/** Sheet 1: the band under a grey "lijm hier" strip, arrows pointing at where sheet 2's edge goes. */
function drawGlueSide(page: PDFPage, font: SheetFont, band: [number, number], piece: Rect): Rect[] {
  const strip = { x: band[0], y: piece.y, width: band[1] - band[0], height: piece.height };
  page.drawRectangle({ ...strip, color: grayscale(0.86) });
  const ink: Rect[] = [strip];
  const size = Math.min(10, strip.width * 0.6);
  const ascent = font.heightAtSize(size, { descender: false });
  const descent = font.heightAtSize(size) - ascent;
  for (const f of [1 / 6, 1 / 2, 5 / 6]) {
    const x = strip.x + strip.width / 2 + (ascent - descent) / 2;
    const y = strip.y + strip.height * f;
    ink.push(drawText(page, font, WORDS.glue, { x, y, size, align: 'centre', upright: true }));
  }
  ink.push(...drawSeamMarks(page, band[0], piece, -1));
  ink.push(sheetLabel(page, font, WORDS.left, piece, 'left'));
  return ink;
}

/** Sheet 2: a dashed line to cut along at the band's start, arrows on the same line. */
function drawCutSide(page: PDFPage, font: SheetFont, band: [number, number], piece: Rect): Rect[] {
  const x = band[0];
  const thickness = 0.75;
  // Half a line (0.13 mm) into the band, so none of it lands in the 10 mm margin.
  const cut: Segment = { x1: x + thickness / 2, y1: SAFE, x2: x + thickness / 2, y2: A4.height - SAFE };
  page.drawLine({
    start: { x: cut.x1, y: cut.y1 },
    end: { x: cut.x2, y: cut.y2 },
    thickness,
    dashArray: [mm(2), mm(1.5)],
    color: grayscale(0),
  });
  const ink: Rect[] = [segmentBox(cut, thickness)];
  ink.push(...drawSeamMarks(page, x, piece, 1));
  const size = LABEL_SIZE;
  const ascent = font.heightAtSize(size, { descender: false });
  const tx = x + ARROW + mm(1.5);
  ink.push(drawText(page, font, WORDS.cut, { x: tx, y: piece.y + piece.height + mm(1.5), size }));
  ink.push(drawText(page, font, WORDS.cut, { x: tx, y: piece.y - mm(1.5) - ascent, size }));
  ink.push(sheetLabel(page, font, WORDS.right, piece, 'right'));
  return ink;
}

/**
 * Arrows above and below the poster whose points touch the seam, and ticks on
 * the poster's top and bottom edges beside it. On sheet 1 they sit left of the
 * seam (`side` -1), on sheet 2 right of it, so both stay in view after gluing:
 * the points meet and the ticks run on in one line when the halves line up.
 */
function drawSeamMarks(page: PDFPage, seam: number, piece: Rect, side: 1 | -1): Rect[] {
  const ink: Rect[] = [];
  const top = piece.y + piece.height;
  for (const y of [top + MARK_Y, piece.y - MARK_Y]) {
    // drawSvgPath flips y, which a triangle symmetric about its point does not mind.
    page.drawSvgPath(`M 0 0 L ${side * ARROW} ${-ARROW / 2} L ${side * ARROW} ${ARROW / 2} Z`, {
      x: seam,
      y,
      color: grayscale(0),
    });
    ink.push({ x: Math.min(seam, seam + side * ARROW), y: y - ARROW / 2, width: ARROW, height: ARROW });
  }
  const thickness = 0.6;
  for (const y of [top, piece.y]) {
    const tick: Segment = { x1: seam + side * mm(1), y1: y, x2: seam + side * EDGE_TICK, y2: y };
    page.drawLine({ start: { x: tick.x1, y }, end: { x: tick.x2, y }, thickness, color: grayscale(0) });
    ink.push(segmentBox(tick, thickness));
  }
  return ink;
}

/** Which sheet this is, above the poster on its outer side. */
function sheetLabel(page: PDFPage, font: SheetFont, text: string, piece: Rect, side: 'left' | 'right'): Rect {
  const x = side === 'left' ? piece.x : piece.x + piece.width;
  return drawText(page, font, text, { x, y: piece.y + piece.height + mm(1.5), size: LABEL_SIZE, align: side });
}
