import { install } from './patch.js';

/**
 * react-pdf picks a font for every character, line breaks included, and falls
 * back to Helvetica for one the family lacks. Source Sans 3 has no glyph for
 * a line break or a tab, so every "\n" in a text became an empty run in
 * Helvetica: an unembedded font in the PDF, though it draws nothing. These
 * characters never reach the page as glyphs; saying the family has them keeps
 * them in its run. A fix: on with the speed-ups off too.
 */
export const CONTROL_GLYPHS = { name: 'controlGlyphs', kind: 'fix', library: 'fontkit', version: '2.0.4' } as const;

type Font = { hasGlyphForCodePoint: (this: object, codePoint: number) => boolean };

const CONTROL = new Set([0x09, 0x0a, 0x0d]);

/** `font` is any face: the patch goes on the class all faces share. */
export function keepControlsInFamily(font: object): boolean {
  return install(CONTROL_GLYPHS, Object.getPrototypeOf(font) as Font, (p) => typeof p.hasGlyphForCodePoint === 'function', (proto, used) => {
    const has = proto.hasGlyphForCodePoint;
    proto.hasGlyphForCodePoint = function (codePoint) {
      if (!CONTROL.has(codePoint)) return has.call(this, codePoint);
      used();
      return true;
    };
  });
}
