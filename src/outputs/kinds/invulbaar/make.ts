import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { Package } from '../../../model/types.js';
import { FONT_FILES } from '../../../render/fonts.js';
import { finishDoc, hashBytes } from '../../../print/metadata.js';
import { loadPdf, PDFHexString, PDFName, rgb } from '../../../print/pdfLib.js';
import { renderFillable } from './render.js';
import { fileName, metaFor, type Context, type OutputFile } from '../../files.js';

/** Typed answers at the werkblad's body size. */
const FIELD_FONT_SIZE = 11;
/** Inside the drawn box, so that the field's own edge never covers the line. */
const INSET = 2;

/**
 * `NN-slug-werkblad-invulbaar.pdf`: the werkblad with a multiline text field
 * on each question's answer box, named `vraag-N`, tabbing in question order.
 * Each field has its appearance stream (updateFieldAppearances), so that
 * viewers that draw none themselves still show what was typed.
 */
export async function makeFillable(ctx: Context, pkg: Package): Promise<OutputFile[]> {
  const { bytes: raw, boxes } = await renderFillable(ctx.toolkit, pkg);
  const doc = await loadPdf(raw, { updateMetadata: false });
  // The typed text in the werkblad's own font, embedded whole: a subset would lack the letters
  // someone types later, and pdf-lib's default (Helvetica) is not embedded at all.
  doc.registerFontkit(fontkit as never);
  const font = await doc.embedFont(readFileSync(FONT_FILES.regular), { subset: false });
  const form = doc.getForm();
  const pages = doc.getPages();
  for (const [i, question] of pkg.questions.entries()) {
    const box = boxes.find((b) => b.id === `vraag-${i + 1}`);
    if (!box) throw new Error(`fillable werkblad: no answer box for question ${i + 1}`);
    const page = pages[box.page]!;
    const field = form.createTextField(box.id);
    // The question as the field's name for screen readers and tooltips.
    field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(`${i + 1}. ${question}`));
    field.addToPage(page, {
      x: box.left + INSET,
      y: page.getHeight() - box.top - box.height + INSET,
      width: box.width - 2 * INSET,
      height: box.height - 2 * INSET,
      borderWidth: 0,
      backgroundColor: rgb(1, 1, 1),
      font,
    });
    // After addToPage, which gives the field its default appearance (font) that the size goes into.
    field.enableMultiline();
    field.enableScrolling();
    field.setFontSize(FIELD_FONT_SIZE);
  }
  // Tab from field to field in the order of the page's annotations, which is question order.
  for (const page of pages) page.node.set(PDFName.of('Tabs'), PDFName.of('R'));
  form.updateFieldAppearances(font);
  return [{ path: fileName(pkg, 'werkblad-invulbaar'), bytes: await finishDoc(doc, metaFor(ctx, pkg, 'werkblad om in te vullen'), hashBytes(raw)) }];
}
