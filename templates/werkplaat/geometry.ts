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
 * One area: its frame, the band its heading and prompt must stay inside, and
 * the open rest to write or stick post-its on. `side`: the text stands left of
 * the open space (a row of one area), not above it.
 */
export interface AreaRect {
  box: BodyRect;
  text: BodyRect;
  free: BodyRect;
  side: boolean;
}

/** The central question of a canvas or cycle: a strip across the top, its text on the left, lines to write the case on to the right. */
export interface CentreRect {
  box: BodyRect;
  text: BodyRect;
  lines: BodyRect;
}

/**
 * Where a layout puts its parts, computed before react-pdf lays anything out,
 * so that the page can split its header at the seam, the 2 x A4 tiler can cut
 * there and `check` can measure the room for post-its. The templates place
 * their boxes from these numbers: one source.
 */
export interface BodyGeometry {
  /** One per area, in the areas' order. Empty for sliders. */
  areas: AreaRect[];
  centre?: CentreRect;
  /** Spans of x that no text crosses, top to bottom of the body: where the 2 x A4 seam may run. */
  free: Span[];
  /** A 2 x 2 grid's axes: under the columns, and beside the rows (drawn as one bar turned upright). */
  axes?: { horizontal?: BodyRect; vertical?: BodyRect };
}

/** A 76 x 76 mm post-it, and the free square every area keeps for one: the post-it and a little air. */
export const POSTIT = mm(76);
export const POSTIT_ROOM = mm(80);
/** The most areas on one sheet: each keeps room for its post-its and its text stays readable across a table. */
export const MOST_AREAS = 4;

export const GAP = mm(6);
/** The gutter in the middle of the body: the 2 x A4 seam runs in it (seam.ts), so it is wider. */
export const SPINE = mm(10);
/** A cycle's gutters hold its arrows. */
const CYCLE_GAP = mm(10);
/** Under a cycle's row: the lane of the arrow back from the last step to the first. */
export const RETURN_LANE = mm(12);
/**
 * The heading-and-prompt band above an area's free space, one height for a
 * whole row (equal bands): a wide column holds a heading line and two prompt
 * lines, a narrow one two heading lines and three prompt lines, at the largest step.
 */
export const BAND = { wide: mm(33), narrow: mm(50) };
const WIDE = mm(150);
/** A full-width area has its text in a column on the left, clear of the seam. */
export const LABEL = mm(120);
/** The central question's strip: its text on the left, as wide as the left half allows. */
export const STRIP = { height: mm(40), label: mm(175) };
/** A grid's areas have their text in a column this wide, left of their open space. */
const GRID_LABEL = mm(80);
/**
 * An axis of a 2 x 2 grid: a bar with a pole word at each end and an arrow
 * between, and the gap to the boxes. The vertical axis takes a strip on the
 * left; as much is kept free on the right, so the middle gutter stays in the
 * middle, where the 2 x A4 seam runs.
 */
export const AXIS = { bar: mm(10), gap: mm(4) };
/** Columns of three: the third area is a full-width row under the first two. */
const THIRD_ROW = mm(92);
/** Slider rows: the heading and both poles take these shares of the width; the scale is in between. */
export const SLIDER_SHARE = { heading: 0.22, pole: 0.165 };

/** Equal columns with gaps between them: their x spans. */
function columns(n: number, from: number, to: number, gap = GAP): Span[] {
  if (n <= 0) return [];
  const w = (to - from - (n - 1) * gap) / n;
  return Array.from({ length: n }, (_, i) => [from + i * (w + gap), from + i * (w + gap) + w] as Span);
}

/** The gaps between neighbouring spans. */
const between = (spans: Span[]): Span[] => spans.slice(1).map((s, i) => [spans[i]![1], s[0]] as Span);

/** Where two lists of spans overlap. */
function intersect(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  for (const [a1, a2] of a) for (const [b1, b2] of b) if (Math.min(a2, b2) > Math.max(a1, b1)) out.push([Math.max(a1, b1), Math.min(a2, b2)]);
  return out;
}

interface Row {
  areas: AreaRect[];
  /** x spans in this row that no text crosses. */
  free: Span[];
}

/**
 * A row of n areas. One area fills the width with its text on the left. More
 * are split over the two halves (the left one takes the smaller share), so the
 * middle gutter, where the 2 x A4 seam runs, is never crossed by a box's text.
 */
function row(n: number, y: number, height: number, width: number, grow: number, gap = GAP, label?: number): Row {
  if (n === 1) {
    const box = { x: 0, y, width, height };
    return { areas: [{ box, text: { x: 0, y, width: LABEL, height }, free: { x: LABEL, y, width: width - LABEL, height }, side: true }], free: [[LABEL, width]] };
  }
  const half = (width - SPINE) / 2;
  const k = Math.floor(n / 2);
  const spans = [...columns(k, 0, half, gap), ...columns(n - k, width - half, width, gap)];
  const base = Math.min(...spans.map(([a, b]) => b - a)) >= WIDE ? BAND.wide : BAND.narrow;
  // A band grows only as far as its row keeps a post-it's room and a little under it.
  const band = base + Math.min(grow, Math.max(0, height - base - POSTIT_ROOM - mm(4)));
  const areas = spans.map(([x1, x2]) => {
    const w = x2 - x1;
    if (label) return { box: { x: x1, y, width: w, height }, text: { x: x1, y, width: label, height }, free: { x: x1 + label, y, width: w - label, height }, side: true };
    return { box: { x: x1, y, width: w, height }, text: { x: x1, y, width: w, height: band }, free: { x: x1, y: y + band, width: w, height: height - band }, side: false };
  });
  return { areas, free: between(spans) };
}

/** A row moved right by dx. */
function shift(r: Row, dx: number): Row {
  const move = (b: BodyRect): BodyRect => ({ ...b, x: b.x + dx });
  return { areas: r.areas.map((a) => ({ ...a, box: move(a.box), text: move(a.text), free: move(a.free) })), free: r.free.map(([a, b]) => [a + dx, b + dx] as Span) };
}

function centreStrip(width: number): CentreRect {
  const { height, label } = STRIP;
  return { box: { x: 0, y: 0, width, height }, text: { x: 0, y: 0, width: label, height }, lines: { x: label, y: 0, width: width - label, height } };
}

/** `grow` deepens the bands of rows that have room under them to spare: the fit check's first resort before smaller type. */
export function bodyGeometry(plaat: Werkplaat, width: number, height: number, grow = 0): BodyGeometry {
  const n = plaat.areas.length;
  const rows = (list: Row[], centre?: CentreRect): BodyGeometry => ({
    areas: list.flatMap((r) => r.areas),
    centre,
    free: list.reduce<Span[]>((acc, r) => intersect(acc, r.free), centre ? [[centre.text.width, width]] : [[0, width]]),
  });
  switch (plaat.layout) {
    case 'columns':
      if (n === 3) return rows([row(2, 0, height - GAP - THIRD_ROW, width, grow), row(1, height - THIRD_ROW, THIRD_ROW, width, grow)]);
      return rows([row(n, 0, height, width, grow)]);
    case 'grid': {
      const top = Math.ceil(n / 2);
      const side = plaat.axes?.vertical ? AXIS.bar + AXIS.gap : 0;
      const foot = plaat.axes?.horizontal ? AXIS.bar + AXIS.gap : 0;
      const inner = width - 2 * side;
      const h = (height - foot - GAP) / 2;
      // Half the body high, a text band on top would leave about 81 mm, 74 mm on the 2 x A4 version: too
      // little for a post-it there. Text beside the open space leaves 113 x 114 mm (103 x 104 mm on 2 x A4);
      // with both axes 99 x 108 mm.
      const g = rows([shift(row(top, 0, h, inner, grow, GAP, GRID_LABEL), side), shift(row(n - top, h + GAP, h, inner, grow, GAP, GRID_LABEL), side)]);
      if (!side && !foot) return g;
      return {
        ...g,
        axes: {
          ...(foot ? { horizontal: { x: side, y: height - AXIS.bar, width: inner, height: AXIS.bar } } : {}),
          ...(side ? { vertical: { x: 0, y: 0, width: AXIS.bar, height: 2 * h + GAP } } : {}),
        },
      };
    }
    case 'sliders':
      return { areas: [], free: [[width * (SLIDER_SHARE.heading + SLIDER_SHARE.pole), width - width * SLIDER_SHARE.pole]] };
    case 'canvas': {
      const y = STRIP.height + GAP;
      return rows([row(n, y, height - y, width, grow)], centreStrip(width));
    }
    case 'cycle': {
      const y = STRIP.height + GAP;
      return rows([row(n, y, height - y - RETURN_LANE, width, grow, CYCLE_GAP)], centreStrip(width));
    }
  }
}

/** What stands in the way of post-its on a werkplaat: too many areas, or an area whose free space is smaller than a post-it's room. */
export function postitProblems(g: BodyGeometry): { tooMany: boolean; small: { index: number; width: number; height: number }[] } {
  const small = g.areas
    .map((a, index) => ({ index, width: a.free.width - 2 * BORDER, height: a.free.height - 2 * BORDER }))
    .filter((f) => f.width < POSTIT_ROOM || f.height < POSTIT_ROOM);
  return { tooMany: g.areas.length > MOST_AREAS, small };
}

/** The frame of an area, which the free space lies inside. */
export const BORDER = 1.5;
