/**
 * A bar of exactly 5 cm with the words that say so. A viewer that prints
 * "fit to page" shrinks it, and a ruler shows that at once.
 */
import { rgb, type PDFPage } from './pdfLib.js';
import { mm } from '../../templates/units.js';
import type { Rect } from './geometry.js';
import { drawText, lineHeight, type SheetFont } from './sheetText.js';
import { BAR_TEXT } from './words.js';

export const BAR_LENGTH = mm(50);
const BAR_HEIGHT = mm(2);
const BAR_GAP = mm(3);
export { BAR_TEXT };
/** Height of the bar with its words beside it: room for one 7 pt line of Source Sans 3. */
export const BAR_BLOCK_HEIGHT = mm(4);

const SIZE = 7;
// Small print, but it is read once, close up; below this it stops being readable.
const MIN_SIZE = 5.5;

export interface BarBox {
  bar: Rect;
  label: Rect;
}

/** Bar, then its words on one line, centred on `centreX` and hanging from `top`. */
export function drawMeasureBar(
  page: PDFPage,
  font: SheetFont,
  o: { centreX: number; top: number; maxWidth: number },
): BarBox {
  let size = SIZE;
  const rest = o.maxWidth - BAR_LENGTH - BAR_GAP;
  const natural = font.widthOfTextAtSize(BAR_TEXT, size);
  if (natural > rest) size = Math.floor((size * rest * 10) / natural) / 10;
  if (size < MIN_SIZE || lineHeight(font, size) > BAR_BLOCK_HEIGHT) {
    throw new Error(`measuring bar: ${size} pt text does not fit beside the bar in ${o.maxWidth} pt`);
  }
  const width = BAR_LENGTH + BAR_GAP + font.widthOfTextAtSize(BAR_TEXT, size);
  const left = o.centreX - width / 2;
  const middle = o.top - BAR_BLOCK_HEIGHT / 2;
  const bar = { x: left, y: middle - BAR_HEIGHT / 2, width: BAR_LENGTH, height: BAR_HEIGHT };
  page.drawRectangle({ ...bar, color: rgb(0, 0, 0) });
  const ascent = font.heightAtSize(size, { descender: false });
  const baseline = middle + lineHeight(font, size) / 2 - ascent;
  const label = drawText(page, font, BAR_TEXT, { x: left + BAR_LENGTH + BAR_GAP, y: baseline, size });
  return { bar, label };
}
