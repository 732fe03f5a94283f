import type { Werkplaat } from '../../src/model/types.js';
import { mm } from '../units.js';
import { bodyGeometry, type BodyGeometry } from './geometry.js';
import { chooseCut } from './seam.js';
import { POSTER, bodyHeight, bodyWidth, type PosterSizes } from './sizes.js';

/** Text keeps this far from the 2 x A4 cut on either side. */
export const CUT_CLEAR = mm(3);
/**
 * With this much room left of the cut, title and instruction stand above each
 * other there; with less, the instruction goes right of the cut, beside the title.
 */
const STACKED = mm(250);

/** What one werkplaat is laid out with: its type scale, where its parts go, and where its 2 x A4 version is cut. */
export interface PosterPlan {
  sizes: PosterSizes;
  geometry: BodyGeometry;
  /** The 2 x A4 cut, in page points from the left: no text crosses it. */
  cut: number;
  /** Title above the instruction (left of the cut), or beside it (instruction right of the cut). */
  stacked: boolean;
  header: number;
}

export function planPoster(plaat: Werkplaat, sizes: PosterSizes): PosterPlan {
  // The cut depends on the boxes' x only, the header's height on the cut: x first, then the height.
  const across = bodyGeometry(plaat, bodyWidth(), bodyHeight(POSTER.header.split));
  const cut = chooseCut(across.free.map(([a, b]) => [POSTER.margin + a, POSTER.margin + b] as [number, number]), POSTER.width);
  const stacked = cut - CUT_CLEAR - POSTER.margin >= STACKED;
  const header = stacked ? POSTER.header.stacked : POSTER.header.split;
  return { sizes, geometry: bodyGeometry(plaat, bodyWidth(), bodyHeight(header)), cut, stacked, header };
}
