/**
 * A subset font is named "ABCDEF+Family": the six letters tell subsets of one
 * family apart. pdfkit derives them from the font's resource name, so every
 * file said "BZZZZZ+SourceSans3-Bold" for a different set of glyphs, and a
 * print shop that gangs files onto one sheet, or a bundle of twenty card
 * files, then had one name for many subsets: a RIP may keep the first and
 * print the others with missing glyphs. The letters here come from the
 * subset's own bytes: another subset gets another name, the same subset the
 * same name, and a rebuild the same bytes.
 */
import { createHash } from 'node:crypto';
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, type PDFDocument } from './pdfLib.js';

const TAGGED = /^[A-Z]{6}\+/;

export function nameSubsetsByContent(doc: PDFDocument): void {
  const { context } = doc;
  const fontDicts: PDFDict[] = [];
  const descriptors: PDFDict[] = [];
  for (const [, obj] of context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    const type = obj.get(PDFName.of('Type'));
    if (type === PDFName.of('FontDescriptor')) descriptors.push(obj);
    else if (type === PDFName.of('Font')) fontDicts.push(obj);
  }
  for (const d of descriptors) {
    const name = d.get(PDFName.of('FontName'));
    const file = ['FontFile2', 'FontFile3', 'FontFile'].map((k) => d.lookup(PDFName.of(k))).find((f) => f instanceof PDFRawStream) as PDFRawStream | undefined;
    if (!(name instanceof PDFName) || !file) continue;
    const old = name.decodeText();
    if (!TAGGED.test(old)) continue;
    const digest = createHash('sha256').update(decodePDFRawStream(file).decode()).digest();
    const tag = Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
    const fresh = `${tag}+${old.slice(7)}`;
    d.set(PDFName.of('FontName'), PDFName.of(fresh));
    // The font dictionaries that use this descriptor say the same name: a Type0 font and its CIDFont.
    for (const f of fontDicts) {
      const kid = f.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0);
      const uses = f.lookup(PDFName.of('FontDescriptor')) === d || (kid instanceof PDFDict && kid.lookup(PDFName.of('FontDescriptor')) === d);
      if (uses) f.set(PDFName.of('BaseFont'), PDFName.of(fresh));
    }
  }
}
