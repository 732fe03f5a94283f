/** The cards as a print shop wants them: one face per page, with bleed, boxes set. */
import { PDFDocument, parsed, type PdfSource } from './pdfLib.js';
import { cardFaces, trimBox, type CardSize } from './cardFaces.js';

/**
 * The same pages, unchanged, with TrimBox (where the shop cuts) and BleedBox
 * (how far the artwork runs past it: the whole page) set on each.
 */
export async function printShopCards(src: PdfSource, o: CardSize): Promise<PDFDocument> {
  const source = await parsed(src);
  const { cards } = cardFaces(source, o);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const pages = await doc.copyPages(source, cards.flatMap((c) => [c.front, c.shopBack ?? c.back]));
  for (const page of pages) {
    const m = page.getMediaBox();
    const t = trimBox(page, o);
    page.setTrimBox(t.x, t.y, t.width, t.height);
    page.setBleedBox(m.x, m.y, m.width, m.height);
    doc.addPage(page);
  }
  return doc;
}
