/**
 * The one change made to react-pdf's textkit: its line breaker can be
 * replaced. textkit's own breaker lets the spaces of a left-aligned line
 * shrink by up to a third and then squeezes them when drawing, and it breaks
 * words anywhere its hyphenation callback allows; src/render/lineBreak.ts
 * breaks lines our way instead (see there).
 *
 * textkit keeps the breaker and the helpers it needs private, so the patch is
 * made to its source text when `npm run build` bundles @react-pdf/layout with
 * it (scripts/vendor-layout.mjs). Every anchor must be found exactly once in
 * the pinned version; a textkit of another version fails the build, saying so,
 * instead of quietly breaking lines the old way. Not a speed-up but how we
 * set type: without the hook nothing is rendered (`required` in README.md).
 */
import { install, patchStates } from './patch.js';

export const TEXTKIT_VERSION = '7.0.1';

export const LINE_BREAK_HOOK = { name: 'lineBreakHook', kind: 'required', library: '@react-pdf/textkit', version: TEXTKIT_VERSION, from: '@react-pdf/layout' } as const;

interface Hook {
  version: string;
  replace(breaker: (options: object) => unknown): void;
}

/**
 * Puts `make(hook)` in the place of textkit's line breaker. Without our
 * breaker spaces shrink and headings break: better no PDF than that.
 */
export function replaceLineBreaker<H extends Hook>(hook: H | undefined, make: (hook: H) => (options: object) => unknown): void {
  const ok = install(LINE_BREAK_HOOK, hook, (h) => h.version === TEXTKIT_VERSION && typeof h.replace === 'function', (h, used) => {
    const breaker = make(h);
    h.replace((options) => {
      used();
      return breaker(options);
    });
  });
  if (!ok) {
    const why = patchStates().find((p) => p.name === LINE_BREAK_HOOK.name)?.note ?? '';
    throw new Error(`de regelbreker van react-pdf (textkit) is niet te vervangen (${why.replace(/: staat uit.*$/, '')}): draai \`npm run build\`, dat maakt dist/vendor/react-pdf-layout.js, of zet @react-pdf/textkit terug op ${TEXTKIT_VERSION}`);
  }
}

/** What the patched textkit exports: the switch, and the private helpers a breaker needs. */
export const HOOK = 'toolkitLineBreaking';

const anchors: [from: string, to: string][] = [
  [
    'const linebreaker = (options) => {',
    // The replacement is called where the original was: in layoutParagraph, once a paragraph.
    'let replacedLinebreaker = null;\nconst linebreaker = (options) => replacedLinebreaker ? replacedLinebreaker(options) : upstreamLinebreaker(options);\nconst upstreamLinebreaker = (options) => {',
  ],
  [
    'export { bidiEngine as bidi,',
    `const ${HOOK} = { version: '${TEXTKIT_VERSION}', replace(f) { replacedLinebreaker = f; }, upstreamLinebreaker, slice, insertGlyph, advanceWidthBetween };\nexport { ${HOOK}, bidiEngine as bidi,`,
  ],
];

/** The helpers the hook hands out must be textkit's own, under these names. */
const helpers = ['const slice = (start, end, attributedString) =>', 'const insertGlyph = (index, glyph, attributedString) =>', 'const advanceWidthBetween = (start, end, attributedString) =>'];

export function patchTextkit(source: string, version: string): string {
  if (version !== TEXTKIT_VERSION) throw new Error(`@react-pdf/textkit is ${version}, the line-breaking patch (src/patches/lineBreakHook.ts) is made for ${TEXTKIT_VERSION}: check the patch against the new textkit and update TEXTKIT_VERSION`);
  for (const h of helpers) if (count(source, h) !== 1) throw new Error(`@react-pdf/textkit ${version} no longer has \`${h}\`: update src/patches/lineBreakHook.ts`);
  let out = source;
  for (const [from, to] of anchors) {
    if (count(out, from) !== 1) throw new Error(`@react-pdf/textkit ${version}: \`${from}\` not found once: update src/patches/lineBreakHook.ts`);
    out = out.replace(from, to);
  }
  return out;
}

const count = (s: string, part: string) => s.split(part).length - 1;
