/**
 * pdf-lib, loaded with require. Imported as ES module, Node first scans all
 * 300 of its CommonJS files for their export names: 50 ms at every start.
 */
import { createRequire } from 'node:module';
import type * as PdfLib from 'pdf-lib';

const lib = createRequire(import.meta.url)('pdf-lib') as typeof PdfLib;

export const { PDFArray, PDFDocument, PDFHexString, PDFName, Duplex, PrintScaling, degrees, grayscale, rgb } = lib;
export type PDFArray = PdfLib.PDFArray;
export type PDFDocument = PdfLib.PDFDocument;
export type PDFHexString = PdfLib.PDFHexString;
export type PDFName = PdfLib.PDFName;
export type Duplex = PdfLib.Duplex;
export type PrintScaling = PdfLib.PrintScaling;
export type { PDFEmbeddedPage, PDFPage, PDFRef } from 'pdf-lib';
