import { mm } from '../units.js';
import type { Span } from './geometry.js';

/** The glue strip of the 2 x A4 version: wide enough to glue without glue on the poster. */
export const OVERLAP = mm(12);
/**
 * The 2 x A4 sheets leave out the poster's blank margin but for this much:
 * the margin keeps an A3 print's ink off the printer's edge, and an A4 sheet
 * has its own. Without it the poster prints at about 0.87 of A3, with it 0.91.
 */
export const TRIM = mm(11);
/** A cut this far into an open span keeps clear of the box frames beside it (lines, not text). */
const CLEAR = mm(1.5);

/**
 * Where sheet 2 of the 2 x A4 version is cut, in poster points: in the open
 * span (the middle gutter, the open space of a full-width area, the bare
 * middle of the sliders) nearest to the cut that splits the poster evenly.
 * The further it lies from there, the smaller both sheets print, but a cut
 * through text would stay visible on the glued poster.
 */
export function chooseCut(free: readonly [number, number][], posterWidth: number, overlap = OVERLAP): number {
  const even = posterWidth / 2 - overlap / 2;
  let best = even;
  let off = Infinity;
  for (const [a, b] of free) {
    const x = b - a > 2 * CLEAR ? Math.min(Math.max(even, a + CLEAR), b - CLEAR) : (a + b) / 2;
    const cost = Math.abs(x - even);
    if (cost < off) [best, off] = [x, cost];
  }
  return best;
}

export type { Span };
