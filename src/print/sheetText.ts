/** Words on printed sheets, in the toolkit's own typeface. */
import { degrees, loadPdf, PDFDocument, type PDFEmbeddedPage, type PDFPage } from './pdfLib.js';
import type { Rect } from './geometry.js';
import type { Stamp, Stamps } from './words.js';

/**
 * The pre-set words a sheet uses, embedded as small pages: they carry their
 * own font subset from react-pdf, so pdf-lib needs no font engine of its own.
 * It answers the few metric questions the sheet layouts ask.
 */
export interface SheetFont {
  widthOfTextAtSize(text: string, size: number): number;
  /** Ascent plus descent at `size`, or the ascent alone with `{ descender: false }`. */
  heightAtSize(size: number, o?: { descender?: boolean }): number;
  draw(page: PDFPage, text: string, x: number, y: number, size: number, rotate?: boolean): void;
}

// Parsed once per set of stamps: every card sheet and tile embeds from them.
const parsedStamps = new WeakMap<Uint8Array, Promise<PDFDocument>>();

export async function embedSans(doc: PDFDocument, stamps: Stamps, words: readonly string[]): Promise<SheetFont> {
  if (!parsedStamps.has(stamps.bytes)) parsedStamps.set(stamps.bytes, loadPdf(stamps.bytes));
  const source = await parsedStamps.get(stamps.bytes)!;
  const used = words.map((w) => {
    const s = stamps.words[w];
    if (!s) throw new Error(`sheet text: "${w}" was not set in advance (src/print/words.ts)`);
    return s;
  });
  const embedded = await doc.embedPages(
    used.map((s) => source.getPage(s.page)),
    used.map((s) => {
      const h = source.getPage(s.page).getHeight();
      return { left: 0, right: s.width, bottom: h - s.baseline - s.descent, top: h - s.baseline + s.ascent };
    }),
  );
  const byText = new Map<string, { stamp: Stamp; page: PDFEmbeddedPage }>(words.map((w, i) => [w, { stamp: used[i]!, page: embedded[i]! }]));
  const get = (text: string) => {
    const hit = byText.get(text);
    if (!hit) throw new Error(`sheet text: "${text}" was not embedded`);
    return hit;
  };
  const any = used[0]!;
  return {
    widthOfTextAtSize: (text, size) => (get(text).stamp.width * size) / get(text).stamp.size,
    heightAtSize: (size, o) => ((o?.descender === false ? any.ascent : any.ascent + any.descent) * size) / any.size,
    draw(page, text, x, y, size, rotate) {
      const { stamp, page: xobject } = get(text);
      const k = size / stamp.size;
      const [w, h, d] = [stamp.width * k, (stamp.ascent + stamp.descent) * k, stamp.descent * k];
      // The embedded box starts at the descent: lift it so its baseline lands on y.
      if (rotate) page.drawPage(xobject, { x: x + d, y, width: w, height: h, rotate: degrees(90) });
      else page.drawPage(xobject, { x, y: y - d, width: w, height: h });
    },
  };
}

export interface TextOptions {
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  /** Where `x` sits along the text. */
  align?: 'left' | 'centre' | 'right';
  /** Turned a quarter anticlockwise, so it reads bottom to top. */
  upright?: boolean;
}

/** Draws one line and returns the box it may ink: the font's ascent to descent, not just the glyphs. */
export function drawText(page: PDFPage, font: SheetFont, text: string, o: TextOptions): Rect {
  const width = font.widthOfTextAtSize(text, o.size);
  const ascent = font.heightAtSize(o.size, { descender: false });
  const descent = font.heightAtSize(o.size) - ascent;
  const shift = o.align === 'right' ? width : o.align === 'centre' ? width / 2 : 0;
  if (o.upright) {
    font.draw(page, text, o.x, o.y - shift, o.size, true);
    return { x: o.x - ascent, y: o.y - shift, width: ascent + descent, height: width };
  }
  font.draw(page, text, o.x - shift, o.y, o.size);
  return { x: o.x - shift, y: o.y - descent, width, height: ascent + descent };
}

/** The font's ascent plus descent at `size`: what `drawText` reserves across the baseline. */
export const lineHeight = (font: SheetFont, size: number) => font.heightAtSize(size);
