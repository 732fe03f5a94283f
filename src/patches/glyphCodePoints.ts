import { install } from './patch.js';

/**
 * fontkit keeps one glyph object per glyph id, with the characters it was
 * first asked for. Subsetting a font for a finished PDF asks for glyphs by id
 * alone (the parts of a composite glyph, say the dots of a colon), so a glyph
 * first met that way keeps no characters, and every later layout that uses it
 * gets a glyph that stands for nothing: textkit then loses track of where
 * its characters are, and a later document dropped the "1" of "1. Werken"
 * (after a draaiboek in the same build), and its text could not be copied.
 * A glyph asked for with its characters gets them when it has none. A fix:
 * on with the speed-ups off too.
 */
export const GLYPH_CODE_POINTS = { name: 'glyphCodePoints', kind: 'fix', library: 'fontkit', version: '2.0.4' } as const;

type Glyph = { codePoints: number[] };
type Font = { getGlyph: (this: object, id: number, characters?: number[]) => Glyph | null };

/** `font` is any face: the patch goes on the class all faces share. */
export function keepGlyphCharacters(font: object): boolean {
  return install(GLYPH_CODE_POINTS, Object.getPrototypeOf(font) as Font, (p) => typeof p.getGlyph === 'function', (proto, used) => {
    const get = proto.getGlyph;
    proto.getGlyph = function (id, characters = []) {
      const glyph = get.call(this, id, characters);
      if (glyph && characters.length && !glyph.codePoints.length) {
        used();
        glyph.codePoints = characters;
      }
      return glyph;
    };
  });
}
