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
import renderPDF from '@react-pdf/render';
import PDFDocument from 'pdfkit';
import { FAMILY, FONT_FILES, faces } from './fonts.js';
import { hyphenateWord } from './hyphenate.js';
import { ourLinebreaker } from './lineBreak.js';
import { TEXTKIT_VERSION } from './textkitPatch.js';
import { memoizeShaping } from './shapeCache.js';
import { cheapFontCompare } from './fontCompare.js';
import { latin1Writes } from './latin1Writes.js';
import { rememberFontFacts } from './fontFacts.js';
import { keepControlsInFamily } from './controlGlyphs.js';
import { keepGlyphCharacters } from './glyphCodePoints.js';

// TOOLKIT_RENDER_SPEEDUPS=off leaves fontkit and pdfkit as they are: test/render-speedups.test.ts compares both.
const speedups = process.env.TOOLKIT_RENDER_SPEEDUPS !== 'off';

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
  keepControlsInFamily(faces().regular);
  keepGlyphCharacters(faces().regular);
  // Without our breaker spaces shrink and headings break: better no PDF than that.
  if (toolkitLineBreaking?.version !== TEXTKIT_VERSION || typeof toolkitLineBreaking.replace !== 'function')
    throw new Error(`react-pdf's textkit has no line-breaking hook for ${TEXTKIT_VERSION} (found ${toolkitLineBreaking?.version ?? 'none'}): run \`npm run build\`, which makes dist/vendor/react-pdf-layout.js`);
  toolkitLineBreaking.replace(ourLinebreaker(toolkitLineBreaking));
  if (speedups) {
    // Any face will do: the patches go on the font class all faces share.
    const face = faces().regular;
    memoizeShaping(face);
    cheapFontCompare(face);
    rememberFontFacts(face);
  }
  registered = true;
}

export async function layout(element: ReactElement): Promise<LayoutNode> {
  registerFonts();
  const instance = pdf(element as never) as unknown as { container: { document: unknown } };
  if (yogaLoaded) return layoutDocument(instance.container.document, Font);
  // The first layout loads yoga, whose wasm loader fetch()es its own base64
  // data: URL when fetch exists, and so loads Node's whole HTTP client (20 ms).
  // Without fetch it decodes the same bytes directly.
  const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return await layoutDocument(instance.container.document, Font);
  } finally {
    if (fetch) Object.defineProperty(globalThis, 'fetch', fetch);
    yogaLoaded = true;
  }
}

let yogaLoaded = false;

// pdfkit stamps "now" and derives the file ID from it; a fixed date keeps the
// bytes the same for the same sources. The print step sets the real dates.
const FIXED = new Date(0);

/** Draws a laid-out document. Metadata is set later by the print step. */
export async function draw(tree: LayoutNode): Promise<Uint8Array> {
  const ctx = new PDFDocument({ compress: true, autoFirstPage: false, displayTitle: true, font: null, info: { Producer: 'toolkit', CreationDate: FIXED } });
  if (speedups) latin1Writes(ctx as unknown as { _root: object });
  // pdfkit is a Readable stream that pushes every few bytes it writes; taking
  // them as they come skips the stream's work for each, 5 % of drawing.
  const chunks: Uint8Array[] = [];
  // The header, pushed by the constructor in two chunks: Node 20's read() returns
  // both at once, Node 22 and later one a call.
  const read = () => (ctx as unknown as { read: () => Uint8Array | null }).read();
  for (let head = read(); head; head = read()) chunks.push(head);
  const ended = new Promise<void>((resolve) => {
    (ctx as unknown as { push: (chunk: Uint8Array | null) => boolean }).push = (chunk) => {
      if (chunk === null) resolve();
      else chunks.push(chunk);
      return true;
    };
  });
  renderPDF(ctx, tree);
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

export async function render(element: ReactElement): Promise<Uint8Array> {
  return draw(await layout(element));
}
