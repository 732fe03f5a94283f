import type { Package } from '../../../model/types.js';
import { finish } from '../../../print/metadata.js';
import { renderDraaiboek } from './render.js';
import { fileName, metaFor, type Context, type OutputFile } from '../../files.js';

/** `NN-slug-draaiboek-A4.pdf`, for a package with a session plan; none without. */
export async function makeDraaiboek(ctx: Context, pkg: Package): Promise<OutputFile[]> {
  if (!pkg.facilitation) return [];
  const raw = await renderDraaiboek(ctx.toolkit, pkg);
  return [{ path: fileName(pkg, 'draaiboek-A4'), bytes: await finish(raw, metaFor(ctx, pkg, 'draaiboek')) }];
}
