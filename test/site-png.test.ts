import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { opaquePng } from '../src/outputs/site/encodePng.js';
import { renderPreviews, whiteCanvas } from '../src/outputs/site/previews.js';
import { built } from './helpers.js';

/**
 * Our PNG encoder (src/outputs/site/encodePng.ts) against Skia's: decoded by
 * Skia's decoder (libpng, which checks every chunk's CRC), the same pixels
 * as the canvas holds, for a drawing with smoothed edges, half-transparent
 * paint and text. The whiteboard PNG at full size is read back by
 * session-screen.test.ts.
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
    const canvas = whiteCanvas(createCanvas, w, h);
    const context = canvas.getContext('2d');
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
    expect((await decoded(ours, w, h)).equals(pixels)).toBe(true);
    expect((await decoded(new Uint8Array(canvas.encodeSync('png')), w, h)).equals(pixels)).toBe(true);
    // A smaller image right after: the rows kept from the larger one leave nothing behind.
    const blank = whiteCanvas(createCanvas, 37, 11);
    expect((await decoded(opaquePng(blank.data(), 37, 11), 37, 11)).every((b) => b === 255)).toBe(true);
  });

  it('makes a preview\'s 1x image of its 2x drawing: half the size, the same page, as cut', async () => {
    const pdf = new Uint8Array(readFileSync(join(built(), '08-hoort-het-of-helpt-het', '08-hoort-het-of-helpt-het-kaarten-drukker.pdf')));
    const [one, two] = await renderPreviews(pdf, [{ page: 1, width: 120, inset: (3 * 72) / 25.4 }]);
    expect([one!.scale, one!.width, one!.height, two!.scale, two!.width, two!.height]).toEqual([1, 120, 168, 2, 120, 168]);
    // The 2x drawing's own size, from its header: twice the page as cut, each side rounded.
    const [w2, h2] = [Buffer.from(two!.png).readUInt32BE(16), Buffer.from(two!.png).readUInt32BE(20)];
    expect(w2).toBe(240);
    expect(Math.abs(h2 - 336)).toBeLessThanOrEqual(1);
    const [a, b] = [await decoded(one!.png, 120, 168), await decoded(two!.png, w2, h2)];
    // Darkness per block of 4 x 4 pixels at 1x (8 x 8 at 2x): the same drawing, smoothed differently.
    const dark = (px: Buffer, w: number, x0: number, y0: number, n: number) => {
      let sum = 0;
      for (let y = y0; y < y0 + n; y++) for (let x = x0; x < x0 + n; x++) sum += 765 - px[(y * w + x) * 4]! - px[(y * w + x) * 4 + 1]! - px[(y * w + x) * 4 + 2]!;
      return sum / (n * n * 765);
    };
    let blocks = 0;
    let agree = 0;
    let ink = 0;
    for (let by = 0; by + 4 <= Math.floor(h2 / 2); by += 4)
      for (let bx = 0; bx < 120; bx += 4) {
        const [d1, d2] = [dark(a, 120, bx, by, 4), dark(b, 240, 2 * bx, 2 * by, 8)];
        blocks++;
        if (Math.abs(d1 - d2) < 0.08) agree++;
        if (d1 > 0.3) ink++;
      }
    expect(ink).toBeGreaterThan(blocks / 20); // the card's coloured head and its text
    expect(agree / blocks).toBeGreaterThan(0.995); // shifted by one pixel at 1x: 0.98
  });
});
