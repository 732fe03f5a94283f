/*
 * Remembers text shaping. Shaping a string with fontkit (ligatures, kerning)
 * was a quarter of a build's time, and the same strings are shaped again and
 * again: in every fit round, in repeated labels and titles. react-pdf's
 * textkit copies the positions it changes and never mutates a glyph run, so
 * one run can be shared; test/shaping.test.ts and test/patches.test.ts check
 * that the output stays byte for byte the same.
 */
import { install } from './patch.js';

export const SHAPE_CACHE = { name: 'shapeCache', kind: 'speed-up', library: 'fontkit', version: '2.0.4' } as const;

/**
 * Only kerning and standard ligatures: the other default features (contextual
 * alternates, mark positioning, ...) do nothing for Dutch text without
 * combining marks in Source Sans 3 but double the cost of shaping.
 */
const LATIN_TEXT = { calt: false, ccmp: false, clig: false, curs: false, locl: false, mark: false, mkmk: false, rclt: false, rlig: false };

/**
 * A combining mark (a decomposed accent, `e` + U+0301, as text pasted on a Mac
 * has it) is placed on its letter by `ccmp`, `mark` and `mkmk`: such text keeps
 * all the font's default features, so it shapes as without the cache
 * (test/shaping.test.ts).
 */
const COMBINING = /\p{M}/u;

type Shaper = { layout: (this: object, text: string, ...rest: unknown[]) => unknown };

/** `font` is any face: the patch goes on the class all faces share. */
export function memoizeShaping(font: object): boolean {
  return install(SHAPE_CACHE, Object.getPrototypeOf(font) as Shaper, (p) => typeof p.layout === 'function' && p.layout.length === 5, (proto, used) => {
    const shape = proto.layout;
    const caches = new WeakMap<object, Map<string, unknown>>();
    proto.layout = function (text, features, ...rest) {
      used();
      // textkit asks with an empty feature list, other callers with none: both mean the defaults.
      if ((features == null || (Array.isArray(features) && !features.length)) && !COMBINING.test(text)) features = LATIN_TEXT;
      let cache = caches.get(this);
      if (!cache) caches.set(this, (cache = new Map()));
      const key = features === LATIN_TEXT && rest.every((r) => r == null || r === 'ltr') ? text : `${text}\u0000${JSON.stringify([features, rest])}`;
      let run = cache.get(key);
      if (run === undefined) {
        // Shaped word by word: words recur across a whole toolkit, paragraphs do not.
        // Nothing joins across a space in this font (no kerning with the space,
        // no ligature through it), so the joined run is the same.
        const words = key === text && text.includes(' ') ? text.split(/( )/).filter(Boolean) : undefined;
        const one = (w: string) => {
          let r = cache!.get(w);
          if (r === undefined) cache!.set(w, (r = shape.call(this, w, LATIN_TEXT)));
          return r as Run;
        };
        run = words ? join(words.map(one)) : shape.call(this, text, features, ...rest);
        cache.set(key, run);
      }
      return run;
    };
  });
}

interface Run {
  glyphs: unknown[];
  positions: unknown[];
}

/** One run from consecutive runs: what textkit and pdf-lib read of it. */
function join(runs: Run[]): Run {
  return { glyphs: runs.flatMap((r) => r.glyphs), positions: runs.flatMap((r) => r.positions) };
}
