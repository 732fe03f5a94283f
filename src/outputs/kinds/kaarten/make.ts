import { createHash } from 'node:crypto';
import type { Package } from '../../../model/types.js';
import { officeCardSheets } from '../../../print/cardSheets.js';
import { finishDoc, hashBytes } from '../../../print/metadata.js';
import { loadPdf } from '../../../print/pdfLib.js';
import { printShopCards } from '../../../print/printShop.js';
import { toCmyk } from '../../../print/cmyk.js';
import { renderBlankCards, renderCards, shrinkWarning } from './render.js';
import { BLANK_KINDS } from '../../../../templates/BlankCards.js';
import { fileName, metaFor, printOnlyMeta, printOnlyNote, type Context, type OutputFile } from '../../files.js';
import { tagAsFigure } from '../../../print/structure.js';

/**
 * One render of the cards at bleed size, imposed twice: on A4 first (the file
 * an editor prints and looks at, handed on at once), then for the print shop.
 */
export async function makeKaarten(ctx: Context, pkg: Package): Promise<OutputFile[]> {
  if (!pkg.cards.length) return [];
  const { bytes, geo, faces, sizes, shrunkBy } = await renderCards(ctx.toolkit, pkg);
  const shrunk = shrinkWarning(pkg, { sizes, shrunkBy });
  if (shrunk) ctx.warn?.(shrunk);
  const size = { trimW: geo.trimW, trimH: geo.trimH, bleed: geo.bleed, faces };
  const seed = hashBytes(bytes);
  const source = await loadPdf(bytes);
  const blanks = await blankCards(ctx, pkg);
  const kinds = pkg.cards.map((c) => c.kind);
  const { doc: sheets } = await officeCardSheets(source, { ...size, kinds, blanks, blankKinds: BLANK_KINDS, stamps: await ctx.stamps() });
  sheets.getPages().forEach((page, i, all) => tagAsFigure(sheets, page, `Denk- en doekaarten om te knippen, vel ${i + 1} van ${all.length}. ${printOnlyNote(pkg)}.`));
  const a4 = { path: fileName(pkg, 'kaarten-A4'), bytes: await finishDoc(sheets, printOnlyMeta(ctx, pkg, 'denk- en doekaarten op A4'), seed) };
  ctx.ready?.(a4);
  const shop = await printShopCards(source, size);
  toCmyk(shop, ctx.toolkit.themes);
  return [{ path: fileName(pkg, 'kaarten-drukker'), bytes: await finishDoc(shop, metaFor(ctx, pkg, 'denk- en doekaarten voor de drukker'), seed) }, a4];
}

// The blank cards show no card's words: a warm process remakes them only when what they show changed.
const blanksMade = new Map<string, Promise<Uint8Array>>();

function blankCards(ctx: Context, pkg: Package): Promise<Uint8Array> {
  const key = createHash('sha256').update(JSON.stringify([ctx.toolkit, { ...pkg, cards: undefined }])).digest('hex');
  let made = blanksMade.get(key);
  if (!made) {
    made = renderBlankCards(ctx.toolkit, pkg);
    made.catch(() => blanksMade.delete(key));
    if (blanksMade.size >= 32) blanksMade.delete(blanksMade.keys().next().value!);
    blanksMade.set(key, made);
  }
  return made;
}
