import type { LayoutName } from '../../src/model/types.js';
import { A3_LANDSCAPE, mm } from '../units.js';

/** Font sizes of one werkplaat; the fit check steps them down together so a poster stays even. */
export interface PosterSizes {
  title: number;
  instruction: number;
  heading: number;
  prompt: number;
}

/**
 * Headings at least 24 pt and prompts 14 pt read from across a table
 * (../shared/design/print.md); shrinking stops at 20 and 12.
 */
export const POSTER_STEPS: PosterSizes[] = [
  { title: 40, instruction: 17, heading: 28, prompt: 17 },
  { title: 38, instruction: 16, heading: 26, prompt: 16 },
  { title: 36, instruction: 15, heading: 24, prompt: 15 },
  { title: 34, instruction: 14, heading: 24, prompt: 14 },
  { title: 32, instruction: 13, heading: 22, prompt: 13 },
  { title: 30, instruction: 12, heading: 20, prompt: 12 },
];

/** The poster's frame: a margin that office printers and a hand with a marker both respect. */
export const POSTER = {
  width: A3_LANDSCAPE.width,
  height: A3_LANDSCAPE.height,
  margin: mm(15),
  header: mm(38),
  footer: mm(9),
  gap: mm(6),
};

export const bodyWidth = () => POSTER.width - 2 * POSTER.margin;
export const bodyHeight = () => POSTER.height - 2 * POSTER.margin - POSTER.header - POSTER.footer;

/**
 * The step each layout starts at. A cycle's segments are a third the size of
 * a column, so its type starts one step smaller (still 26 / 16 pt) instead of
 * being laid out once in vain at the largest size.
 */
export const FIRST_STEP: Record<LayoutName, number> = { columns: 0, grid: 0, sliders: 0, canvas: 0, cycle: 1 };
