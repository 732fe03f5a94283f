/**
 * Facts about a font that never change, which fontkit works out again on
 * every question: `unitsPerEm` (two getters and a table lookup; textkit asks
 * for every glyph of every line) and whether a character has a glyph (a cmap
 * search; textkit asks for every character to choose a font). Together 5 % of
 * a layout. Each font keeps its answers after the first time.
 */
type Font = { hasGlyphForCodePoint: (this: object, codePoint: number) => boolean };

const patched = new WeakSet<object>();

export function rememberFontFacts(font: object): void {
  const proto = Object.getPrototypeOf(font) as Font;
  if (patched.has(proto)) return;
  patched.add(proto);

  const read = Object.getOwnPropertyDescriptor(proto, 'unitsPerEm')!.get!;
  Object.defineProperty(proto, 'unitsPerEm', {
    configurable: true,
    get(this: object) {
      const value = read.call(this) as number;
      Object.defineProperty(this, 'unitsPerEm', { value });
      return value;
    },
  });

  const has = proto.hasGlyphForCodePoint;
  const known = new WeakMap<object, Map<number, boolean>>();
  proto.hasGlyphForCodePoint = function (codePoint) {
    let answers = known.get(this);
    if (!answers) known.set(this, (answers = new Map()));
    let answer = answers.get(codePoint);
    if (answer === undefined) answers.set(codePoint, (answer = has.call(this, codePoint)));
    return answer;
  };
}
