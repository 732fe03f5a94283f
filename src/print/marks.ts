/** Crop marks: short lines in the margin that continue each cut line of a card grid. */
import { rgb, type PDFPage } from './pdfLib.js';
import { A4, mm } from '../../templates/units.js';
import type { Segment } from './geometry.js';
import type { Cells } from './impose.js';

/** Thin enough to be cut away cleanly, thick enough for an office printer to show. */
export const MARK_THICKNESS = 0.3;

export interface MarkStyle {
  /** Space between the grid and the mark, so a slightly crooked cut never shows ink. */
  gap: number;
  length: number;
  /** Closest a mark may come to the paper's edge: office printers lose the outer 4-5 mm. */
  edge: number;
}

export const MARK_STYLE: MarkStyle = { gap: mm(2), length: mm(5), edge: mm(5) };

/** Marks beyond the grid in all four margins, one pair per cut line. Never over a card. */
export function cropMarks(g: Cells, sheet = A4, s = MARK_STYLE): Segment[] {
  const left = g.x0;
  const right = g.x0 + g.cols * g.cellW;
  const bottom = g.y0;
  const top = g.y0 + g.rows * g.cellH;
  // Where a margin is narrow the mark is shortened rather than pushed towards the edge.
  const out = (from: number, dir: 1 | -1, limit: number): [number, number] | undefined => {
    const start = from + dir * s.gap;
    const end = dir > 0 ? Math.min(start + s.length, limit) : Math.max(start - s.length, limit);
    return (end - start) * dir >= mm(1) ? [start, end] : undefined;
  };
  const marks: Segment[] = [];
  for (const x of g.cutXs) {
    for (const [a, b] of [out(top, 1, sheet.height - s.edge), out(bottom, -1, s.edge)].filter(isDefined)) {
      marks.push({ x1: x, y1: a, x2: x, y2: b });
    }
  }
  for (const y of g.cutYs) {
    for (const [a, b] of [out(left, -1, s.edge), out(right, 1, sheet.width - s.edge)].filter(isDefined)) {
      marks.push({ x1: a, y1: y, x2: b, y2: y });
    }
  }
  return marks;
}

export function drawSegments(page: PDFPage, segments: readonly Segment[], thickness = MARK_THICKNESS) {
  for (const m of segments) {
    page.drawLine({ start: { x: m.x1, y: m.y1 }, end: { x: m.x2, y: m.y2 }, thickness, color: rgb(0, 0, 0) });
  }
}

const isDefined = <T>(v: T | undefined): v is T => v !== undefined;
