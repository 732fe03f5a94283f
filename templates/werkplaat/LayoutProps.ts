import type { Werkplaat } from '../../src/model/types.js';
import type { BodyGeometry } from './geometry.js';
import type { PosterSizes } from './sizes.js';
import type { FitGroup, Region } from '../../src/render/fitMark.js';

export interface LayoutProps {
  plaat: Werkplaat;
  colour: string;
  sizes: PosterSizes;
  /** The body's size in points. */
  width: number;
  height: number;
  /** Where the boxes go (geometry.ts): the same numbers the 2 x A4 cut is chosen from. */
  geometry: BodyGeometry;
  /** The fit group of a region of this werkplaat. */
  fit: (region: Region) => FitGroup;
}
