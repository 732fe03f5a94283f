import { inflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';

/** Every content stream of a PDF (pages and form XObjects alike), inflated. */
export async function contentStreams(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const out: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    const filter = obj.dict.get(PDFName.of('Filter'));
    if (obj.dict.get(PDFName.of('Length1')) || obj.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')) continue; // fonts, images
    let data: Uint8Array = obj.contents;
    if (filter === PDFName.of('FlateDecode')) data = inflateSync(data);
    else if (filter) continue;
    out.push(Buffer.from(data).toString('latin1'));
  }
  return out;
}

/** Every `Tf` size in the streams. */
export const fontSizes = (streams: string[]) => streams.flatMap((s) => [...s.matchAll(/\/[^\s/]+\s+(-?[\d.]+)\s+Tf\b/g)].map((m) => Number(m[1])));

export interface SetText {
  font: string;
  size: number;
  /** The fill colour's operands when the text was set: [1, 1, 1] is white in RGB, [0, 0, 0, 0] in CMYK. */
  fill: number[];
}

/** Each font selection on each page with the fill colour in force, fonts by their BaseFont name. */
export async function textSettings(bytes: Uint8Array): Promise<SetText[]> {
  const doc = await PDFDocument.load(bytes);
  const out: SetText[] = [];
  for (const page of doc.getPages()) {
    const fonts = new Map<string, string>();
    const dict = page.node.Resources()?.lookup(PDFName.of('Font'));
    if (dict instanceof PDFDict)
      for (const [name, ref] of dict.entries()) {
        const font = doc.context.lookup(ref as PDFRef) as PDFDict;
        fonts.set(name.asString(), String(font.get(PDFName.of('BaseFont'))));
      }
    const streams = page.node.Contents();
    const refs = streams ? ('asArray' in streams ? (streams as unknown as { asArray(): PDFRef[] }).asArray() : [streams]) : [];
    for (const ref of refs) {
      const stream = (ref instanceof PDFRef ? doc.context.lookup(ref) : ref) as PDFRawStream;
      const text = Buffer.from(stream.dict.get(PDFName.of('Filter')) ? inflateSync(stream.contents) : stream.contents).toString('latin1');
      let fill: number[] = [0];
      for (const m of text.matchAll(/((?:-?[\d.]+\s+)+)(scn|sc|rg|k|g)\b|(\/[^\s/]+)\s+([\d.]+)\s+Tf\b/g)) {
        if (m[2]) fill = m[1]!.trim().split(/\s+/).map(Number);
        else out.push({ font: fonts.get(m[3]!) ?? m[3]!, size: Number(m[4]), fill });
      }
    }
  }
  return out;
}

export const isWhite = (fill: number[]) => (fill.length === 4 ? fill.every((v) => v === 0) : fill.every((v) => v === 1));
