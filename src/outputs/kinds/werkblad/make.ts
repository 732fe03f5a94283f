import type { Package } from '../../../model/types.js';
import { finish } from '../../../print/metadata.js';
import { renderWerkblad } from './render.js';
import { fileName, metaFor, type Context, type OutputFile } from '../../files.js';

export async function makeWerkblad(ctx: Context, pkg: Package): Promise<OutputFile[]> {
  const raw = await renderWerkblad(ctx.toolkit, pkg);
  return [{ path: fileName(pkg, 'werkblad-A4'), bytes: await finish(raw, metaFor(ctx, pkg, 'werkblad')) }];
}
