/** Millimetres to PDF points. */
export const mm = (v: number) => (v * 72) / 25.4;

export const A4 = { width: 595.28, height: 841.89 };
export const A3_LANDSCAPE = { width: 1190.55, height: 841.89 };

export const FONT = 'Source Sans 3';
export const INK = '#1d1d1b';
export const GREY = '#6b6b6b';
export const RULE = '#b5b5b5';

/** How much white the templates mix into a theme's colour: panels behind text (0.92 keeps every theme colour on it at 4.5:1, src/contrast.ts), small tags. */
export const TINTS = { panel: 0.92, tag: 0.85 } as const;

/** Mixes a `#rrggbb` colour with white; `amount` 0 is the colour, 1 is white. */
export function tint(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return '#' + [r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('');
}

/**
 * The type scale of the A4 documents (werkblad, covers, guide, overview), in
 * points: a role has the same size on every page. Werkplaten have their own
 * (templates/werkplaat/sizes.ts), cards theirs below.
 */
export const TYPE = {
  /** The package's title on its cover. */
  display: 30,
  /** A page's title: werkblad, guide, overview; a theme's name on its band. */
  title: 24,
  /** A section's heading ("Reflectievragen"), a theme's row in the overview. */
  heading: 14,
  /** The title of an item in a list, a guide section, a film; an intro set larger. */
  subheading: 12,
  lead: 12,
  body: 11,
  /** Details, links, tags. */
  small: 10,
  /** The source stamp and page number. */
  footer: 8,
} as const;

/**
 * Cards: the title and text sizes step down together in src/outputs/kinds/kaarten/render.ts;
 * these are the rest. Text on colour is bold and at least 8 pt (print.md).
 */
export const CARD_TYPE = {
  kind: 10,
  themeLetter: 14,
  footer: 7,
  backKind: 11,
  backNumber: 40,
  backTitle: 12,
  /** Reversed on the full-colour back: 9 pt bold holds up on the darkest theme colour. */
  backSmall: 9,
} as const;

/** The smallest text anywhere, and the smallest white on colour (then bold). */
export const MIN_SIZE = 7;
export const MIN_REVERSED_SIZE = 8;
