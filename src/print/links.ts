/**
 * Links within a merged document. react-pdf writes a `<Link src="#name">` as
 * a GoTo action to a named destination, which the merged file does not have:
 * its pages come from other PDFs. Here each such link gets the page it names
 * as an explicit destination (ISO 32000-1 §12.3.2), which every viewer follows.
 */
import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from './pdfLib.js';

/**
 * Points every GoTo link on the pages `on` (indices from 0) at the page
 * `target` gives for its name, opened whole (/Fit, as the bookmarks do).
 * `label` is what a screen reader says for the link. A name without a page
 * is a mistake in the caller and throws.
 */
export function resolveLinks(doc: PDFDocument, on: readonly number[], target: (name: string) => number | undefined, label?: (page: number) => string): number {
  const pages = doc.getPages();
  const [A, D, S, Dest, Subtype, Contents] = ['A', 'D', 'S', 'Dest', 'Subtype', 'Contents'].map((n) => PDFName.of(n)) as [PDFName, PDFName, PDFName, PDFName, PDFName, PDFName];
  let done = 0;
  for (const i of on) {
    const annots = pages[i]?.node.Annots();
    for (let j = 0; j < (annots?.size() ?? 0); j++) {
      const annot = annots!.lookup(j, PDFDict);
      if (annot.get(Subtype) !== PDFName.of('Link')) continue;
      const action = annot.lookupMaybe(A, PDFDict);
      if (!action || action.get(S) !== PDFName.of('GoTo')) continue;
      const d = action.lookup(D);
      const name = d instanceof PDFString || d instanceof PDFHexString ? d.decodeText() : String(d);
      const page = target(name);
      if (page === undefined || !pages[page]) throw new Error(`link "${name}" on page ${i + 1} names no page of the document`);
      annot.delete(A);
      annot.set(Dest, doc.context.obj([pages[page]!.ref, 'Fit']));
      if (label) annot.set(Contents, PDFHexString.fromText(label(page)));
      done++;
    }
  }
  return done;
}
