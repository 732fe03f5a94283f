import { createHash } from 'node:crypto';
import { opaquePng } from './encodePng.js';
import { withBuiltinsKept } from './keepBuiltins.js';

/**
 * PNG previews of PDF pages, made in Node with pdf.js drawing on a Skia
 * canvas: no system tool, the same bytes every time (pdf.js draws the
 * embedded fonts as paths, and the PNG encoder writes no date).
 */

export interface PreviewRequest {
  /** 1-based page number. */
  page: number;
  /** Width of the 1x image in CSS pixels; a 2x image is made too. */
  width: number;
  /** Points cut off each side: a card's bleed, so the preview shows the card as cut. */
  inset?: number;
}

export interface PreviewImage {
  page: number;
  scale: 1 | 2;
  width: number;
  height: number;
  png: Uint8Array;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<{ pdfjs: PdfJs; createCanvas: typeof import('@napi-rs/canvas').createCanvas }> | undefined;

/**
 * Loaded on first use: a site build where every preview is up to date never pays for pdf.js. Its
 * worker half too, which pdf.js would otherwise import at the first document: given as the
 * main-thread worker it looks for (globalThis.pdfjsWorker), so that both halves load here, where
 * the built-ins they replace are put back.
 */
export function libraries() {
  loaded ??= withBuiltinsKept(async () => {
    const [pdfjs, worker, canvas] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs'), import('@napi-rs/canvas')]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return { pdfjs, createCanvas: canvas.createCanvas };
  });
  return loaded;
}

export async function renderPreviews(pdf: Uint8Array, requests: PreviewRequest[]): Promise<PreviewImage[]> {
  const { pdfjs, createCanvas } = await libraries();
  // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
  const doc = await pdfjs.getDocument({ data: pdf.slice(), disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const images: PreviewImage[] = [];
    for (const req of requests) {
      const page = await doc.getPage(req.page);
      const cut = req.inset ?? 0;
      const [x0, y0, x1, y1] = [page.view[0]! + cut, page.view[1]! + cut, page.view[2]! - cut, page.view[3]! - cut];
      // Drawn once, at 2x; the 1x image is that drawing scaled down. A second drawing by pdf.js
      // cost almost as much as the first: it walks every glyph's outline, whatever the size.
      const s = (req.width * 2) / (x1 - x0);
      const [width, height] = [Math.round((x1 - x0) * s), Math.round((y1 - y0) * s)];
      // Shift so that the trim box's top left corner lands at the canvas origin.
      const viewport = page.getViewport({ scale: s, offsetX: -cut * s, offsetY: -cut * s });
      const large = whiteCanvas(createCanvas, width, height);
      await page.render({ canvasContext: large.getContext('2d') as never, canvas: large as never, viewport, background: '#ffffff' }).promise;
      const [w1, h1] = [Math.round((x1 - x0) * (s / 2)), Math.round((y1 - y0) * (s / 2))];
      const small = whiteCanvas(createCanvas, w1, h1);
      const context = small.getContext('2d');
      context.imageSmoothingQuality = 'high';
      context.drawImage(large, 0, 0, w1, h1);
      images.push(
        { page: req.page, scale: 1, width: w1, height: h1, png: opaquePng(small.data(), w1, h1) },
        { page: req.page, scale: 2, width: Math.round(width / 2), height: Math.round(height / 2), png: opaquePng(large.data(), width, height) },
      );
      page.cleanup();
    }
    return images;
  } finally {
    await doc.destroy();
  }
}

/** A canvas painted white: every pixel opaque, as opaquePng needs, whatever is drawn on it. */
export function whiteCanvas(createCanvas: typeof import('@napi-rs/canvas').createCanvas, width: number, height: number) {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  return canvas;
}

// By the hash of the bytes: a warm preview parses only the PDFs that changed.
export interface PdfFacts {
  pages: number;
  width: number;
  height: number;
  /** Marked as tagged (/MarkInfo /Marked true): it has a structure tree for assistive technology. */
  tagged: boolean;
}

const factsMemo = new Map<string, PdfFacts>();

/** The number of pages and the size of the first, in points: for a download's description. */
export async function pdfFacts(pdf: Uint8Array): Promise<PdfFacts> {
  const key = createHash('sha256').update(pdf).digest('hex');
  const kept = factsMemo.get(key);
  if (kept) return kept;
  const facts = await readFacts(pdf);
  factsMemo.set(key, facts);
  return facts;
}

async function readFacts(pdf: Uint8Array): Promise<PdfFacts> {
  const { pdfjs } = await libraries();
  const doc = await pdfjs.getDocument({ data: pdf.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const first = await doc.getPage(1);
    const [x0, y0, x1, y1] = first.view;
    const mark = (await doc.getMarkInfo()) as { Marked?: boolean } | null;
    return { pages: doc.numPages, width: x1! - x0!, height: y1! - y0!, tagged: mark?.Marked === true };
  } finally {
    await doc.destroy();
  }
}
