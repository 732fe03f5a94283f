import type { Package } from '../../../model/types.js';
import { finishDoc, hashBytes } from '../../../print/metadata.js';
import { loadPdf } from '../../../print/pdfLib.js';
import { renderSlides } from './render.js';
import { fileName, metaFor, type Context, type OutputFile } from '../../files.js';
import { deckOf } from '../../../model/slides.js';
import { addNotes } from './notes.js';

/** `NN-slug-presentatie-16x9.pdf`: the session's slides for the beamer, with speaker notes. */
export async function makeSlides(ctx: Context, pkg: Package): Promise<OutputFile[]> {
  const slides = deckOf(pkg);
  const raw = await renderSlides(ctx.toolkit, pkg, slides);
  const doc = addNotes(await loadPdf(raw, { updateMetadata: false }), slides.map((s) => s.notes));
  return [{ path: fileName(pkg, 'presentatie-16x9'), bytes: await finishDoc(doc, metaFor(ctx, pkg, 'presentatie'), hashBytes(raw)) }];
}
