/**
 * Remembers text shaping. Shaping a string with fontkit (ligatures, kerning)
 * was a quarter of a build's time, and the same strings are shaped again and
 * again: in every fit round, in repeated labels, in each sheet's words. Both
 * callers (react-pdf's textkit and pdf-lib) copy the positions they change and
 * never mutate a glyph run, so one run can be shared; test/determinism.test.ts
 * checks that output stays the same.
 */
/**
 * Only kerning and standard ligatures: the other default features (contextual
 * alternates, mark positioning, ...) do nothing for Dutch text in Source Sans 3
 * but double the cost of shaping.
 */
const LATIN_TEXT = { calt: false, ccmp: false, clig: false, curs: false, locl: false, mark: false, mkmk: false, rclt: false, rlig: false };

type Shaper = { layout: (this: object, text: string, ...rest: unknown[]) => unknown };

const patched = new WeakSet<object>();

export function memoizeShaping(font: object): void {
  const proto = Object.getPrototypeOf(font) as Shaper;
  if (patched.has(proto)) return;
  patched.add(proto);
  const shape = proto.layout;
  const caches = new WeakMap<object, Map<string, unknown>>();
  proto.layout = function (text, features, ...rest) {
    features ??= LATIN_TEXT;
    let cache = caches.get(this);
    if (!cache) caches.set(this, (cache = new Map()));
    const key = features === LATIN_TEXT && rest.every((r) => r === undefined || r === 'ltr') ? text : `${text}\u0000${JSON.stringify([features, rest])}`;
    let run = cache.get(key);
    if (run === undefined) cache.set(key, (run = shape.call(this, text, features, ...rest)));
    return run;
  };
}
