/**
 * Works around a bug in @pdf-lib/fontkit 1.1.1: its subsetter writes short
 * `loca` offsets (stored halved) whenever the subset is small, but copies each
 * glyph at its own length. Source Sans 3 has glyphs of odd length, so every
 * glyph after the first odd one is read from the wrong place and most letters
 * vanish. Upstream fontkit 2 keeps the font's loca format; until pdf-lib uses
 * it, this pads every glyph to a multiple of 4 bytes (what the TrueType spec
 * recommends anyway), so halved offsets stay exact.
 */

/** The font with glyf and loca rebuilt if any glyph has odd length; else the same bytes. */
export function padGlyphs(font: Uint8Array): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, { record: number; offset: number; length: number }>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    tables.set(tag, { record, offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  const [head, maxp, loca, glyf] = ['head', 'maxp', 'loca', 'glyf'].map((t) => tables.get(t));
  if (!head || !maxp || !loca || !glyf) return font; // not TrueType outlines: nothing to pad

  const longLoca = view.getInt16(head.offset + 50) === 1;
  const numGlyphs = view.getUint16(maxp.offset + 4);
  const offsets = Array.from({ length: numGlyphs + 1 }, (_, i) =>
    longLoca ? view.getUint32(loca.offset + 4 * i) : 2 * view.getUint16(loca.offset + 2 * i),
  );
  const sizes = offsets.slice(1).map((end, i) => end - offsets[i]!);
  if (sizes.every((s) => s % 2 === 0)) return font;

  // New glyf and (long) loca go at the end of the file; the old ones stay behind, unused.
  const padded = sizes.map((s) => (s + 3) & ~3);
  const glyfLength = padded.reduce((a, b) => a + b, 0);
  const locaLength = 4 * (numGlyphs + 1);
  const start = (font.length + 3) & ~3;
  const out = new Uint8Array(start + glyfLength + locaLength);
  out.set(font);
  const o = new DataView(out.buffer);
  let at = start;
  sizes.forEach((size, i) => {
    o.setUint32(start + glyfLength + 4 * i, at - start);
    out.set(font.subarray(glyf.offset + offsets[i]!, glyf.offset + offsets[i]! + size), at);
    at += padded[i]!;
  });
  o.setUint32(start + glyfLength + 4 * numGlyphs, at - start);
  o.setUint32(glyf.record + 8, start);
  o.setUint32(glyf.record + 12, glyfLength);
  o.setUint32(loca.record + 8, start + glyfLength);
  o.setUint32(loca.record + 12, locaLength);
  o.setInt16(head.offset + 50, 1);
  return out;
}
