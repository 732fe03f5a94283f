import { Duplex, PrintScaling, type PDFDocument } from './pdfLib.js';

/**
 * Asks the viewer to print at 100%: "fit to page" would shrink cards and
 * werkplaten and move them off their marks. `duplex` says how the sheets
 * are meant to go through the printer.
 */
export function setPrintPrefs(doc: PDFDocument, duplex: Duplex) {
  const prefs = doc.catalog.getOrCreateViewerPreferences();
  prefs.setPrintScaling(PrintScaling.None);
  prefs.setDuplex(duplex);
}
