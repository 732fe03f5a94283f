import { A3_LANDSCAPE, mm } from '../units.js';

/**
 * The type scale of one werkplaat: one size per role. Every sheet starts at
 * the first step; the fit check steps a sheet down as a whole only when its
 * text does not fit.
 */
export interface PosterSizes {
  title: number;
  instruction: number;
  heading: number;
  prompt: number;
  /** The source and package lines at the foot. */
  footer: number;
}

/**
 * Headings at least 24 pt and prompts 14 pt read from across a table
 * (../shared/design/print.md), also on the 2 x A4 version, printed at about
 * 0.91 of A3: so 27 / 16 on A3 (IN_SPEC steps). Below that the steps are a
 * last resort for new text, and the floor 20 / 12 is where the build fails
 * and names the line.
 */
export const POSTER_STEPS: PosterSizes[] = [
  { title: 34, instruction: 16, heading: 28, prompt: 17, footer: 11 },
  { title: 34, instruction: 16, heading: 27, prompt: 16, footer: 11 },
  { title: 32, instruction: 15, heading: 26, prompt: 15, footer: 11 },
  { title: 30, instruction: 14, heading: 24, prompt: 14, footer: 11 },
  { title: 28, instruction: 13, heading: 22, prompt: 13, footer: 11 },
  { title: 26, instruction: 12, heading: 20, prompt: 12, footer: 11 },
];
/**
 * What the fit check tries, in order: first deeper bands where a row has room
 * to spare under them (one and two lines more of prompt), then smaller type.
 */
export const FIT_LEVELS: { step: number; grow: number }[] = [
  { step: 0, grow: 0 },
  { step: 0, grow: mm(8) },
  { step: 0, grow: mm(16) },
  ...POSTER_STEPS.slice(1).map((_, i) => ({ step: i + 1, grow: mm(16) })),
];
/** The steps that keep 24 / 14 pt on the 2 x A4 version too. */
export const IN_SPEC = 2;


/** The poster's frame: ink stays 10 mm from the paper's edge for office printers, 12 mm gives 2 to spare. */
export const POSTER = {
  width: A3_LANDSCAPE.width,
  height: A3_LANDSCAPE.height,
  margin: mm(12),
  /** One form on every sheet: the title left of the seam, the instruction right of it; two lines of title, four of instruction. */
  header: mm(29),
  footer: mm(8),
};

export const bodyWidth = () => POSTER.width - 2 * POSTER.margin;
export const bodyHeight = () => POSTER.height - 2 * POSTER.margin - POSTER.header - POSTER.footer;
