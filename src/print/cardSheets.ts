/**
 * Cards for an office printer: A4 sheets of cards butted edge to edge, a sheet
 * of fronts and then a sheet of their backs, crop marks in the margin and a
 * measuring bar under the grid.
 */
import { Duplex, PDFDocument, parsed, type PdfSource } from './pdfLib.js';
import { A4, mm } from '../../templates/units.js';
import { cardFaces, trimBox, type CardSize } from './cardFaces.js';
import type { Rect, Segment } from './geometry.js';
import { cardCells, cellRect, SAFE, sheetPlan, type Cells } from './impose.js';
import { cropMarks, drawSegments, MARK_STYLE } from './marks.js';
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

// The bar sits under the bottom crop marks, 1 mm clear of their ends, so it
// never meets one whatever the card width. 2 + 5 + 1 + 4 = 12 mm: this still
// leaves room for three rows of 88 mm cards.
const BAR_DROP = MARK_STYLE.gap + MARK_STYLE.length + mm(1);
const ROOM_BELOW = BAR_DROP + BAR_BLOCK_HEIGHT;

export async function officeCardSheets(
  src: PdfSource,
  o: CardSize & { stamps: Stamps },
): Promise<{ doc: PDFDocument; grid: Grid }> {
  const source = await parsed(src);
  const { pages: faces, cards } = cardFaces(source, o);
  const cells = cardCells(o.trimW, o.trimH, ROOM_BELOW);
  const marks = cropMarks(cells);

  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await embedSans(doc, o.stamps, [BAR_TEXT]);
  // Clipped to the trim: the bleed would otherwise run over the neighbouring card.
  const clips = faces.map((p) => {
    const t = trimBox(p, o);
    return { left: t.x, bottom: t.y, right: t.x + t.width, top: t.y + t.height };
  });
  const embedded = await doc.embedPages(faces, clips);

  let barBox: { bar: Rect; label: Rect } | undefined;
  for (const sheet of sheetPlan(cards.length, cells.perSheet)) {
    const page = doc.addPage([A4.width, A4.height]);
    sheet.cards.forEach((card, slot) => {
      const face = embedded[sheet.side === 'back' ? cards[card]!.back : cards[card]!.front]!;
      const cell = cellRect(cells, slot, sheet.side);
      page.drawPage(face, { x: cell.x, y: cell.y, width: cell.width, height: cell.height });
    });
    drawSegments(page, marks);
    // On backs too: the bar is centred, so it lands behind the front's bar, in the margin.
    barBox = drawMeasureBar(page, font, {
      centreX: A4.width / 2,
      top: cells.y0 - BAR_DROP,
      maxWidth: A4.width - 2 * SAFE,
    });
  }
  // Flipped on the long edge, the mirrored backs land behind their fronts.
  setPrintPrefs(doc, Duplex.DuplexFlipLongEdge);
  return { doc, grid: { ...cells, marks, ...barBox! } };
}
