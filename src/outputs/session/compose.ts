/**
 * A print job's PDF from the package PDFs' bytes: each source page is
 * embedded once, as a Form XObject, and every copy's page draws it. Forty
 * werkbladen then cost forty tiny page objects, not forty copies of the
 * fonts and content: a session for 40 people is about the size of one for 4.
 */
import { createHash } from 'node:crypto';
import { Duplex, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFEmbeddedPage, type PDFPage } from '../../print/pdfLib.js';
import { addOutline, type OutlineItem } from '../../print/outline.js';
import { finishDoc, type Meta } from '../../print/metadata.js';
import { setPrintPrefs } from '../../print/printPrefs.js';
import { graftStructure, markAsArtifact, tagAsFigure } from '../../print/structure.js';
import { basename, dirname } from 'node:path';
import { layoutJob, type PrintJob } from './plan.js';

export interface SheetPdf {
  /** The print sheet's pages, then one blank page ("Deze pagina is bewust leeg"). */
  bytes: Uint8Array;
  sheetPages: number;
}

type Boxes = { media: Box; crop: Box; bleed: Box; trim: Box; art: Box };
type Box = { x: number; y: number; width: number; height: number };

interface Source {
  embedded: PDFEmbeddedPage[];
  boxes: Boxes[];
}

export const pageCount = async (bytes: Uint8Array) => (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();

/**
 * `sources`: the bytes of every package file the job repeats, by its path.
 * `sheet`: the print sheet and blank page; its sheet pages open the job when
 * `withSheet`, and its blank page fills every back that must stay empty.
 */
export async function composeJob(job: PrintJob, sources: ReadonlyMap<string, Uint8Array>, sheet: SheetPdf, withSheet: boolean, meta: Meta): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const embedded = new Map<string, Source>();
  const embed = async (bytes: Uint8Array): Promise<Source> => {
    const src = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = src.getPages();
    // One call per source: pdf-lib then copies its fonts and images once for all its pages.
    return { embedded: await doc.embedPages(pages), boxes: pages.map(boxesOf) };
  };
  for (const path of new Set(job.parts.flatMap((p) => p.copies.map((c) => c.source)))) {
    const bytes = sources.get(path);
    if (!bytes) throw new Error(`session job ${job.file}: no bytes for ${path}`);
    embedded.set(path, await embed(bytes));
  }
  const sheetSource = await embed(sheet.bytes);
  const blankIndex = sheet.sheetPages;
  if (sheetSource.embedded.length !== sheet.sheetPages + 1) throw new Error(`session: the print sheet has ${sheetSource.embedded.length} pages, expected ${sheet.sheetPages} and a blank one`);

  const { pages, starts } = layoutJob(job, (s) => embedded.get(s)!.embedded.length, withSheet ? sheet.sheetPages : 0);
  // Tagged (PDF/UA): the print plan's pages are copied with their structure; every copy of a
  // material is one Figure that says where its text is to read; blank backs are artifacts.
  const sheetDoc = withSheet ? await PDFDocument.load(sheet.bytes, { updateMetadata: false }) : undefined;
  const sheetPairs: { from: PDFPage; to: PDFPage }[] = [];
  const figures: { page: PDFPage; alt: string }[] = [];
  for (const p of pages) {
    if ('blank' in p) markAsArtifact(doc, place(doc, sheetSource, blankIndex));
    else if ('sheet' in p) {
      const [copy] = await doc.copyPages(sheetDoc!, [p.sheet]);
      doc.addPage(copy!);
      sheetPairs.push({ from: sheetDoc!.getPage(p.sheet), to: copy! });
    } else {
      const page = place(doc, embedded.get(p.source)!, p.index);
      figures.push({ page, alt: `Pagina ${p.index + 1} van ${basename(p.source)}, om te printen. De tekst staat om te lezen op de website van de toolkit, op de pagina ${dirname(p.source)}/index.html.` });
    }
  }
  if (sheetDoc) graftStructure(doc, sheetDoc, sheetPairs, { as: 'Part', title: 'Printplan' });
  for (const f of figures) tagAsFigure(doc, f.page, f.alt);

  const outline: OutlineItem[] = withSheet ? [{ title: 'Printplan', page: 0, children: [] }] : [];
  let at = 0;
  for (const part of job.parts) {
    if (!part.copies.length) continue;
    const children = part.copies.map(() => {
      const s = starts[at++]!;
      return { title: s.copy.title, page: s.page, children: [] };
    });
    outline.push({ title: `${part.pkg.number}. ${part.pkg.title}`, page: children[0]!.page, children });
  }
  shareFontFiles(doc);
  addOutline(doc, outline);
  setPrintPrefs(doc, job.duplex ? Duplex.DuplexFlipLongEdge : Duplex.Simplex);

  // The ID comes from what is in the job, so the same sources give the same file.
  const seed = createHash('sha256').update(job.file).update(sheet.bytes);
  for (const path of [...embedded.keys()].sort()) seed.update(path).update(sources.get(path)!);
  for (const s of starts) seed.update(`${s.copy.title}@${s.page}`);
  return finishDoc(doc, meta, seed.digest('hex'));
}

/** A new page the size of the source page, with its boxes, drawing its one embedded copy. */
function place(doc: PDFDocument, source: Source, index: number): PDFPage {
  const b = source.boxes[index]!;
  const page = doc.addPage([b.media.width, b.media.height]);
  page.setMediaBox(b.media.x, b.media.y, b.media.width, b.media.height);
  page.setCropBox(b.crop.x, b.crop.y, b.crop.width, b.crop.height);
  page.setBleedBox(b.bleed.x, b.bleed.y, b.bleed.width, b.bleed.height);
  page.setTrimBox(b.trim.x, b.trim.y, b.trim.width, b.trim.height);
  page.setArtBox(b.art.x, b.art.y, b.art.width, b.art.height);
  page.drawPage(source.embedded[index]!, { x: b.media.x, y: b.media.y });
  return page;
}

/**
 * Sources made by one template share font subsets (two werkplaten on 2 x A4,
 * say), and each source brought its own copy: identical font files (and
 * their ToUnicode maps) are kept once. Only the font dictionaries point at
 * them, and those are indirect objects, so they are all found.
 */
function shareFontFiles(doc: PDFDocument): void {
  const { context } = doc;
  const first = new Map<string, PDFRef>();
  const keys: Record<string, string[]> = { FontDescriptor: ['FontFile', 'FontFile2', 'FontFile3'], Font: ['ToUnicode', 'CIDToGIDMap'] };
  const drop = new Set<PDFRef>();
  for (const [, obj] of context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    const type = obj.get(PDFName.of('Type'));
    for (const key of (type instanceof PDFName && keys[type.decodeText()]) || []) {
      const ref = obj.get(PDFName.of(key));
      const stream = ref instanceof PDFRef ? context.lookup(ref) : undefined;
      if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) continue;
      const id = createHash('sha256').update(stream.dict.toString()).update(stream.contents).digest('hex');
      const kept = first.get(id);
      if (!kept) first.set(id, ref);
      else if (kept !== ref) {
        obj.set(PDFName.of(key), kept);
        drop.add(ref);
      }
    }
  }
  for (const ref of drop) context.delete(ref);
}

const boxesOf = (p: PDFPage): Boxes => ({ media: p.getMediaBox(), crop: p.getCropBox(), bleed: p.getBleedBox(), trim: p.getTrimBox(), art: p.getArtBox() });
