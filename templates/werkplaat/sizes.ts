import type { LayoutName } from '../../src/model/types.js';
import { A3_LANDSCAPE, mm } from '../units.js';

/**
 * The type scale of one werkplaat: one size per role. Every sheet of a layout
 * starts at its layout's scale; the fit check steps a sheet down as a whole
 * only when its text does not fit.
 */
export interface PosterSizes {
  title: number;
  instruction: number;
  heading: number;
  prompt: number;
  /**
   * The source and package lines at the foot: 11 pt, so that they are still
   * 7 pt on a 2 x A4 version cut off-centre (printed at about 0.66).
   */
  footer: number;
}

/**
 * Headings at least 24 pt and prompts 14 pt read from across a table
 * (../shared/design/print.md); the page's title and instruction step down
 * last. Below 24 / 14 the steps are a last resort for new text, and the
 * floor 20 / 12 is where the build fails and names the line.
 */
export const POSTER_STEPS: PosterSizes[] = [
  { title: 40, instruction: 17, heading: 28, prompt: 17, footer: 11 },
  { title: 40, instruction: 17, heading: 26, prompt: 16, footer: 11 },
  { title: 40, instruction: 17, heading: 26, prompt: 15, footer: 11 },
  { title: 38, instruction: 16, heading: 24, prompt: 15, footer: 11 },
  { title: 36, instruction: 15, heading: 24, prompt: 14, footer: 11 },
  { title: 32, instruction: 13, heading: 22, prompt: 13, footer: 11 },
  { title: 30, instruction: 12, heading: 20, prompt: 12, footer: 11 },
];

/**
 * The step each layout starts at: its type scale. A cycle's boxes keep a
 * post-it's height free under their text, so their text starts smaller.
 */
export const FIRST_STEP: Record<LayoutName, number> = { columns: 0, grid: 0, sliders: 0, canvas: 0, cycle: 2 };

/** The canvas's central question is set larger than the areas around it. */
export const CENTRE_STEP_UP = { heading: 4, prompt: 2 };

/** The poster's frame: ink stays 10 mm from the paper's edge for office printers, 12 mm gives 2 to spare. */
export const POSTER = {
  width: A3_LANDSCAPE.width,
  height: A3_LANDSCAPE.height,
  margin: mm(12),
  /** Title beside the instruction; title above the instruction (two lines of title and two of instruction). */
  header: { split: mm(38), stacked: mm(50) },
  footer: mm(8),
};

export const bodyWidth = () => POSTER.width - 2 * POSTER.margin;
export const bodyHeight = (header: number) => POSTER.height - 2 * POSTER.margin - header - POSTER.footer;
