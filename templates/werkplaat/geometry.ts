import type { Werkplaat } from '../../src/model/types.js';
import { mm } from '../units.js';

/** A rectangle in a werkplaat's body, in points from the body's top left (y down, as react-pdf lays out). */
export interface BodyRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A span of x in the body, [from, to]. */
export type Span = [number, number];

/**
 * Where a layout puts its parts, computed before react-pdf lays anything out,
 * so that the page can split its header at the seam and the 2 x A4 tiler can
 * cut there. The templates place their boxes from these numbers: one source.
 */
export interface BodyGeometry {
  /** One per area, in the areas' order. Empty for sliders. */
  boxes: BodyRect[];
  /** The central element (cycle hub, canvas question): the seam never crosses it. */
  centre?: BodyRect;
  /** Spans of x that no text and no centre crosses, top to bottom of the body: the gutters. */
  free: Span[];
}

export const GAP = mm(6);
/** A 76 x 76 mm post-it and a little air around it. */
export const POSTIT = mm(76);
export const POSTIT_ROOM = mm(80);
/** Slider rows: the heading and both poles take these shares of the width; the scale is in between. */
export const SLIDER_SHARE = { heading: 0.22, pole: 0.165 };
/** The cycle's hub, left of the ring: wide enough for its question, narrow enough to leave the ring post-it columns. */
export const HUB_WIDTH = mm(80);

/** Equal columns with gaps between them: their x spans. */
function columns(n: number, from: number, to: number): Span[] {
  const w = (to - from - (n - 1) * GAP) / n;
  return Array.from({ length: n }, (_, i) => [from + i * (w + GAP), from + i * (w + GAP) + w] as Span);
}

/** The gaps between neighbouring spans. */
const between = (spans: Span[]): Span[] => spans.slice(1).map((s, i) => [spans[i]![1], s[0]] as Span);

export function bodyGeometry(plaat: Werkplaat, width: number, height: number): BodyGeometry {
  switch (plaat.layout) {
    case 'columns': {
      const cols = columns(plaat.areas.length, 0, width);
      return { boxes: cols.map(([x1, x2]) => ({ x: x1, y: 0, width: x2 - x1, height })), free: between(cols) };
    }
    case 'grid': {
      const n = Math.ceil(plaat.areas.length / 2);
      const cols = columns(n, 0, width);
      const h = (height - GAP) / 2;
      const boxes = plaat.areas.map((_, i) => {
        const [x1, x2] = cols[i % n]!;
        return { x: x1, y: i < n ? 0 : h + GAP, width: x2 - x1, height: h };
      });
      return { boxes, free: between(cols) };
    }
    case 'sliders': {
      const from = width * (SLIDER_SHARE.heading + SLIDER_SHARE.pole);
      return { boxes: [], free: [[from, width - width * SLIDER_SHARE.pole]] };
    }
    case 'canvas':
      return canvasGeometry(plaat.areas.length, width, height);
    case 'cycle':
      return cycleGeometry(plaat.areas.length, width, height);
  }
}

/** One central question between two columns of areas; the first half of the areas on the left. */
function canvasGeometry(n: number, width: number, height: number): BodyGeometry {
  const [left, centre, right] = columns(3, 0, width) as [Span, Span, Span];
  const half = Math.ceil(n / 2);
  const stack = (count: number, [x1, x2]: Span) => {
    const h = (height - (count - 1) * GAP) / count;
    return Array.from({ length: count }, (_, i) => ({ x: x1, y: i * (h + GAP), width: x2 - x1, height: h }));
  };
  return {
    boxes: [...stack(half, left), ...stack(n - half, right)],
    centre: { x: centre[0], y: 0, width: centre[1] - centre[0], height },
    free: [[left[1], centre[0]], [centre[1], right[0]]],
  };
}

/**
 * The hub on the left; the ring in two rows right of it, clockwise: the top
 * row left to right, the bottom row back. Every box is a column wide and
 * half the body high, room for a post-it under its text. With an odd number
 * of areas one bottom box takes two columns, chosen so that the gutter
 * nearest the middle stays open from top to bottom: that is where 2 x A4 cuts.
 */
function cycleGeometry(n: number, width: number, height: number): BodyGeometry {
  const cols = Math.ceil(n / 2);
  const hub: Span = [0, HUB_WIDTH];
  const spans = columns(cols, HUB_WIDTH + GAP, width);
  const h = (height - GAP) / 2;
  const top: BodyRect[] = spans.map(([x1, x2]) => ({ x: x1, y: 0, width: x2 - x1, height: h }));
  const inner = between(spans);
  let bottom = spans;
  if (n % 2) {
    // Merge the two neighbours whose gutter lies furthest from the middle.
    const off = (g: Span) => Math.abs((g[0] + g[1]) / 2 - width / 2);
    const m = inner.reduce((best, g, i) => (off(g) > off(inner[best]!) ? i : best), 0);
    bottom = [...spans.slice(0, m), [spans[m]![0], spans[m + 1]![1]] as Span, ...spans.slice(m + 2)];
    inner.splice(m, 1);
  }
  const ring = bottom.slice().reverse().map(([x1, x2]) => ({ x: x1, y: h + GAP, width: x2 - x1, height: h }));
  return {
    boxes: [...top, ...ring],
    centre: { x: hub[0], y: 0, width: hub[1] - hub[0], height },
    free: [[hub[1], spans[0]![0]], ...inner],
  };
}
