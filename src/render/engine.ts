/**
 * The one place that drives react-pdf. It splits renderToBuffer into its two
 * steps, layout and drawing, so that the text-fit check can read the layout
 * tree and the same layout can then be drawn without laying it out again.
 * This uses react-pdf's internal packages, pinned exactly in package.json.
 */
import type { ReactElement } from 'react';
import { Font, pdf } from '@react-pdf/renderer';
import type { LayoutNode } from '@react-pdf/layout';
import layoutDocument, { toolkitLineBreaking } from '#react-pdf-layout';
import renderPDF, { toolkitTagging } from '#react-pdf-render';
import PDFDocument from 'pdfkit';
import { FAMILY, FONT_FILES, faces } from './fonts.js';
import { hyphenateWord } from './hyphenate.js';
import { ourLinebreaker } from './lineBreak.js';
import { replaceLineBreaker } from '../patches/lineBreakHook.js';
import { memoizeShaping } from '../patches/shapeCache.js';
import { cheapFontCompare } from '../patches/fontCompare.js';
import { withoutFetch } from '../patches/yogaNoFetch.js';
import { keepControlsInFamily } from '../patches/controlGlyphs.js';
import { keepGlyphCharacters } from '../patches/glyphCodePoints.js';
import { convertMarkOffsets } from '../patches/markOffsets.js';
import { useRenderHooks } from '../patches/renderHook.js';
import { taggingHooks } from './tagging.js';

// The patches of fontkit, pdfkit and react-pdf: src/patches/README.md.
let registered = false;
function registerFonts() {
  if (registered) return;
  Font.register({
    family: FAMILY,
    fonts: [
      { src: FONT_FILES.regular, fontWeight: 400 },
      { src: FONT_FILES.bold, fontWeight: 700 },
      { src: FONT_FILES.italic, fontWeight: 400, fontStyle: 'italic' },
    ],
  });
  Font.registerHyphenationCallback(hyphenateWord);
  replaceLineBreaker(toolkitLineBreaking, ourLinebreaker);
  // Any face will do: the patches go on the font class all faces share.
  const face = faces().regular;
  keepControlsInFamily(face);
  keepGlyphCharacters(face);
  memoizeShaping(face);
  cheapFontCompare(face);
  registered = true;
}

export async function layout(element: ReactElement): Promise<LayoutNode> {
  registerFonts();
  const instance = pdf(element as never) as unknown as { container: { document: unknown } };
  if (yogaLoaded) return layoutDocument(instance.container.document, Font);
  yogaLoaded = true;
  return withoutFetch(() => layoutDocument(instance.container.document, Font));
}

let yogaLoaded = false;

// pdfkit stamps "now" and derives the file ID from it; a fixed date keeps the
// bytes the same for the same sources. The print step sets the real dates.
const FIXED = new Date(0);

/**
 * Draws a laid-out document, tagged (PDF/UA: a structure tree from the
 * templates' `tag` props, src/render/tagging.ts). Metadata is set later by
 * the print step.
 */
export async function draw(tree: LayoutNode): Promise<Uint8Array> {
  const ctx = new PDFDocument({ compress: true, autoFirstPage: false, displayTitle: true, tagged: true, lang: 'nl-NL', font: null, info: { Producer: 'toolkit', CreationDate: FIXED } });
  const bytes = collectOutput(ctx);
  convertMarkOffsets(tree);
  useRenderHooks(toolkitTagging, taggingHooks());
  try {
    renderPDF(ctx, tree);
  } finally {
    useRenderHooks(toolkitTagging, null);
  }
  return bytes;
}

/** Collects what `doc` writes, from now until it ends: call before drawing. */
function collectOutput(doc: { on: (event: string, f: (arg: Uint8Array) => void) => void }): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

export async function render(element: ReactElement): Promise<Uint8Array> {
  return draw(await layout(element));
}
