/**
 * A werkplaat for an online whiteboard (Teams Whiteboard, Miro, Mural): its A3
 * page as one PNG of 3508 x 2480 pixels, drawn by pdf.js as the site's
 * previews are (site/previews.ts). That is 300 dpi for A4, about 212 dpi for
 * A3: sharp at any zoom a whiteboard offers, and under the upload limits.
 */
import { opaquePng } from '../../site/encodePng.js';
import { libraries, whiteCanvas } from '../../site/previews.js';

export const WHITEBOARD = { width: 3508, height: 2480 } as const;

/** `NN-slug/NN-slug-werkplaat-K-whiteboard.png`, beside the werkplaat's A3 file. */
export const whiteboardPath = (a3Path: string) => a3Path.replace(/-A3\.pdf$/, '-whiteboard.png');

export async function whiteboardPng(a3: Uint8Array): Promise<Uint8Array> {
  const { pdfjs, createCanvas } = await libraries();
  // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
  const doc = await pdfjs.getDocument({ data: a3.slice(), disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const page = await doc.getPage(1);
    const [x0, , x1] = page.view as [number, number, number, number];
    // One scale for both sides (A3 is 1:1.414, the PNG 1:1.4145): the last part of a pixel row is cut.
    const viewport = page.getViewport({ scale: WHITEBOARD.width / (x1 - x0) });
    const canvas = whiteCanvas(createCanvas, WHITEBOARD.width, WHITEBOARD.height);
    await page.render({ canvasContext: canvas.getContext('2d') as never, canvas: canvas as never, viewport, background: '#ffffff' }).promise;
    page.cleanup();
    return opaquePng(canvas.data(), WHITEBOARD.width, WHITEBOARD.height);
  } finally {
    await doc.destroy();
  }
}

/**
 * The same werkplaat as an SVG, for a whiteboard that takes one (Miro and
 * Mural do; it stays sharp at every zoom): pdf.js draws the A3 page onto
 * Skia's SVG canvas, one unit a point, the text as the letters' outlines (the
 * SVG needs no font). The writing areas stay empty, as on the paper.
 */
export async function whiteboardSvg(a3: Uint8Array): Promise<Uint8Array> {
  const { pdfjs } = await libraries();
  const { createCanvas, SvgExportFlag } = await import('@napi-rs/canvas');
  const doc = await pdfjs.getDocument({ data: a3.slice(), disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const page = await doc.getPage(1);
    const viewport = page.getViewport({ scale: 1 });
    const [w, h] = [Math.round(viewport.width), Math.round(viewport.height)];
    const canvas = createCanvas(w, h, SvgExportFlag.NoPrettyXML);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, w, h);
    await page.render({ canvasContext: context as never, canvas: canvas as never, viewport, background: '#ffffff' }).promise;
    page.cleanup();
    // A viewBox, so that a whiteboard can scale it to any size.
    const svg = canvas.getContent().toString('utf8').replace(/<svg /, `<svg viewBox="0 0 ${w} ${h}" `);
    return new TextEncoder().encode(ownIds(svg));
  } finally {
    await doc.destroy();
  }
}

/**
 * Skia names its clip paths from one counter for the whole process (cl_3, cl_88, in hex): the
 * same werkplaat drawn after another would get other names, and other bytes. Named again in the
 * order they appear, the file depends only on the page.
 */
export function ownIds(svg: string): string {
  const names = new Map<string, string>();
  return svg.replace(/\bcl_[0-9a-f]+\b/g, (id) => {
    let name = names.get(id);
    if (!name) names.set(id, (name = `cl_${names.size + 1}`));
    return name;
  });
}
