/**
 * Where cards sit on an office sheet: numbers only, so the layout can be
 * checked without drawing anything.
 */
import { A4, mm } from '../../templates/units.js';
import { ToolkitError } from '../errors.js';
import type { Rect } from './geometry.js';

/** Office printers cannot print the outer 4-5 mm of a sheet; 10 mm is safe on all of them. */
export const SAFE = mm(10);

// Card sizes are rounded to whole hundredths of a point, so 3 x 63 mm must not
// miss the 190 mm that it fits into by a rounding error.
const EPS = 1e-6;

export interface Cells {
  cols: number;
  rows: number;
  /** Bottom left corner of the grid on the sheet. */
  x0: number;
  y0: number;
  cellW: number;
  cellH: number;
  perSheet: number;
  /** Every vertical cut, left to right: the grid's column edges. */
  cutXs: number[];
  /** Every horizontal cut, bottom to top: the grid's row edges. */
  cutYs: number[];
}

/**
 * As many cards as fit inside the safe margins, butted edge to edge so one cut
 * serves two cards. `roomBelow` is kept free under the grid (for the measuring
 * bar) on top of the bottom margin.
 * The grid is centred across the sheet, or the mirrored backs would not land
 * behind their fronts; grid and room together are centred down the sheet.
 */
export function cardCells(trimW: number, trimH: number, roomBelow: number, sheet = A4): Cells {
  const cols = Math.floor((sheet.width - 2 * SAFE) / trimW + EPS);
  const rows = Math.floor((sheet.height - 2 * SAFE - roomBelow) / trimH + EPS);
  if (cols < 1 || rows < 1) {
    const size = `${fmtMm(trimW)} x ${fmtMm(trimH)} mm`;
    throw new ToolkitError('content', [
      {
        code: 'card-size',
        message: `cards of ${size} do not fit on an A4 sheet with 10 mm margins`,
        hint: 'Choose a smaller card size in the toolkit settings (63 x 88 mm is usual).',
      },
    ]);
  }
  const x0 = (sheet.width - cols * trimW) / 2;
  const y0 = (sheet.height - rows * trimH - roomBelow) / 2 + roomBelow;
  return {
    cols,
    rows,
    x0,
    y0,
    cellW: trimW,
    cellH: trimH,
    perSheet: cols * rows,
    cutXs: Array.from({ length: cols + 1 }, (_, i) => x0 + i * trimW),
    cutYs: Array.from({ length: rows + 1 }, (_, i) => y0 + i * trimH),
  };
}

export type Side = 'front' | 'back';

/**
 * The cell of a sheet's `slot`th card, counted in reading order. A back sheet
 * mirrors the columns: flipped on the long edge, it puts each back behind its front.
 */
export function cellRect(g: Cells, slot: number, side: Side): Rect {
  const row = Math.floor(slot / g.cols);
  const col = side === 'front' ? slot % g.cols : g.cols - 1 - (slot % g.cols);
  return { x: g.x0 + col * g.cellW, y: g.y0 + (g.rows - 1 - row) * g.cellH, width: g.cellW, height: g.cellH };
}

export interface SheetPlan {
  side: Side;
  /** Card numbers from 0, in slot order. */
  cards: number[];
}

/** Sheets in print order: the fronts of a sheet's cards, then their backs, then the next sheet. */
export function sheetPlan(cardCount: number, perSheet: number): SheetPlan[] {
  const plan: SheetPlan[] = [];
  for (let start = 0; start < cardCount; start += perSheet) {
    const cards = Array.from({ length: Math.min(perSheet, cardCount - start) }, (_, i) => start + i);
    plan.push({ side: 'front', cards }, { side: 'back', cards });
  }
  return plan;
}

const fmtMm = (pt: number) => String(Math.round((pt * 25.4) / 72 * 10) / 10);
