/**
 * The one change made to react-pdf's render step: it can tag what it draws
 * (PDF/UA, src/render/tagging.ts). @react-pdf/render draws a laid-out tree
 * with pdfkit, which can write a structure tree (its `struct`,
 * `markStructureContent`, `addStructure`), but react-pdf never calls them
 * (its issue #3179). react-pdf keeps props it does not know on its nodes, so a
 * template can say `tag="H1"`; what render lacks is a place to act on it.
 *
 * render keeps renderNode and renderRun private, so the patch is made to its
 * source text when `npm run build` bundles it (scripts/vendor-layout.mjs makes
 * dist/vendor/react-pdf-render.js). Three hooks:
 *
 * - `node`: around each node (open a structure element, or an artifact);
 * - `decor` and `content`: around a node's background and borders, and around
 *   what it draws itself (text, image, SVG, link);
 * - `glyphs`: around a text run's glyphs (a line-end hyphen our line breaker
 *   inserted is marked to read as nothing).
 *
 * Every anchor must be found exactly once in the pinned version; another
 * version fails the build instead of printing untagged PDFs. A fix: the
 * tagging is part of what we print.
 */
import { install } from './patch.js';

export const RENDER_VERSION = '4.7.0';

export const RENDER_HOOK = { name: 'renderHook', kind: 'fix', library: '@react-pdf/render', version: RENDER_VERSION } as const;

/** What the patched render exports. Each hook gets a function that draws as render would. */
export interface RenderHooks {
  node(ctx: object, node: object, draw: () => void): void;
  decor(ctx: object, node: object, draw: () => void): void;
  content(ctx: object, node: object, draw: () => void): void;
  glyphs(ctx: object, run: object, glyphs: unknown[], draw: (glyphs: unknown[], positions: unknown[], x: number) => void): void;
}

export interface RenderHook {
  version: string;
  set(hooks: RenderHooks | null): void;
}

export const HOOK = 'toolkitTagging';

/** Puts `hooks` in render's place for the drawing of one document; a render without the hook fails the build. */
export function useRenderHooks(hook: RenderHook | undefined, hooks: RenderHooks | null): void {
  install(RENDER_HOOK, hook, (h) => h.version === RENDER_VERSION && typeof h.set === 'function', (_h, u) => (counted = u));
  if (hooks) counted();
  hook!.set(hooks);
}

let counted = () => {};

const anchors: [from: string, to: string][] = [
  [
    'const renderNode = (ctx, node, options) => {',
    `let tagging = null;\nconst ${HOOK} = { version: '${RENDER_VERSION}', set(h) { tagging = h; } };\n` +
      'const renderNode = (ctx, node, options) => tagging ? tagging.node(ctx, node, () => upstreamRenderNode(ctx, node, options)) : upstreamRenderNode(ctx, node, options);\nconst upstreamRenderNode = (ctx, node, options) => {',
  ],
  [
    '    renderBackground(ctx, node);\n    renderBorders(ctx, node);\n    const renderFn = renderFns[node.type];\n    if (renderFn)\n        renderFn(ctx, node, options);',
    '    const decor = () => { renderBackground(ctx, node); renderBorders(ctx, node); };\n    if (tagging) tagging.decor(ctx, node, decor); else decor();\n    const renderFn = renderFns[node.type];\n    if (renderFn) {\n        if (tagging) tagging.content(ctx, node, () => renderFn(ctx, node, options)); else renderFn(ctx, node, options);\n    }',
  ],
  ['        renderGlyphs(ctx, glyphs, run.positions, 0, 0);', '        if (tagging) tagging.glyphs(ctx, run, glyphs, (g, p, x) => renderGlyphs(ctx, g, p, x, 0)); else renderGlyphs(ctx, glyphs, run.positions, 0, 0);'],
  ['export { render as default };', `export { render as default, ${HOOK} };`],
];

export function patchRender(source: string, version: string): string {
  if (version !== RENDER_VERSION) throw new Error(`@react-pdf/render is ${version}, the tagging patch (src/patches/renderHook.ts) is made for ${RENDER_VERSION}: check the patch against the new render and update RENDER_VERSION`);
  let out = source;
  for (const [from, to] of anchors) {
    if (out.split(from).length !== 2) throw new Error(`@react-pdf/render ${version}: \`${from.split('\n')[0]}\` not found once: update src/patches/renderHook.ts`);
    out = out.replace(from, to);
  }
  return out;
}
