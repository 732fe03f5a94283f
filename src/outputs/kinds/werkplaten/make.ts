import { PDFDocument, loadPdf } from '../../../print/pdfLib.js';
import type { Package } from '../../../model/types.js';
import { finishDoc, hashBytes } from '../../../print/metadata.js';
import { tileA3ToA4 } from '../../../print/tile.js';
import { renderWerkplaten } from './render.js';
import { fileName, metaFor, printOnlyMeta, printOnlyNote, type Context, type OutputFile } from '../../files.js';
import { graftStructure, tagAsFigure } from '../../../print/structure.js';

/**
 * All werkplaten of a package come from one render; each page becomes its A3
 * file, and the 2 x A4 version is cut from that same A3 page, so the two can
 * never differ.
 */
export async function makeWerkplaten(ctx: Context, pkg: Package): Promise<OutputFile[]> {
  if (!pkg.werkplaten.length) return [];
  const { bytes, cuts } = await renderWerkplaten(ctx.toolkit, pkg);
  const source = await loadPdf(bytes);
  const seed = hashBytes(bytes);
  const out: OutputFile[] = [];
  for (const [i, plaat] of pkg.werkplaten.entries()) {
    const k = i + 1;
    const a3 = await PDFDocument.create({ updateMetadata: false });
    const [page] = await a3.copyPages(source, [i]);
    a3.addPage(page);
    graftStructure(a3, source, [{ from: source.getPage(i), to: page! }]);
    const what = `werkplaat ${k}, ${plaat.title}`;
    const a3Bytes = await finishDoc(a3, metaFor(ctx, pkg, `${what} (A3)`), `${seed}:${k}`);
    const { doc: tiles } = await tileA3ToA4(a3, { stamps: await ctx.stamps(), cut: cuts[i] });
    out.push(
      { path: fileName(pkg, `werkplaat-${k}-A3`), bytes: a3Bytes },
      { path: fileName(pkg, `werkplaat-${k}-2xA4`), bytes: await finishDoc(tagTiles(tiles, pkg, plaat.title), printOnlyMeta(ctx, pkg, `${what} (2 x A4)`), `${seed}:${k}:tiles`) },
    );
  }
  return out;
}

/** Each sheet of the 2 x A4 version one Figure, whose text says what it is and where its words are to read. */
function tagTiles(doc: PDFDocument, pkg: Package, title: string): PDFDocument {
  doc.getPages().forEach((page, i) => tagAsFigure(doc, page, `Werkplaat ${title}, vel ${i + 1} van 2 om aan elkaar te plakken. ${printOnlyNote(pkg)}.`));
  return doc;
}
