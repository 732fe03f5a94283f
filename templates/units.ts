/** Millimetres to PDF points. */
export const mm = (v: number) => (v * 72) / 25.4;

export const A4 = { width: 595.28, height: 841.89 };
export const A3_LANDSCAPE = { width: 1190.55, height: 841.89 };

export const FONT = 'Source Sans 3';
export const INK = '#1d1d1b';
export const GREY = '#6b6b6b';
export const RULE = '#b5b5b5';

/** Mixes a `#rrggbb` colour with white; `amount` 0 is the colour, 1 is white. */
export function tint(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return '#' + [r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('');
}
