/**
 * PDF bookmarks (the document outline), which pdf-lib cannot write: the
 * dictionaries of ISO 32000-1 §12.3.3, built by hand and linked both ways.
 */
import { PDFHexString, PDFName, type PDFDocument, type PDFRef } from './pdfLib.js';

export interface OutlineItem {
  title: string;
  /** Index of the page the bookmark opens. */
  page: number;
  children: OutlineItem[];
}

/**
 * Adds the bookmarks and asks viewers to open with the bookmark panel shown.
 *
 * Every item is open (a positive /Count): a bundle is one theme of a few
 * packages with a few materials each, short enough to show whole, and what a
 * reader wants first is to see what the file holds. Bookmarks open their page
 * with /Fit, as A4 portrait and A3 landscape pages sit side by side and a
 * fixed zoom would suit only one of them.
 */
export function addOutline(doc: PDFDocument, items: OutlineItem[]): void {
  if (!items.length) return;
  const { context } = doc;
  const pages = doc.getPages();
  const pageRef = (i: number): PDFRef => {
    const page = pages[i];
    if (!page) throw new Error(`outline: page ${i} does not exist (the document has ${pages.length})`);
    return page.ref;
  };

  // References first, so an item can name its neighbours before they are written.
  const level = (list: OutlineItem[], parent: PDFRef): { first: PDFRef; last: PDFRef; visible: number } => {
    const refs = list.map(() => context.nextRef());
    let visible = list.length;
    list.forEach((item, i) => {
      const dict = context.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: [pageRef(item.page), 'Fit'],
      });
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < list.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      if (item.children.length) {
        const sub = level(item.children, refs[i]!);
        dict.set(PDFName.of('First'), sub.first);
        dict.set(PDFName.of('Last'), sub.last);
        dict.set(PDFName.of('Count'), context.obj(sub.visible));
        visible += sub.visible;
      }
      context.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, visible };
  };

  const root = context.nextRef();
  const top = level(items, root);
  context.assign(root, context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: top.visible }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
