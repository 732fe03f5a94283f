import type { Package } from '../../model/types.js';
import { officeCardSheets } from '../../print/cardSheets.js';
import { finishDoc, hashBytes } from '../../print/metadata.js';
import { loadPdf } from '../../print/pdfLib.js';
import { printShopCards } from '../../print/printShop.js';
import { toCmyk } from '../../print/cmyk.js';
import { renderBlankCards, renderCards } from '../../render/cards.js';
import { BLANK_KINDS } from '../../../templates/BlankCards.js';
import { fileName, metaFor, type Context, type OutputFile } from '../files.js';

/** One render of the cards at bleed size, imposed twice: for the print shop and for A4. */
export async function makeKaarten(ctx: Context, pkg: Package): Promise<OutputFile[]> {
  if (!pkg.cards.length) return [];
  const { bytes, geo, faces } = await renderCards(ctx.toolkit, pkg);
  const size = { trimW: geo.trimW, trimH: geo.trimH, bleed: geo.bleed, faces };
  const seed = hashBytes(bytes);
  const source = await loadPdf(bytes);
  const shop = await printShopCards(source, size);
  toCmyk(shop, ctx.toolkit.themes);
  const blanks = await renderBlankCards(ctx.toolkit, pkg);
  const kinds = pkg.cards.map((c) => c.kind);
  const { doc: sheets } = await officeCardSheets(source, { ...size, kinds, blanks, blankKinds: BLANK_KINDS, stamps: await ctx.stamps() });
  return [
    { path: fileName(pkg, 'kaarten-drukker'), bytes: await finishDoc(shop, metaFor(ctx, pkg, 'denk- en doekaarten voor de drukker'), seed) },
    { path: fileName(pkg, 'kaarten-A4'), bytes: await finishDoc(sheets, metaFor(ctx, pkg, 'denk- en doekaarten op A4'), seed) },
  ];
}
