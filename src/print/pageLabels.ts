/**
 * Page labels (ISO 32000-1 §12.4.2): what a viewer shows as the page number,
 * so "8.3" in its page box finds the third page of package 8 in a bundle.
 */
import { PDFHexString, PDFName, type PDFDocument } from './pdfLib.js';

/** One page's label: `prefix` then `number` in decimal. */
export interface PageLabel {
  prefix?: string;
  number: number;
}

/** From page `start` on, the pages are `prefix` + `first`, `prefix` + `first + 1`, … */
export interface LabelRange {
  start: number;
  prefix?: string;
  first: number;
}

export const labelText = (l: PageLabel) => `${l.prefix ?? ''}${l.number}`;

/** The fewest ranges that give every page its label: a new one wherever the prefix changes or the count does not run on. */
export function labelRanges(labels: readonly PageLabel[]): LabelRange[] {
  const ranges: LabelRange[] = [];
  let prev: PageLabel | undefined;
  labels.forEach((label, start) => {
    const prefix = label.prefix || undefined;
    if (!prev || (prev.prefix || undefined) !== prefix || label.number !== prev.number + 1) {
      ranges.push(prefix === undefined ? { start, first: label.number } : { start, prefix, first: label.number });
    }
    prev = label;
  });
  return ranges;
}

/** Writes the ranges as the catalog's /PageLabels number tree, in one flat /Nums array. */
export function setPageLabels(doc: PDFDocument, ranges: readonly LabelRange[]): void {
  if (!ranges.length) return;
  // A viewer needs a range from the first page on; without it, pages before the first range have no label.
  if (ranges[0]!.start !== 0) throw new Error(`page labels: the first range starts at page ${ranges[0]!.start}, not 0`);
  const { context } = doc;
  const nums = ranges.flatMap((r) => {
    const dict = context.obj({ S: 'D' });
    // A text string: prefixes may hold accents, which a literal string would garble.
    if (r.prefix !== undefined) dict.set(PDFName.of('P'), PDFHexString.fromText(r.prefix));
    if (r.first !== 1) dict.set(PDFName.of('St'), context.obj(r.first));
    return [context.obj(r.start), dict];
  });
  doc.catalog.set(PDFName.of('PageLabels'), context.register(context.obj({ Nums: nums })));
}
