/**
 * react-pdf picks a font for every character, line breaks included, and falls
 * back to Helvetica for one the family lacks. Source Sans 3 has no glyph for
 * a line break or a tab, so every "\n" in a text became an empty run in
 * Helvetica: an unembedded font in the PDF, though it draws nothing. These
 * characters never reach the page as glyphs; saying the family has them keeps
 * them in its run.
 */
type Font = { hasGlyphForCodePoint: (this: object, codePoint: number) => boolean };

const CONTROL = new Set([0x09, 0x0a, 0x0d]);
const patched = new WeakSet<object>();

export function keepControlsInFamily(font: object): void {
  const proto = Object.getPrototypeOf(font) as Font;
  if (patched.has(proto)) return;
  patched.add(proto);
  const has = proto.hasGlyphForCodePoint;
  proto.hasGlyphForCodePoint = function (codePoint) {
    return CONTROL.has(codePoint) || has.call(this, codePoint);
  };
}
