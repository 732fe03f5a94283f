import { poppler } from './poppler.js';

/** A page as pdftoppm draws it: 3 bytes a pixel, row by row, from the top left. */
export interface Raster {
  width: number;
  height: number;
  rgb: Buffer;
  /** [r, g, b] at (x, y from the top). */
  px: (x: number, y: number) => number[];
  /** The darkest channel at (x, y). */
  min: (x: number, y: number) => number;
}

/** The pages of pdftoppm's output for `file`: each a PPM of its own ("P6", width, height, 255, one whitespace, 3 bytes a pixel). */
export function ppmPages(ppm: Buffer, file: string): Raster[] {
  const pages: Raster[] = [];
  for (let at = 0; at < ppm.length; ) {
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(at, at + 40).toString('latin1'));
    if (!header) throw new Error(`no PPM page at byte ${at} of pdftoppm's output for ${file}`);
    const [width, height, start] = [Number(header[1]), Number(header[2]), at + header[0].length];
    const rgb = ppm.subarray(start, start + width * height * 3);
    const i = (x: number, y: number) => (y * width + x) * 3;
    pages.push({ width, height, rgb, px: (x, y) => [rgb[i(x, y)]!, rgb[i(x, y) + 1]!, rgb[i(x, y) + 2]!], min: (x, y) => Math.min(rgb[i(x, y)]!, rgb[i(x, y) + 1]!, rgb[i(x, y) + 2]!) });
    at = start + width * height * 3;
  }
  return pages;
}

/**
 * Every page of a file rendered at 72 dpi (a pixel is a point) by one pdftoppm run: a test that
 * reads several pages of a file, or scans every pixel of a band, reads the bytes (`rgb`) in a loop.
 */
export const rasterPages = (file: string): Raster[] => ppmPages(poppler('pdftoppm', ['-r', '72', file]), file);

/** The pixels of rows y0..y1 and columns x0..x1 (ends excluded) with a channel darker than `below`, each as [x, y]. */
export function darker(img: Raster, below: number, [x0, x1]: [number, number], [y0, y1]: [number, number]): [number, number][] {
  const found: [number, number][] = [];
  const { rgb, width } = img;
  for (let y = y0; y < y1; y++)
    for (let x = x0, i = (y * width + x0) * 3; x < x1; x++, i += 3) if (rgb[i]! < below || rgb[i + 1]! < below || rgb[i + 2]! < below) found.push([x, y]);
  return found;
}
