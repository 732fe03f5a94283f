import type { Werkplaat } from '../../src/model/types.js';
import { mm } from '../units.js';
import { bodyGeometry, type BodyGeometry } from './geometry.js';
import { chooseCut } from './seam.js';
import { POSTER, bodyHeight, bodyWidth, type PosterSizes } from './sizes.js';

/** Text keeps this far from the 2 x A4 cut on either side. */
export const CUT_CLEAR = mm(3);

/** What one werkplaat is laid out with: its type scale, where its parts go, and where its 2 x A4 version is cut. */
export interface PosterPlan {
  sizes: PosterSizes;
  geometry: BodyGeometry;
  /** The 2 x A4 cut, in page points from the left: no text crosses it. */
  cut: number;
  header: number;
}

export function planPoster(plaat: Werkplaat, sizes: PosterSizes, grow = 0): PosterPlan {
  const geometry = bodyGeometry(plaat, bodyWidth(), bodyHeight(), grow);
  const cut = chooseCut(geometry.free.map(([a, b]) => [POSTER.margin + a, POSTER.margin + b] as [number, number]), POSTER.width);
  return { sizes, geometry, cut, header: POSTER.header };
}
