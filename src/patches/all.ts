/** Every patch, as README.md lists them: the tests check each is met and runs. */
import { CONTROL_GLYPHS } from './controlGlyphs.js';
import { DEFLATE_MEMO } from './deflateMemo.js';
import { FONT_COMPARE } from './fontCompare.js';
import { GLYPH_CODE_POINTS } from './glyphCodePoints.js';
import { LINE_BREAK_HOOK } from './lineBreakHook.js';
import { MARK_OFFSETS } from './markOffsets.js';
import { RENDER_HOOK } from './renderHook.js';
import { SHAPE_CACHE } from './shapeCache.js';
import { UNUSED_MODULES } from './unusedModules.js';
import { YOGA_NO_FETCH } from './yogaNoFetch.js';
import type { Patch } from './patch.js';

/** Put on while drawing; checked, and counted, at run time. */
export const RUN_TIME: readonly Patch[] = [LINE_BREAK_HOOK, SHAPE_CACHE, FONT_COMPARE, DEFLATE_MEMO, YOGA_NO_FETCH, CONTROL_GLYPHS, GLYPH_CODE_POINTS, MARK_OFFSETS, RENDER_HOOK];

/** Made by `npm run build` into the bundle (scripts/bundle.mjs). */
export const BUILD_TIME: readonly Patch[] = [UNUSED_MODULES];
