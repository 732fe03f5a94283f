/**
 * The render half of a build, and everything it loads: react-pdf, pdf-lib,
 * fontkit, the templates. A build loads it only when something must be made
 * (see loadRenderer.ts); `npm run build` bundles it into dist/renderer.cjs.
 */
export { makeDraaiboek } from './draaiboek.js';
export { makeWerkblad } from './werkblad.js';
export { makeWerkplaten } from './werkplaten.js';
export { makeKaarten } from './kaarten.js';
export { makeBundle, makeCovers, makeGuide, makeOverview } from './documents.js';
export { sheetStamps } from '../render/stamps.js';
export { checkGlyphs } from '../render/fonts.js';
export { renderPrintSheet } from '../render/printSheet.js';
