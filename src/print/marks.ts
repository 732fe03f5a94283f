/** Crop marks: short lines in the margin that continue each cut line of a card grid. */
import { rgb, type PDFPage } from './pdfLib.js';
import type { Segment } from './geometry.js';
import { MARK_GAP, type Cells } from './impose.js';

/** Thin enough to be cut away cleanly, thick enough for an office printer to show. */
export const MARK_THICKNESS = 0.3;

/**
 * Crop marks beyond the printed area in all four margins, one pair per cut
 * line, starting MARK_GAP outside the bleed so that they never touch colour.
 * `cardCells` chose their length to stay EDGE from the paper's edge.
 */
export function cropMarks(g: Cells): Segment[] {
  const { art, markLength: len } = g;
  const [left, right, bottom, top] = [art.x, art.x + art.width, art.y, art.y + art.height];
  const marks: Segment[] = [];
  for (const x of g.cutXs) {
    marks.push({ x1: x, y1: top + MARK_GAP, x2: x, y2: top + MARK_GAP + len });
    marks.push({ x1: x, y1: bottom - MARK_GAP, x2: x, y2: bottom - MARK_GAP - len });
  }
  for (const y of g.cutYs) {
    marks.push({ x1: left - MARK_GAP, y1: y, x2: left - MARK_GAP - len, y2: y });
    marks.push({ x1: right + MARK_GAP, y1: y, x2: right + MARK_GAP + len, y2: y });
  }
  return marks;
}

export function drawSegments(page: PDFPage, segments: readonly Segment[], thickness = MARK_THICKNESS) {
  for (const m of segments) {
    page.drawLine({ start: { x: m.x1, y: m.y1 }, end: { x: m.x2, y: m.y2 }, thickness, color: rgb(0, 0, 0) });
  }
}
