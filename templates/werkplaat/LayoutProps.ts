import type { Werkplaat } from '../../src/model/types.js';
import type { PosterSizes } from './sizes.js';

export interface LayoutProps {
  plaat: Werkplaat;
  colour: string;
  sizes: PosterSizes;
  /** The body's size in points: absolute layouts (cycle) place their parts in it. */
  width: number;
  height: number;
  /** Prefix of this werkplaat's fit marks. */
  fit: string;
}
