/** Plain shapes in PDF points, origin bottom left, as pdf-lib draws them. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The smallest rectangle around all of `rects`. */
export function union(rects: readonly Rect[]): Rect {
  if (rects.length === 0) throw new Error('union of no rectangles');
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const top = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: top - y };
}

/**
 * The box a stroked segment inks. Lines end square at their end points (butt
 * caps, pdf-lib's default), so an upright or level line widens only across.
 */
export function segmentBox(s: Segment, thickness: number): Rect {
  const hx = s.x1 === s.x2 || s.y1 !== s.y2 ? thickness / 2 : 0;
  const hy = s.y1 === s.y2 || s.x1 !== s.x2 ? thickness / 2 : 0;
  const x = Math.min(s.x1, s.x2) - hx;
  const y = Math.min(s.y1, s.y2) - hy;
  return { x, y, width: Math.abs(s.x2 - s.x1) + 2 * hx, height: Math.abs(s.y2 - s.y1) + 2 * hy };
}
