import { finish } from '../../../print/metadata.js';
import { renderGuide } from './render.js';
import { docMeta, type Context } from '../../files.js';

export async function makeGuide(ctx: Context): Promise<Uint8Array> {
  return finish(await renderGuide(ctx.toolkit), docMeta(ctx, `Gebruiksaanwijzer: ${ctx.toolkit.title}`, 'gebruiksaanwijzer'));
}
