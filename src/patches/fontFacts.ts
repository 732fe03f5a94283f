import { install } from './patch.js';

/**
 * Facts about a font that never change, which fontkit works out again on
 * every question: `unitsPerEm` (two getters and a table lookup; textkit asks
 * for every glyph of every line) and whether a character has a glyph (a cmap
 * search; textkit asks for every character to choose a font). Together 5 % of
 * a layout. Each font keeps its answers after the first time.
 */
export const FONT_FACTS = { name: 'fontFacts', kind: 'speed-up', library: 'fontkit', version: '2.0.4' } as const;

type Font = { hasGlyphForCodePoint: (this: object, codePoint: number) => boolean };

const unitsPerEmGetter = (proto: object) => Object.getOwnPropertyDescriptor(proto, 'unitsPerEm')?.get;

/** `font` is any face: the patch goes on the class all faces share. */
export function rememberFontFacts(font: object): boolean {
  const hook = (p: Font) => typeof p.hasGlyphForCodePoint === 'function' && typeof unitsPerEmGetter(p) === 'function';
  return install(FONT_FACTS, Object.getPrototypeOf(font) as Font, hook, (proto, used) => {
    const read = unitsPerEmGetter(proto)!;
    Object.defineProperty(proto, 'unitsPerEm', {
      configurable: true,
      get(this: object) {
        used();
        const value = read.call(this) as number;
        Object.defineProperty(this, 'unitsPerEm', { value });
        return value;
      },
    });

    const has = proto.hasGlyphForCodePoint;
    const known = new WeakMap<object, Map<number, boolean>>();
    proto.hasGlyphForCodePoint = function (codePoint) {
      used();
      let answers = known.get(this);
      if (!answers) known.set(this, (answers = new Map()));
      let answer = answers.get(codePoint);
      if (answer === undefined) answers.set(codePoint, (answer = has.call(this, codePoint)));
      return answer;
    };
  });
}
