import { createHash } from 'node:crypto';
import { loadPdf, PDFArray, PDFDocument, PDFHexString, savePdf } from './pdfLib.js';
import { nameSubsetsByContent } from './subsetNames.js';

export interface Meta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  /** Fixed, so that the same sources give the same bytes. */
  date: Date;
}

/** Sets the document's metadata and a document ID derived from its content. */
export function applyMeta(doc: PDFDocument, meta: Meta, seed: string) {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(meta.creator);
  doc.setProducer(`${meta.creator} (pdf-lib)`);
  doc.setLanguage('nl-NL');
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  const id = PDFHexString.of(createHash('sha256').update(seed).digest('hex').slice(0, 32));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]) as PDFArray;
}

/** Loads react-pdf's bytes, sets metadata, saves. */
export async function finish(bytes: Uint8Array, meta: Meta): Promise<Uint8Array> {
  return finishDoc(await loadPdf(bytes, { updateMetadata: false }), meta, hashBytes(bytes));
}

/** Sets metadata on a document made by a print step and saves it; `seed` makes its ID. */
export function finishDoc(doc: PDFDocument, meta: Meta, seed: string): Promise<Uint8Array> {
  nameSubsetsByContent(doc);
  applyMeta(doc, meta, seed + meta.title);
  return savePdf(doc);
}

export const hashBytes = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

