import type { Werkplaat } from '../../src/model/types.js';
import type { BodyGeometry } from './geometry.js';
import type { PosterSizes } from './sizes.js';

export interface LayoutProps {
  plaat: Werkplaat;
  colour: string;
  sizes: PosterSizes;
  /** The body's size in points. */
  width: number;
  height: number;
  /** Where the boxes go (geometry.ts): the same numbers the 2 x A4 cut is chosen from. */
  geometry: BodyGeometry;
  /** Prefix of this werkplaat's fit marks. */
  fit: string;
}
