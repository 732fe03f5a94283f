import type { CardKind, Package } from '../../../model/types.js';
import { officeCardSheets } from '../../../print/cardSheets.js';
import { finishDoc, hashBytes } from '../../../print/metadata.js';
import { loadPdf } from '../../../print/pdfLib.js';
import { renderBlankCards, renderCards } from './render.js';
import { BLANK_KINDS } from '../../../../templates/BlankCards.js';
import { metaFor, type Context } from '../../files.js';

/**
 * A package's cards of one kind on A4 sheets, imposed as the package's own
 * card sheets are (make/kaarten.ts), for a session that prints only that
 * kind: five doekaarten fill one sheet instead of two.
 */
export async function makeCardSelection(ctx: Context, pkg: Package, kind: CardKind): Promise<Uint8Array> {
  const { bytes, geo, faces } = await renderCards(ctx.toolkit, pkg);
  const picked = pkg.cards.flatMap((c, i) => (c.kind === kind ? [faces[i]!] : []));
  const { doc } = await officeCardSheets(await loadPdf(bytes), {
    trimW: geo.trimW,
    trimH: geo.trimH,
    bleed: geo.bleed,
    faces: picked,
    kinds: picked.map(() => kind),
    blanks: await renderBlankCards(ctx.toolkit, pkg),
    blankKinds: BLANK_KINDS,
    stamps: await ctx.stamps(),
  });
  return finishDoc(doc, metaFor(ctx, pkg, kind === 'doe' ? 'doekaarten op A4' : 'denkkaarten op A4'), `${hashBytes(bytes)}:${kind}`);
}
