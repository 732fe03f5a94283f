import { mm } from '../units.js';
import type { Span } from './geometry.js';

/** The glue strip of the 2 x A4 version: wide enough to glue without glue on the poster. */
export const OVERLAP = mm(12);
/** A cut this far into a wide open span keeps clear of the lines beside it. */
const CLEAR = mm(3);
/**
 * A cut far left of the middle leaves the title a narrow strip of the header
 * (it may not cross the cut): such a cut must be this much nearer to win.
 */
const LEFT_COST = mm(15);
const NEAR = mm(20);

/**
 * Where sheet 2 of the 2 x A4 version is cut, in poster points: in the open
 * span (a gutter between boxes, the bare middle of the sliders) nearest to
 * the cut that splits the poster evenly. The further it lies from there, the
 * smaller both sheets print, but a cut through text or the central element
 * would stay visible on the glued poster.
 */
export function chooseCut(free: readonly [number, number][], posterWidth: number, overlap = OVERLAP): number {
  const even = posterWidth / 2 - overlap / 2;
  let best = even;
  let off = Infinity;
  for (const [a, b] of free) {
    const x = b - a > 2 * CLEAR + mm(6) ? Math.min(Math.max(even, a + CLEAR), b - CLEAR) : (a + b) / 2;
    const cost = Math.abs(x - even) + (x < even - NEAR ? LEFT_COST : 0);
    if (cost < off) [best, off] = [x, cost];
  }
  return best;
}

export type { Span };
