import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Package, Theme } from '../model/types.js';
import { mergeBundle, ownPageCounter, planBundle, type BundleEntry, type BundlePart } from '../print/bundle.js';
import type { ContentsPackage } from '../../templates/BundleContents.js';
import { finish, finishDoc } from '../print/metadata.js';
import { renderBundleContents, renderCovers } from '../render/cover.js';
import { renderGuide } from '../render/guide.js';
import { renderOverview } from '../render/overview.js';
import { docMeta, fileName, type Context } from './outputs.js';
import { themeLabel } from '../model/themeLabel.js';

/** A material of a package in its theme's bundle: the file it is read from, its bookmark title. */
export interface BundleMaterial {
  title: string;
  file: string;
  /** Sheets to cut and glue: each on a sheet of its own, nothing on the back. */
  onePerSheet?: boolean;
}

/**
 * What a package's part of its theme bundle holds after the cover, in print
 * order; each starts on a new sheet. The werkplaten go in as 2 x A4, so that
 * the whole bundle prints on an office printer; their A3 files stay beside it.
 */
export function bundleMaterials(pkg: Package): BundleMaterial[] {
  return [
    ...(pkg.facilitation ? [{ title: 'Draaiboek voor de begeleider', file: fileName(pkg, 'draaiboek-A4') }] : []),
    { title: 'Werkblad', file: fileName(pkg, 'werkblad-A4') },
    ...pkg.werkplaten.map((w, i) => ({ title: `Werkplaat ${i + 1}: ${w.title} (2 x A4)`, file: fileName(pkg, `werkplaat-${i + 1}-2xA4`), onePerSheet: true })),
    ...(pkg.cards.length ? [{ title: 'Denk- en doekaarten (A4, dubbelzijdig)', file: fileName(pkg, 'kaarten-A4') }] : []),
  ];
}

/**
 * A theme's materials in print order for a duplex printer: a contents page,
 * then each package behind its own cover (draaiboek when the package has a
 * plan, werkblad, werkplaten, card sheets), every part starting on a new sheet
 * (blank backs say they are blank on purpose). Built from the files already
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
  const parts: BundlePart[] = packages.map((pkg, i) => ({
    title: `${pkg.number}. ${pkg.title}`,
    label: `${pkg.number}.`,
    recto: true,
    children: [
      { title: 'Omslag', bytes: covers, page: i, recto: true },
      ...bundleMaterials(pkg).map((m) => ({ title: m.title, bytes: read(m.file), recto: true, onePerSheet: m.onePerSheet })),
    ],
  }));
  const title = themeLabel(theme) ?? theme.name;
  const own = await ownPageCounter(parts);
  // The contents' page numbers depend on how many pages the contents take: try one, then what it took.
  for (let pages = 1; ; ) {
    const top: BundlePart = { title, children: parts };
    const { index } = planBundle([top], (p) => (p === top ? pages : own(p)));
    const made = await renderBundleContents(ctx.toolkit, theme, contentsOf(index));
    if (made.contentsPages !== pages) {
      if (made.contentsPages < pages) throw new Error(`bundle contents: ${made.contentsPages} pages after ${pages}`);
      pages = made.contentsPages;
      continue;
    }
    top.bytes = made.bytes;
    top.pages = Array.from({ length: pages }, (_, i) => i);
    const { doc } = await mergeBundle([top], { title, blank: { bytes: made.bytes, page: pages } });
    // The ID comes from what is in the bundle, so the same parts give the same file.
    const seed = createHash('sha256').update(made.bytes);
    for (const part of parts) for (const child of part.children ?? []) seed.update(child.bytes!).update(String(child.page ?? ''));
    return finishDoc(doc, docMeta(ctx, `Bundel ${title}`, theme.implicit ? 'alle materialen' : `thema ${theme.id} ${theme.name}, alle materialen`), seed.digest('hex'));
  }
}

/** The contents page's rows: each package with its pages, each of its parts with its first page, numbered from 1. */
function contentsOf(index: BundleEntry[]): ContentsPackage[] {
  const packages: ContentsPackage[] = [];
  for (const e of index) {
    if (e.path.length === 2) packages.push({ title: e.path[1]!, first: e.firstPage + 1, last: e.firstPage + e.pages, parts: [] });
    else if (e.path.length === 3) packages.at(-1)!.parts.push({ title: e.path[2]!, page: e.firstPage + 1 });
  }
  return packages;
}

export const makeCovers = (ctx: Context, packages: Package[]) => renderCovers(ctx.toolkit, packages);

export async function makeGuide(ctx: Context): Promise<Uint8Array> {
  return finish(await renderGuide(ctx.toolkit), docMeta(ctx, `Gebruiksaanwijzer: ${ctx.toolkit.title}`, 'gebruiksaanwijzer'));
}

export async function makeOverview(ctx: Context, packages: Package[]): Promise<Uint8Array> {
  return finish(await renderOverview(ctx.toolkit, packages), docMeta(ctx, `Overzicht werkpakketten: ${ctx.toolkit.title}`, 'overzicht van de werkpakketten'));
}
