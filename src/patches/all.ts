/** Every patch, as README.md lists them: the tests check each is met and runs. */
import { CONTROL_GLYPHS } from './controlGlyphs.js';
import { DEFLATE_MEMO } from './deflateMemo.js';
import { FONT_COMPARE } from './fontCompare.js';
import { FONT_FACTS } from './fontFacts.js';
import { GLYPH_CODE_POINTS } from './glyphCodePoints.js';
import { LATIN1_WRITES } from './latin1Writes.js';
import { LINE_BREAK_HOOK } from './lineBreakHook.js';
import { MARK_OFFSETS } from './markOffsets.js';
import { PDFKIT_CHUNKS } from './pdfkitChunks.js';
import { SHAPE_CACHE } from './shapeCache.js';
import { UNUSED_MODULES } from './unusedModules.js';
import { YOGA_NO_FETCH } from './yogaNoFetch.js';
import type { Patch } from './patch.js';

/** Put on while drawing; checked, and counted, at run time. */
export const RUN_TIME: readonly Patch[] = [LINE_BREAK_HOOK, SHAPE_CACHE, FONT_COMPARE, FONT_FACTS, CONTROL_GLYPHS, GLYPH_CODE_POINTS, MARK_OFFSETS, LATIN1_WRITES, PDFKIT_CHUNKS, YOGA_NO_FETCH, DEFLATE_MEMO];

/** Made by `npm run build` into the bundle (scripts/bundle.mjs). */
export const BUILD_TIME: readonly Patch[] = [UNUSED_MODULES];
