/**
 * The render half of a build, and everything it loads: react-pdf, pdf-lib,
 * fontkit, the templates. A build loads it only when something must be made
 * (see loadRenderer.ts); `npm run build` bundles it into dist/renderer.cjs.
 */
export { makeDraaiboek } from './kinds/draaiboek/make.js';
export { makeWerkblad } from './kinds/werkblad/make.js';
export { makeWerkplaten } from './kinds/werkplaten/make.js';
export { makeKaarten } from './kinds/kaarten/make.js';
export { makeCardSelection } from './kinds/kaarten/selection.js';
export { makeSlides } from './kinds/presentatie/make.js';
export { makeFillable } from './kinds/invulbaar/make.js';
export { makeBundle, makeCovers } from './kinds/bundel/make.js';
export { makeGuide } from './kinds/gebruiksaanwijzer/make.js';
export { makeOverview } from './kinds/overzicht/make.js';
export { sheetStamps } from '../render/stamps.js';
export { checkGlyphs } from '../render/fonts.js';
export { renderPrintSheet } from '../render/printSheet.js';
// What `toolkit check` lays out to see that each text fits, without drawing (check.ts).
export { fitCards, cardStepTexts, shrinkWarning } from './kinds/kaarten/render.js';
export { fitWerkplaten } from './kinds/werkplaten/render.js';
export { layoutDraaiboek } from './kinds/draaiboek/render.js';
export { layoutWerkblad } from './kinds/werkblad/render.js';
export { fitCovers } from './kinds/bundel/cover.js';
