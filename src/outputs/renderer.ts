/**
 * The render half of a build, and everything it loads: react-pdf, pdf-lib,
 * fontkit, the templates. A build loads it only when something must be made
 * (see loadRenderer.ts); `npm run build` bundles it into dist/renderer.cjs.
 */
export { makeDraaiboek } from './make/draaiboek.js';
export { makeWerkblad } from './make/werkblad.js';
export { makeWerkplaten } from './make/werkplaten.js';
export { makeKaarten } from './make/kaarten.js';
export { makeCardSelection } from './make/cardSelection.js';
export { makeSlides } from './make/slides.js';
export { makeFillable } from './make/fillable.js';
export { makeBundle, makeCovers } from './make/bundle.js';
export { makeGuide } from './make/guide.js';
export { makeOverview } from './make/overview.js';
export { sheetStamps } from '../render/stamps.js';
export { checkGlyphs } from '../render/fonts.js';
export { renderPrintSheet } from '../render/printSheet.js';
// What `toolkit check` lays out to see that each text fits, without drawing (check.ts).
export { fitCards, cardStepTexts, shrinkWarning } from '../render/cards.js';
export { fitWerkplaten } from '../render/werkplaten.js';
export { layoutDraaiboek } from '../render/draaiboek.js';
export { layoutWerkblad } from '../render/werkblad.js';
export { fitCovers } from '../render/cover.js';
