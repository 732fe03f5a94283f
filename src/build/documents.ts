import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Package, Theme } from '../model/types.js';
import { mergeBundle, type BundlePart } from '../print/bundle.js';
import { finish, finishDoc } from '../print/metadata.js';
import { renderCovers } from '../render/cover.js';
import { renderGuide } from '../render/guide.js';
import { renderOverview } from '../render/overview.js';
import { docMeta, fileName, type Context } from './outputs.js';

/**
 * A theme's materials in print order, each package behind its own cover:
 * draaiboek (when the package has a plan), werkblad, werkplaten on A3, card sheets. Built from the files already
 * written, so the bundle holds exactly what was printed on its own.
 */
export async function makeBundle(
  ctx: Context,
  theme: Theme,
  packages: Package[],
  outDir: string,
  /** `makeCovers` of these packages: page i opens package i. */
  covers: Uint8Array,
): Promise<Uint8Array> {
  const read = (path: string) => new Uint8Array(readFileSync(join(outDir, path)));
  const parts: BundlePart[] = [];
  for (const [i, pkg] of packages.entries()) {
    const children: BundlePart[] = [
      { title: 'Omslag', bytes: covers, page: i },
      ...(pkg.facilitation ? [{ title: 'Draaiboek voor de begeleider', bytes: read(fileName(pkg, 'draaiboek-A4')) }] : []),
      { title: 'Werkblad', bytes: read(fileName(pkg, 'werkblad-A4')) },
      ...pkg.werkplaten.map((w, i) => ({ title: `Werkplaat ${i + 1}: ${w.title} (A3)`, bytes: read(fileName(pkg, `werkplaat-${i + 1}-A3`)) })),
    ];
    if (pkg.cards.length) children.push({ title: 'Denk- en doekaarten (A4, dubbelzijdig)', bytes: read(fileName(pkg, 'kaarten-A4')) });
    parts.push({ title: `${pkg.number}. ${pkg.title}`, label: `${pkg.number}.`, children });
  }
  const title = `Thema ${theme.id} · ${theme.name}`;
  const { doc } = await mergeBundle([{ title, children: parts }], { title });
  // The ID comes from what is in the bundle, so the same parts give the same file.
  const seed = createHash('sha256');
  for (const part of parts) for (const child of part.children ?? []) seed.update(child.bytes!).update(String(child.page ?? ''));
  return finishDoc(doc, docMeta(ctx, `Bundel ${title}`, `thema ${theme.id} ${theme.name}, alle materialen`), seed.digest('hex'));
}

export const makeCovers = (ctx: Context, packages: Package[]) => renderCovers(ctx.toolkit, packages);

export async function makeGuide(ctx: Context): Promise<Uint8Array> {
  return finish(await renderGuide(ctx.toolkit), docMeta(ctx, `Gebruiksaanwijzer: ${ctx.toolkit.title}`, 'gebruiksaanwijzer'));
}

export async function makeOverview(ctx: Context, packages: Package[]): Promise<Uint8Array> {
  return finish(await renderOverview(ctx.toolkit, packages), docMeta(ctx, `Overzicht werkpakketten: ${ctx.toolkit.title}`, 'overzicht van de werkpakketten'));
}
