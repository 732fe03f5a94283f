import type { PDFDocument, PDFPage } from 'pdf-lib';

export interface CardSize {
  trimW: number;
  trimH: number;
  bleed: number;
}

// react-pdf rounds page sizes a little; anything beyond this is a wrong template.
const TOLERANCE = 0.5;

/**
 * The rendered card faces (front, back, front, back, ...), checked: a page of the
 * wrong size or a front without a back would put cards behind the wrong fronts.
 */
export function cardFaces(src: PDFDocument, o: CardSize): PDFPage[] {
  const pages = src.getPages();
  if (pages.length === 0 || pages.length % 2 !== 0) {
    throw new Error(`card faces: expected front and back pages in pairs, got ${pages.length} pages`);
  }
  const w = o.trimW + 2 * o.bleed;
  const h = o.trimH + 2 * o.bleed;
  pages.forEach((p, i) => {
    const m = p.getMediaBox();
    if (Math.abs(m.width - w) > TOLERANCE || Math.abs(m.height - h) > TOLERANCE) {
      throw new Error(`card faces: page ${i + 1} is ${m.width} x ${m.height} pt, expected ${w} x ${h} pt`);
    }
  });
  return pages;
}

/** The trim area of a face, in its own coordinates. */
export function trimBox(page: PDFPage, o: CardSize) {
  const m = page.getMediaBox();
  return { x: m.x + o.bleed, y: m.y + o.bleed, width: o.trimW, height: o.trimH };
}
