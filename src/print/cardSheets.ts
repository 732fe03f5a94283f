/**
 * Cards for an office printer: A4 sheets of cards with bleed, a sheet of
 * fronts and then a sheet of their backs, crop marks in the margin and a
 * measuring bar under the grid. Slots the cards leave empty hold blank cards.
 */
import { clip, Duplex, endPath, PDFDocument, parsed, popGraphicsState, pushGraphicsState, rectangle, type PDFEmbeddedPage, type PdfSource } from './pdfLib.js';
import { A4, mm } from '../../templates/units.js';
import type { CardKind } from '../model/types.js';
import { cardFaces, type CardPages, type CardSize } from './cardFaces.js';
import type { Rect, Segment } from './geometry.js';
import { artRect, cardCells, cellRect, MARK_GAP, SAFE, sheetPlan, type Cells, type Slot } from './impose.js';
import { cropMarks, drawSegments } from './marks.js';
import { BAR_BLOCK_HEIGHT, BAR_TEXT, drawMeasureBar } from './measureBar.js';
import { setPrintPrefs } from './printPrefs.js';
import { embedSans } from './sheetText.js';
import type { Stamps } from './words.js';

export interface Grid extends Cells {
  /** The crop marks, the same on every sheet: the mirrored grid has the same cut lines. */
  marks: Segment[];
  /** The measuring bar and its words, on every sheet: below the marks, clear of them. */
  bar: Rect;
  label: Rect;
}

export interface SheetOptions extends CardSize {
  stamps: Stamps;
  /** The kind of each card, in order. */
  kinds: CardKind[];
  /** Blank cards at the same size: per kind of `blankKinds`, its front page then its back page. */
  blanks: PdfSource;
  blankKinds: readonly CardKind[];
}

// The bar hangs 1 mm under the ends of the bottom crop marks, so it never meets one whatever the card width.
const BAR_DROP = mm(1);
const ROOM_BELOW = BAR_DROP + BAR_BLOCK_HEIGHT;

export async function officeCardSheets(src: PdfSource, o: SheetOptions): Promise<{ doc: PDFDocument; grid: Grid }> {
  const source = await parsed(src);
  const { pages: faces, cards } = cardFaces(source, o);
  if (o.kinds.length !== cards.length) throw new Error(`card sheets: ${o.kinds.length} kinds for ${cards.length} cards`);
  const blankSource = await parsed(o.blanks);
  const blankFaces = o.blankKinds.map((_, i): CardPages => ({ front: 2 * i, back: 2 * i + 1 }));
  const { pages: blankPages } = cardFaces(blankSource, { ...o, faces: blankFaces });
  const cells = cardCells(o.trimW, o.trimH, ROOM_BELOW);
  const marks = cropMarks(cells);

  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await embedSans(doc, o.stamps, [BAR_TEXT]);
  // Whole faces, each once; the clip at each slot decides how much of the bleed shows.
  const embedded = await doc.embedPages(faces);
  const embeddedBlanks = await doc.embedPages(blankPages);
  const faceOf = (slot: Slot, side: 'front' | 'back'): PDFEmbeddedPage => {
    if ('card' in slot) return embedded[side === 'back' ? cards[slot.card]!.back : cards[slot.card]!.front]!;
    const i = o.blankKinds.indexOf(slot.blank);
    if (i < 0) throw new Error(`card sheets: no blank ${slot.blank} card`);
    return embeddedBlanks[side === 'back' ? blankFaces[i]!.back : blankFaces[i]!.front]!;
  };

  let barBox: { bar: Rect; label: Rect } | undefined;
  for (const sheet of sheetPlan(o.kinds, cells.perSheet)) {
    const page = doc.addPage([A4.width, A4.height]);
    sheet.slots.forEach((slot, i) => {
      const cell = cellRect(cells, i, sheet.side);
      const art = artRect(cells, i, sheet.side);
      const face = faceOf(slot, sheet.side);
      page.pushOperators(pushGraphicsState(), rectangle(art.x, art.y, art.width, art.height), clip(), endPath());
      page.drawPage(face, { x: cell.x - o.bleed, y: cell.y - o.bleed, width: o.trimW + 2 * o.bleed, height: o.trimH + 2 * o.bleed });
      page.pushOperators(popGraphicsState());
    });
    drawSegments(page, marks);
    // On backs too: the bar is centred, so it lands behind the front's bar, in the margin.
    barBox = drawMeasureBar(page, font, {
      centreX: A4.width / 2,
      top: cells.art.y - MARK_GAP - cells.markLength - BAR_DROP,
      maxWidth: A4.width - 2 * SAFE,
    });
  }
  // Flipped on the long edge, the mirrored backs land behind their fronts.
  setPrintPrefs(doc, Duplex.DuplexFlipLongEdge);
  return { doc, grid: { ...cells, marks, ...barBox! } };
}
