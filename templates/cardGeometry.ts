import { mm } from './units.js';

/** A card face is drawn at trim size plus bleed on every side; imposition clips it later. */
export interface CardGeometry {
  trimW: number;
  trimH: number;
  bleed: number;
  /** Text and icons stay this far inside the trim: a hand cut is never exact. */
  safe: number;
  pageW: number;
  pageH: number;
}

export interface CardSizes {
  title: number;
  text: number;
}

export function cardGeometry(widthMm: number, heightMm: number): CardGeometry {
  const [trimW, trimH, bleed, safe] = [mm(widthMm), mm(heightMm), mm(3), mm(4)];
  return { trimW, trimH, bleed, safe, pageW: trimW + 2 * bleed, pageH: trimH + 2 * bleed };
}
