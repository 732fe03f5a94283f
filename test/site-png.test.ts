import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { opaquePng } from '../src/outputs/site/encodePng.js';
import { whiteboardPng, WHITEBOARD } from '../src/outputs/kinds/whiteboard/png.js';
import { built } from './helpers.js';

/**
 * Our PNG encoder (src/outputs/site/encodePng.ts) against Skia's: decoded by
 * Skia's decoder (libpng, which checks every chunk's CRC), the same pixels
 * as the canvas holds, for a drawing with smoothed edges, half-transparent
 * paint and text, and for a real werkplaat drawn by pdf.js.
 */
async function decoded(png: Uint8Array, width: number, height: number): Promise<Buffer> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const image = await loadImage(Buffer.from(png));
  expect([image.width, image.height]).toEqual([width, height]);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return Buffer.from(context.getImageData(0, 0, width, height).data.buffer);
}

describe('the PNG encoder of previews and whiteboard images', () => {
  it('writes the pixels of the canvas, as Skia\'s own encoder does', async () => {
    const { createCanvas } = await import('@napi-rs/canvas');
    // An odd width: rows that are not a multiple of 8 bytes long.
    const [w, h] = [301, 157];
    const canvas = createCanvas(w, h);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, w, h);
    const gradient = context.createLinearGradient(0, 0, w, h);
    gradient.addColorStop(0, '#00538a');
    gradient.addColorStop(1, '#f6c200');
    context.fillStyle = gradient;
    context.beginPath();
    context.arc(90, 80, 60, 0, 2 * Math.PI);
    context.fill();
    context.fillStyle = 'rgba(200, 30, 60, 0.5)';
    context.fillRect(120, 20, 150, 100);
    context.fillStyle = '#222222';
    context.font = '24px sans-serif';
    context.fillText('Hoort het?', 130, 140);
    const pixels = Buffer.from(context.getImageData(0, 0, w, h).data.buffer);
    const ours = opaquePng(canvas.data(), w, h);
    expect(await decoded(ours, w, h)).toEqual(pixels);
    expect(await decoded(new Uint8Array(canvas.encodeSync('png')), w, h)).toEqual(pixels);
    // Drawn again with other content: the rows kept from the last image leave nothing behind.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, w, h);
    const small = opaquePng(canvas.data(), w, h);
    expect((await decoded(small, w, h)).every((b) => b === 255)).toBe(true);
  });

  it('encodes a werkplaat at whiteboard size to the pixels Skia\'s encoder gives, in a smaller file', async () => {
    const a3 = readFileSync(join(built(), '08-hoort-het-of-helpt-het', '08-hoort-het-of-helpt-het-werkplaat-1-A3.pdf'));
    const png = await whiteboardPng(new Uint8Array(a3));
    const { width, height } = WHITEBOARD;
    const ours = await decoded(png, width, height);
    // The same drawing through Skia's encoder: pdf.js and the canvas as whiteboardPng uses them.
    const { libraries } = await import('../src/outputs/site/previews.js');
    const { pdfjs, createCanvas } = await libraries();
    const doc = await pdfjs.getDocument({ data: new Uint8Array(a3), disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
    const page = await doc.getPage(1);
    const canvas = createCanvas(width, height);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    await page.render({ canvasContext: context as never, canvas: canvas as never, viewport: page.getViewport({ scale: width / (page.view[2]! - page.view[0]!) }), background: '#ffffff' }).promise;
    const skia = canvas.encodeSync('png');
    await doc.destroy();
    expect(ours.equals(await decoded(new Uint8Array(skia), width, height))).toBe(true);
    expect(png.length).toBeLessThan(skia.length);
  });
});
