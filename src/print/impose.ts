/**
 * Where cards sit on an office sheet: numbers only, so the layout can be
 * checked without drawing anything.
 */
import { A4, mm } from '../../templates/units.js';
import { problem, ToolkitError } from '../errors.js';
import type { Rect } from './geometry.js';
import type { CardKind } from '../model/types.js';

/** Office printers cannot print the outer 4-5 mm of a sheet; 10 mm is safe on all of them. */
export const SAFE = mm(10);
/**
 * Nothing inks closer to the paper's edge than this. Card art keeps SAFE; the
 * crop marks, the outer bleed and the measuring bar may come this close where
 * three rows of cards leave no more room (see `cardCells`).
 */
export const EDGE = mm(5);
/** Colour past each trim edge on an office sheet: a cut or a duplex shift of up to 2 mm shows no white. */
export const SHEET_BLEED = mm(2);
/** Crop marks start this far outside the bleed, so that they never touch colour. */
export const MARK_GAP = mm(0.5);
const MARK_MAX = mm(5);
// Shorter than this a mark is hard to find and to lay a ruler on.
const MARK_MIN = mm(2.5);

// Card sizes are rounded to whole hundredths of a point, so 3 x 63 mm must not
// miss the room that it fits into by a rounding error.
const EPS = 1e-6;

export interface Cells {
  cols: number;
  rows: number;
  /** Bottom left corner of the grid of trim boxes on the sheet. */
  x0: number;
  y0: number;
  cellW: number;
  cellH: number;
  /** Space between two rows of cards: the bleed of the card above and of the card below. */
  gutter: number;
  bleed: number;
  perSheet: number;
  /** Every vertical cut, left to right: columns are butted, so one cut serves two cards. */
  cutXs: number[];
  /** Every horizontal cut, bottom to top: two per row, as rows have a gutter between them. */
  cutYs: number[];
  /** The printed area: the trim boxes and their bleed. */
  art: Rect;
  /** Length of every crop mark. */
  markLength: number;
}

/**
 * As many cards as fit, with bleed and crop marks, centred across the sheet
 * (or the mirrored backs would not land behind their fronts). `roomBelow` is
 * kept free under the bottom marks, for the measuring bar.
 *
 * Columns are butted: left and right, both faces of a card end in the same
 * colour as their neighbour's (the header band, the white body, the back's
 * colour), so a cut beside the line shows the neighbour's matching edge, the
 * same as bleed would. Rows are not: a front's coloured header meets the white
 * foot of the card above, so rows have a gutter of two bleeds. Every outer
 * edge has its bleed.
 *
 * Three rows of 88 mm cards, two gutters and the outer bleed take 276 of A4's
 * 297 mm, which leaves no 10 mm margins for marks and the bar. The card art
 * keeps 10 mm from the side edges (the trim is where it was when the cards
 * were butted); the marks and the bar then come as close as EDGE, and marks
 * are shortened (never below 2.5 mm) before fewer cards go on a sheet: nine
 * cards of a package fit one sheet.
 */
export function cardCells(trimW: number, trimH: number, roomBelow: number, sheet = A4): Cells {
  const bleed = SHEET_BLEED;
  const gutter = 2 * bleed;
  const aroundMin = EDGE + MARK_MIN + MARK_GAP;
  const cols = Math.floor((sheet.width - 2 * aroundMin - 2 * bleed) / trimW + EPS);
  const rows = Math.floor((sheet.height - 2 * aroundMin - roomBelow - 2 * bleed + gutter) / (trimH + gutter) + EPS);
  if (cols < 1 || rows < 1) {
    const size = `${fmtMm(trimW)} x ${fmtMm(trimH)} mm`;
    throw new ToolkitError('content', [problem('card-size', { size })]);
  }
  const gridW = cols * trimW;
  const gridH = rows * trimH + (rows - 1) * gutter;
  const [artW, artH] = [gridW + 2 * bleed, gridH + 2 * bleed];
  const markLength = Math.min(MARK_MAX, (sheet.width - artW) / 2 - MARK_GAP - EDGE, (sheet.height - artH - roomBelow) / 2 - MARK_GAP - EDGE);
  // Marks above, art, marks below and the room under them, centred down the sheet.
  const around = MARK_GAP + markLength;
  const bottom = (sheet.height - artH - 2 * around - roomBelow) / 2 + roomBelow + around;
  const x0 = (sheet.width - gridW) / 2;
  const y0 = bottom + bleed;
  return {
    cols,
    rows,
    x0,
    y0,
    cellW: trimW,
    cellH: trimH,
    gutter,
    bleed,
    perSheet: cols * rows,
    cutXs: Array.from({ length: cols + 1 }, (_, i) => x0 + i * trimW),
    cutYs: Array.from({ length: rows }, (_, i) => [y0 + i * (trimH + gutter), y0 + i * (trimH + gutter) + trimH]).flat(),
    art: { x: x0 - bleed, y: y0 - bleed, width: artW, height: artH },
    markLength,
  };
}

export type Side = 'front' | 'back';

/**
 * The cell of a sheet's `slot`th card, counted in reading order. A back sheet
 * mirrors the columns: flipped on the long edge, it puts each back behind its front.
 */
export function cellRect(g: Cells, slot: number, side: Side): Rect {
  const row = Math.floor(slot / g.cols);
  const col = columnOf(g, slot, side);
  return { x: g.x0 + col * g.cellW, y: g.y0 + (g.rows - 1 - row) * (g.cellH + g.gutter), width: g.cellW, height: g.cellH };
}

const columnOf = (g: Cells, slot: number, side: Side) => (side === 'front' ? slot % g.cols : g.cols - 1 - (slot % g.cols));

// Where two cards are butted each reaches this far over the line, or the
// anti-aliased edges of two clips leave a pale hairline between them on screen.
const OVERLAP = 0.5;

/**
 * What of a card's face shows on the sheet: its trim box and the bleed on
 * every side but where it is butted to its neighbour.
 */
export function artRect(g: Cells, slot: number, side: Side): Rect {
  const t = cellRect(g, slot, side);
  const col = columnOf(g, slot, side);
  const left = col === 0 ? g.bleed : OVERLAP;
  const right = col === g.cols - 1 ? g.bleed : OVERLAP;
  return { x: t.x - left, y: t.y - g.bleed, width: t.width + left + right, height: t.height + 2 * g.bleed };
}

/** A slot's card: one of the package's (numbered from 0) or a blank one of a kind. */
export type Slot = { card: number } | { blank: CardKind };

export interface SheetPlan {
  side: Side;
  /** In slot order; every slot of the sheet is filled. */
  slots: Slot[];
}

/**
 * Sheets in print order: the fronts of a sheet's cards, then their backs,
 * then the next sheet. Slots the cards leave empty get blank cards, denk and
 * doe in turn, starting with the kind the package has fewer of, so that a
 * group can write its own and the heavy paper is not wasted.
 */
export function sheetPlan(kinds: readonly CardKind[], perSheet: number): SheetPlan[] {
  const plan: SheetPlan[] = [];
  const denk = kinds.filter((k) => k === 'denk').length;
  const first: CardKind = kinds.length - denk < denk ? 'doe' : 'denk';
  const blank = (i: number): CardKind => (i % 2 === 0 ? first : first === 'denk' ? 'doe' : 'denk');
  const sheets = Math.max(1, Math.ceil(kinds.length / perSheet));
  for (let s = 0; s < sheets; s++) {
    const slots = Array.from({ length: perSheet }, (_, i): Slot => {
      const card = s * perSheet + i;
      return card < kinds.length ? { card } : { blank: blank(card - kinds.length) };
    });
    plan.push({ side: 'front', slots }, { side: 'back', slots });
  }
  return plan;
}

const fmtMm = (pt: number) => String(Math.round((pt * 25.4) / 72 * 10) / 10);
