/**
 * A werkplaat for offices without an A3 printer: the A3 landscape poster on
 * two A4 portrait sheets. Both sheets show a band of the poster, the overlap;
 * on sheet 1 it is a grey glue strip, sheet 2 is cut at the band's start and
 * glued over it. The renderer chooses where (templates/werkplaat/seam.ts): in
 * a gutter, never through text or a central element, so the glued poster
 * shows no line of text in two halves.
 *
 * Every mark lies in the band's width. On sheet 1 the band is covered by
 * sheet 2 once glued; on sheet 2 the marks stay outside the poster, above and
 * below it, so none crosses what stays in view.
 */
import { Duplex, PDFDocument, grayscale, parsed, type PdfSource, type PDFPage } from './pdfLib.js';
import { A4, mm } from '../../templates/units.js';
import { OVERLAP, TRIM } from '../../templates/werkplaat/seam.js';
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
  /** The glue strip, cut and alignment marks: all inside the band's width. */
  marks: Rect[];
  /** Around everything drawn on the sheet, words included. */
  ink: Rect;
}

export interface TileLayout {
  scale: number;
  /** The poster's margin left out on every side, in poster points. */
  trim: number;
  /** Overlap in poster points. */
  overlap: number;
  /** Where sheet 2 is cut, in poster points: the band's start. */
  cut: number;
  sheets: [TileSheet, TileSheet];
  /** The cut on sheet 2, in sheet points: the left edge of its band. */
  cutX: number;
}

export const DEFAULT_OVERLAP = OVERLAP;
// Above and below the poster: the sheet's label, the cut marks and "knip hier".
const MARGIN_ROOM = mm(6);
const LABEL_SIZE = 8;
const LINE = 0.6;
const MARK_GAP = mm(1); // between the poster's edge and a mark, as on crop marks
const MARK_LEN = mm(4);

type Placed = Omit<TileSheet, 'ink' | 'marks'>;

/**
 * Where everything goes; numbers only, so it can be checked without drawing.
 * `cut` is where sheet 2 starts, in poster points; by default the band sits
 * in the middle. The larger piece sets the scale, so an off-centre cut prints
 * both sheets a little smaller.
 */
export function tileGeometry(poster: { width: number; height: number }, overlap = DEFAULT_OVERLAP, cut = poster.width / 2 - overlap / 2, trim = TRIM) {
  if (!(cut > trim && cut + overlap < poster.width - trim)) throw new Error(`tile: the cut at ${cut} pt leaves no poster on one sheet`);
  // The poster's blank margin is left out but for a millimetre (seam.ts): its ink prints larger.
  const spans: [[number, number], [number, number]] = [[trim, cut + overlap], [cut, poster.width - trim]];
  const widest = Math.max(...spans.map(([a, b]) => b - a));
  const height = poster.height - 2 * trim;
  // As large as fits inside the safe margins, with room above and below for the marks.
  const scale = Math.min((A4.width - 2 * SAFE) / widest, (A4.height - 2 * SAFE - 2 * MARGIN_ROOM) / height);
  const [left, right] = spans.map((posterX, i): Placed => {
    const w = (posterX[1] - posterX[0]) * scale;
    const piece: Rect = { x: (A4.width - w) / 2, y: (A4.height - height * scale) / 2, width: w, height: height * scale };
    const band: [number, number] = i === 0 ? [piece.x + piece.width - overlap * scale, piece.x + piece.width] : [piece.x, piece.x + overlap * scale];
    return { posterX, piece, band };
  }) as [Placed, Placed];
  return { scale, overlap, cut, trim, left, right, cutX: right.band[0] };
}

export async function tileA3ToA4(
  src: PdfSource,
  o: { stamps: Stamps; overlap?: number; cut?: number; trim?: number },
): Promise<{ doc: PDFDocument; layout: TileLayout }> {
  const source = await parsed(src);
  const pages = source.getPages();
  if (pages.length !== 1) throw new Error(`tile: expected a one-page werkplaat, got ${pages.length} pages`);
  const poster = pages[0]!;
  const m = poster.getMediaBox();
  const g = tileGeometry(m, o.overlap, o.cut, o.trim);

  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await embedSans(doc, o.stamps, Object.values(WORDS));
  // Both halves are clips of the A3 page itself: the sheets show exactly what the A3 print shows.
  const halves = await doc.embedPages(
    [poster, poster],
    [g.left, g.right].map((s) => ({
      left: m.x + s.posterX[0],
      bottom: m.y + g.trim,
      right: m.x + s.posterX[1],
      top: m.y + m.height - g.trim,
    })),
  );

  const sheets = [g.left, g.right].map((s, i) => {
    const page = doc.addPage([A4.width, A4.height]);
    page.drawPage(halves[i]!, { ...s.piece });
    const { marks, labels } = i === 0 ? drawGlueSide(page, font, s.band, s.piece) : drawCutSide(page, font, s.band, s.piece);
    return { ...s, marks, ink: union([s.piece, ...marks, ...labels]) };
  }) as [TileSheet, TileSheet];

  // One-sided: sheet 2 is glued onto sheet 1, not printed behind it.
  setPrintPrefs(doc, Duplex.Simplex);
  return { doc, layout: { scale: g.scale, trim: g.trim, overlap: g.overlap, cut: g.cut, sheets, cutX: g.cutX } };
}

interface Drawn {
  marks: Rect[];
  labels: Rect[];
}

/**
 * Sheet 1: the band under a grey "lijm hier" strip with a dark line along its
 * left edge, where sheet 2's cut edge goes. Sheet 2 covers all of it.
 */
function drawGlueSide(page: PDFPage, font: SheetFont, band: [number, number], piece: Rect): Drawn {
  const strip = { x: band[0], y: piece.y, width: band[1] - band[0], height: piece.height };
  page.drawRectangle({ ...strip, color: grayscale(0.86) });
  const edge: Segment = { x1: band[0] + LINE / 2, y1: piece.y, x2: band[0] + LINE / 2, y2: piece.y + piece.height };
  page.drawLine({ start: { x: edge.x1, y: edge.y1 }, end: { x: edge.x2, y: edge.y2 }, thickness: LINE, color: grayscale(0.2) });
  const marks: Rect[] = [strip, segmentBox(edge, LINE)];
  const size = Math.min(10, strip.width * 0.6);
  const ascent = font.heightAtSize(size, { descender: false });
  const descent = font.heightAtSize(size) - ascent;
  for (const f of [1 / 6, 1 / 2, 5 / 6]) {
    const x = strip.x + strip.width / 2 + (ascent - descent) / 2;
    const y = strip.y + strip.height * f;
    marks.push(drawText(page, font, WORDS.glue, { x, y, size, align: 'centre', upright: true }));
  }
  return { marks, labels: [sheetLabel(page, font, WORDS.left, piece, 'left')] };
}

/**
 * Sheet 2: crop marks at the band's start above and below the poster, each
 * with a short tick along the poster's edge, so the cut corners show where
 * sheet 2 meets the strip's corners on sheet 1. Nothing on the poster itself.
 */
function drawCutSide(page: PDFPage, font: SheetFont, band: [number, number], piece: Rect): Drawn {
  const x = band[0] + LINE / 2; // inside the band: what is left after cutting is the mark's own half
  const top = piece.y + piece.height;
  const lines: Segment[] = [
    { x1: x, y1: top + MARK_GAP, x2: x, y2: top + MARK_GAP + MARK_LEN },
    { x1: x, y1: piece.y - MARK_GAP, x2: x, y2: piece.y - MARK_GAP - MARK_LEN },
    { x1: band[0] + MARK_GAP, y1: top + LINE / 2, x2: band[0] + MARK_GAP + MARK_LEN, y2: top + LINE / 2 },
    { x1: band[0] + MARK_GAP, y1: piece.y - LINE / 2, x2: band[0] + MARK_GAP + MARK_LEN, y2: piece.y - LINE / 2 },
  ];
  for (const s of lines) page.drawLine({ start: { x: s.x1, y: s.y1 }, end: { x: s.x2, y: s.y2 }, thickness: LINE, color: grayscale(0) });
  const marks = lines.map((s) => segmentBox(s, LINE));
  const size = LABEL_SIZE;
  const ascent = font.heightAtSize(size, { descender: false });
  const tx = band[0] + MARK_GAP + MARK_LEN + mm(1.5);
  const labels = [
    drawText(page, font, WORDS.cut, { x: tx, y: top + mm(1.5), size }),
    drawText(page, font, WORDS.cut, { x: tx, y: piece.y - mm(1.5) - ascent, size }),
    sheetLabel(page, font, WORDS.right, piece, 'right'),
  ];
  return { marks, labels };
}

/** Which sheet this is, above the poster on its outer side. */
function sheetLabel(page: PDFPage, font: SheetFont, text: string, piece: Rect, side: 'left' | 'right'): Rect {
  const x = side === 'left' ? piece.x : piece.x + piece.width;
  return drawText(page, font, text, { x, y: piece.y + piece.height + mm(1.5), size: LABEL_SIZE, align: side });
}
