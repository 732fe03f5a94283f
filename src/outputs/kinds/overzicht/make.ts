import type { Package } from '../../../model/types.js';
import { finish } from '../../../print/metadata.js';
import { renderOverview } from './render.js';
import { docMeta, type Context } from '../../files.js';

export async function makeOverview(ctx: Context, packages: Package[]): Promise<Uint8Array> {
  return finish(await renderOverview(ctx.toolkit, packages), docMeta(ctx, `Overzicht werkpakketten: ${ctx.toolkit.title}`, 'overzicht van de werkpakketten'));
}
