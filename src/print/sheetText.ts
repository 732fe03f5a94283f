/** Words on printed sheets, in the toolkit's own typeface. */
import { createHash } from 'node:crypto';
import fontkit from '@pdf-lib/fontkit';
import { degrees, rgb, type Color, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Rect } from './geometry.js';
import { padGlyphs } from './padGlyphs.js';
import { memoizeShaping } from '../render/shapeCache.js';

/**
 * Embeds Source Sans 3 as a subset: only the few glyphs a sheet uses travel
 * with the file. pdf-lib names a subset with a counter, not the tag that marks
 * it as one ("ABCDEF+Name"); the tag here comes from the words drawn with it,
 * so the same words give the same bytes and other subsets a different tag.
 */
export async function embedSans(doc: PDFDocument, fontBytes: Uint8Array, words: readonly string[]): Promise<PDFFont> {
  doc.registerFontkit(parsedOnce);
  const digest = createHash('sha256').update(words.join('\n')).digest();
  const tag = String.fromCharCode(...[...digest.subarray(0, 6)].map((b) => 65 + (b % 26)));
  const { padded, name } = prepared(fontBytes);
  return doc.embedFont(padded, { subset: true, customName: `${tag}+${name}` });
}

// Parsing a 380 kB font costs ~20 ms a document; every sheet of a build uses
// the same one, and a subset is made per document from the shared parse.
const parsed = new Map<Uint8Array, ReturnType<typeof fontkit.create>>();
const parsedOnce: typeof fontkit = {
  create(bytes: Uint8Array) {
    let font = parsed.get(bytes);
    if (!font) {
      parsed.set(bytes, (font = fontkit.create(bytes)));
      memoizeShaping(font);
    }
    return font;
  },
} as typeof fontkit;

// Padding the font is a copy of 380 kB; do it once too.
const cache = new WeakMap<Uint8Array, { padded: Uint8Array; name: string }>();
function prepared(fontBytes: Uint8Array) {
  let hit = cache.get(fontBytes);
  if (!hit) {
    hit = { padded: padGlyphs(fontBytes), name: fontkit.create(fontBytes).postscriptName ?? 'SourceSans3' };
    cache.set(fontBytes, hit);
  }
  return hit;
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
  color?: Color;
}

/** Draws one line and returns the box it may ink: the font's ascent to descent, not just the glyphs. */
export function drawText(page: PDFPage, font: PDFFont, text: string, o: TextOptions): Rect {
  const width = font.widthOfTextAtSize(text, o.size);
  const ascent = font.heightAtSize(o.size, { descender: false });
  const descent = font.heightAtSize(o.size) - ascent;
  const shift = o.align === 'right' ? width : o.align === 'centre' ? width / 2 : 0;
  const color = o.color ?? rgb(0, 0, 0);
  if (o.upright) {
    page.drawText(text, { x: o.x, y: o.y - shift, size: o.size, font, color, rotate: degrees(90) });
    return { x: o.x - ascent, y: o.y - shift, width: ascent + descent, height: width };
  }
  page.drawText(text, { x: o.x - shift, y: o.y, size: o.size, font, color });
  return { x: o.x - shift, y: o.y - descent, width, height: ascent + descent };
}

/** The font's ascent plus descent at `size`: what `drawText` reserves across the baseline. */
export const lineHeight = (font: PDFFont, size: number) => font.heightAtSize(size);
