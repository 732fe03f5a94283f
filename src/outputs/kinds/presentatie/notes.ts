import type { PDFDocument } from 'pdf-lib';
import { PDFHexString } from '../../../print/pdfLib.js';

/**
 * Speaker notes as a closed text annotation (a "note") in each slide's top
 * right corner: presenter views and PDF readers list them; the projected
 * slide shows at most a small icon, in full screen usually none.
 */
export function addNotes(doc: PDFDocument, notes: string[][]): PDFDocument {
  doc.getPages().forEach((page, i) => {
    const text = notes[i]?.join('\n\n');
    if (!text) return;
    const { width, height } = page.getSize();
    const annot = doc.context.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [width - 60, height - 60, width - 20, height - 20],
      Contents: PDFHexString.fromText(text),
      T: PDFHexString.fromText('Sprekersnotities'),
      Name: 'Note',
      Open: false,
      // Print: off, so that a printed slide has no note icon.
      F: 0,
    });
    page.node.addAnnot(doc.context.register(annot));
  });
  return doc;
}
