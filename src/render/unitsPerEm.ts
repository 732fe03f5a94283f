/**
 * fontkit answers `unitsPerEm` through two getters and a table lookup, and
 * textkit asks for it for every glyph of every line: 3 % of a layout. It
 * never changes, so each font keeps its answer after the first time.
 */
export function rememberUnitsPerEm(font: object): void {
  const proto = Object.getPrototypeOf(font) as object;
  const own = Object.getOwnPropertyDescriptor(proto, 'unitsPerEm');
  if (!own?.get || own.get.name === 'remembered') return;
  const read = own.get;
  Object.defineProperty(proto, 'unitsPerEm', {
    configurable: true,
    get: function remembered(this: object) {
      const value = read.call(this) as number;
      Object.defineProperty(this, 'unitsPerEm', { value });
      return value;
    },
  });
}
