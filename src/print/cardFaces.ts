import type { PDFDocument, PDFPage } from './pdfLib.js';

export interface CardSize {
  trimW: number;
  trimH: number;
  bleed: number;
  /**
   * Where each card's faces are among the rendered pages. Cards of one kind
   * share a back, so it is rendered once; without this the pages are taken as
   * front, back, front, back.
   */
  faces?: CardPages[];
}

export interface CardPages {
  front: number;
  /** The back on office sheets. */
  back: number;
  /** The back in the print shop's file, where it differs (full colour there, light for the office). */
  shopBack?: number;
}

// react-pdf rounds page sizes a little; anything beyond this is a wrong template.
const TOLERANCE = 0.5;

/**
 * The rendered card faces (front, back, front, back, ...), checked: a page of the
 * wrong size or a front without a back would put cards behind the wrong fronts.
 */
export function cardFaces(src: PDFDocument, o: CardSize): { pages: PDFPage[]; cards: CardPages[] } {
  const pages = src.getPages();
  if (!o.faces && (pages.length === 0 || pages.length % 2 !== 0)) {
    throw new Error(`card faces: expected front and back pages in pairs, got ${pages.length} pages`);
  }
  const cards = o.faces ?? Array.from({ length: pages.length / 2 }, (_, i) => ({ front: 2 * i, back: 2 * i + 1 }));
  for (const c of cards)
    if (!pages[c.front] || !pages[c.back]) throw new Error(`card faces: page ${c.front + 1} or ${c.back + 1} does not exist`);
  const w = o.trimW + 2 * o.bleed;
  const h = o.trimH + 2 * o.bleed;
  pages.forEach((p, i) => {
    const m = p.getMediaBox();
    if (Math.abs(m.width - w) > TOLERANCE || Math.abs(m.height - h) > TOLERANCE) {
      throw new Error(`card faces: page ${i + 1} is ${m.width} x ${m.height} pt, expected ${w} x ${h} pt`);
    }
  });
  return { pages, cards };
}

/** The trim area of a face, in its own coordinates. */
export function trimBox(page: PDFPage, o: CardSize) {
  const m = page.getMediaBox();
  return { x: m.x + o.bleed, y: m.y + o.bleed, width: o.trimW, height: o.trimH };
}
