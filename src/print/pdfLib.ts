/**
 * pdf-lib, loaded with require. Imported as ES module, Node first scans all
 * 300 of its CommonJS files for their export names: 50 ms at every start.
 */
import { createRequire } from 'node:module';
import type * as PdfLib from 'pdf-lib';

const lib = createRequire(import.meta.url)('pdf-lib') as typeof PdfLib;

// To keep a browser responsive, pdf-lib pauses with setTimeout(0), at least
// 1 ms, every 100 objects it parses and every 50 it writes: a tenth of a full
// build was spent waiting. A build has nothing to give the time to, and
// pdf-lib's own options say so; every load and save goes through these two.
type LoadOptions = Parameters<typeof lib.PDFDocument.load>[1];
type SaveOptions = Parameters<PdfLib.PDFDocument['save']>[0];

export const loadPdf = (bytes: Uint8Array, options: LoadOptions = {}): Promise<PdfLib.PDFDocument> =>
  lib.PDFDocument.load(bytes, { parseSpeed: lib.ParseSpeeds.Fastest, ...options });

export const savePdf = (doc: PdfLib.PDFDocument, options: SaveOptions = {}): Promise<Uint8Array> => doc.save({ objectsPerTick: Infinity, ...options });

export const { PDFArray, PDFDict, PDFDocument, PDFPage, PDFHexString, PDFName, PDFNull, PDFNumber, PDFObjectCopier, PDFRawStream, PDFRef, PDFString, Duplex, PrintScaling, decodePDFRawStream, degrees, grayscale, rgb, cmyk, clip, endPath, popGraphicsState, pushGraphicsState, rectangle } = lib;
/** A PDF as bytes, or already parsed: a step that has the document saves parsing it again. */
export type PdfSource = Uint8Array | PdfLib.PDFDocument;
export const parsed = async (src: PdfSource): Promise<PdfLib.PDFDocument> => (src instanceof Uint8Array ? loadPdf(src) : src);

export type PDFArray = PdfLib.PDFArray;
export type PDFDict = PdfLib.PDFDict;
export type PDFRawStream = PdfLib.PDFRawStream;
export type PDFNumber = PdfLib.PDFNumber;
export type PDFString = PdfLib.PDFString;
export type PDFDocument = PdfLib.PDFDocument;
export type PDFHexString = PdfLib.PDFHexString;
export type PDFName = PdfLib.PDFName;
export type Duplex = PdfLib.Duplex;
export type PrintScaling = PdfLib.PrintScaling;
export type PDFPage = PdfLib.PDFPage;
export type PDFRef = PdfLib.PDFRef;
export type PDFObject = PdfLib.PDFObject;
export type { PDFEmbeddedPage } from 'pdf-lib';
