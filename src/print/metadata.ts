import { createHash } from 'node:crypto';
import { rememberDeflate } from '../patches/deflateMemo.js';
import { loadPdf, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, savePdf } from './pdfLib.js';
import { nameSubsetsByContent } from './subsetNames.js';
import { finishStructure } from './structure.js';

// Before pdf-lib first saves: it compresses as it saves.
rememberDeflate();

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
  const hex = createHash('sha256').update(seed).digest('hex').slice(0, 32);
  const id = PDFHexString.of(hex);
  doc.context.trailerInfo.ID = doc.context.obj([id, id]) as PDFArray;
  const pdfx = hasPdfxIntent(doc);
  const pdfua = isTagged(doc);
  if (pdfx) declarePdfX4(doc);
  if (pdfx || pdfua) writeXmp(doc, meta, hex, { pdfx, pdfua });
}

/** A PDF/X output intent (cmyk.ts sets one on the print shop's file). */
function hasPdfxIntent(doc: PDFDocument): boolean {
  const intents = doc.catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray);
  return !!intents?.asArray().some((i) => (doc.context.lookup(i) as PDFDict | undefined)?.get(PDFName.of('S'))?.toString() === '/GTS_PDFX');
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Declares the print shop's file PDF/X-4, as a preflight reads it: the version
 * and /Trapped in the document info, and the same in XMP metadata with the
 * title, dates and IDs the info has. The trimming and bleed boxes and the
 * output intent are set by the print steps; the CMYK values are FOGRA39's by
 * its registered name (cmyk.ts says why no profile is embedded).
 */
function declarePdfX4(doc: PDFDocument) {
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('GTS_PDFXVersion'), PDFString.of('PDF/X-4'));
  // No trapping was done: the cards have no colours that meet.
  info.set(PDFName.of('Trapped'), PDFName.of('False'));
}

/** A tagged document (a structure tree, made by src/render/tagging.ts or merged by a bundle) claims PDF/UA-1. */
export function isTagged(doc: PDFDocument): boolean {
  const mark = doc.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  return !!doc.catalog.get(PDFName.of('StructTreeRoot')) && mark?.get(PDFName.of('Marked'))?.toString() === 'true';
}

/**
 * The XMP metadata: title, author, subject, language, dates and IDs as the
 * info has them, with the PDF/X-4 declaration (the print shop's file) and the
 * PDF/UA-1 one (a tagged file: ISO 14289-1 asks for pdfuaid:part and dc:title).
 */
function writeXmp(doc: PDFDocument, meta: Meta, hex: string, claims: { pdfx: boolean; pdfua: boolean }) {
  const date = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const uuid = `uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  const packet = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"${claims.pdfx ? '\n    xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"' : ''}${claims.pdfua ? '\n    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"' : ''}>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <xmp:CreatorTool>${xml(meta.creator)}</xmp:CreatorTool>
   <pdf:Producer>${xml(`${meta.creator} (pdf-lib)`)}</pdf:Producer>
   <pdf:Keywords>${xml(meta.keywords.join(' '))}</pdf:Keywords>${claims.pdfx ? '\n   <pdf:Trapped>False</pdf:Trapped>' : ''}
   <xmpMM:DocumentID>${uuid}</xmpMM:DocumentID>
   <xmpMM:InstanceID>${uuid}</xmpMM:InstanceID>
   <xmpMM:VersionID>1</xmpMM:VersionID>
   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>${claims.pdfx ? '\n   <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>' : ''}${claims.pdfua ? '\n   <pdfuaid:part>1</pdfuaid:part>' : ''}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  // Uncompressed, as XMP must be, so that tools that do not parse the PDF find it.
  const stream = doc.context.stream(new TextEncoder().encode(packet), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

/** Loads react-pdf's bytes, sets metadata, saves. */
export async function finish(bytes: Uint8Array, meta: Meta): Promise<Uint8Array> {
  return finishDoc(await loadPdf(bytes, { updateMetadata: false }), meta, hashBytes(bytes));
}

/** Sets metadata on a document made by a print step and saves it; `seed` makes its ID. */
export function finishDoc(doc: PDFDocument, meta: Meta, seed: string): Promise<Uint8Array> {
  finishStructure(doc);
  nameSubsetsByContent(doc);
  applyMeta(doc, meta, seed + meta.title);
  return savePdf(doc);
}

export const hashBytes = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

