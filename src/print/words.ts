/**
 * The words printed on sheets around the content: the measuring bar's label,
 * the glue strip, the cut line, the tile labels. They are set by react-pdf in
 * the toolkit's typeface once per build (src/render/stamps.ts) and placed by
 * the print steps as small embedded pages.
 */
export interface SheetWord {
  text: string;
  size: number;
  /** Grey level, 0 black to 1 white. */
  grey: number;
}

// Non-breaking spaces: "5 cm" and "100 %" never break between number and unit.
export const BAR_TEXT = 'Deze balk moet precies 5\u00a0cm zijn. Is hij korter of langer? Print opnieuw op 100\u00a0% (werkelijke grootte).';

export const TILE_WORDS = {
  glue: 'lijm hier',
  cut: 'knip hier',
  left: '1 van 2 (links) – plak vel 2 op de grijze strook',
  right: '2 van 2 (rechts)',
};

export const SHEET_WORDS: SheetWord[] = [
  { text: BAR_TEXT, size: 7, grey: 0 },
  { text: TILE_WORDS.glue, size: 10, grey: 0.35 },
  { text: TILE_WORDS.cut, size: 8, grey: 0 },
  { text: TILE_WORDS.left, size: 8, grey: 0 },
  { text: TILE_WORDS.right, size: 8, grey: 0 },
];

/** Where react-pdf set each word, per point of its size, in a PDF of one page a word. */
export interface Stamps {
  bytes: Uint8Array;
  words: Record<string, Stamp>;
}

export interface Stamp {
  page: number;
  /** The size it was set at: drawing at another size scales it. */
  size: number;
  /** In points at `size`; `baseline` is measured from the page's top. */
  width: number;
  baseline: number;
  ascent: number;
  descent: number;
}
