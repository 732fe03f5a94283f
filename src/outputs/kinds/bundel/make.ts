import { createHash } from 'node:crypto';
import type { Package, Theme } from '../../../model/types.js';
import { mergeBundle, ownPageCounter, planBundle, type BundleEntry, type BundlePart } from '../../../print/bundle.js';
import { CONTENTS_LINK, type ContentsPackage } from '../../../../templates/BundleContents.js';
import { resolveLinks } from '../../../print/links.js';
import { labelText } from '../../../print/pageLabels.js';
import { finishDoc } from '../../../print/metadata.js';
import { renderBundleContents, renderCovers } from './cover.js';
import { bundleMaterials } from './materials.js';
import { docMeta, type Context } from '../../files.js';
import { themeLabel } from '../../../model/themeLabel.js';

/**
 * A theme's materials in print order for a duplex printer: a contents page,
 * then each package behind its own cover (draaiboek when the package has a
 * plan, werkblad, werkplaten, card sheets), every part starting on a new sheet
 * (blank backs say they are blank on purpose). Built from the bytes of the
 * packages' own files, so the bundle holds exactly what prints on its own.
 */
export async function makeBundle(
  ctx: Context,
  theme: Theme,
  packages: Package[],
  /** The packages' files, by their path. */
  files: ReadonlyMap<string, Uint8Array>,
  /** `makeCovers` of these packages: page i opens package i. */
  covers: Uint8Array,
): Promise<Uint8Array> {
  const read = (path: string) => {
    const bytes = files.get(path);
    if (!bytes) throw new Error(`bundle: ${path} is not among the files it was given`);
    return bytes;
  };
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
    const plan = planBundle([top], (p) => (p === top ? pages : own(p)));
    const made = await renderBundleContents(ctx.toolkit, theme, contentsOf(plan.index, plan.pages.map((p) => labelText(p.label))));
    if (made.contentsPages !== pages) {
      if (made.contentsPages < pages) throw new Error(`bundle contents: ${made.contentsPages} pages after ${pages}`);
      pages = made.contentsPages;
      continue;
    }
    top.bytes = made.bytes;
    top.pages = Array.from({ length: pages }, (_, i) => i);
    const { doc } = await mergeBundle([top], { title, blank: { bytes: made.bytes, page: pages } });
    // The contents' lines go to their pages, which only the merged file has.
    const labels = plan.pages.map((p) => labelText(p.label));
    const target = (name: string) => (name.startsWith(CONTENTS_LINK) ? Number(name.slice(CONTENTS_LINK.length)) : undefined);
    resolveLinks(doc, top.pages, target, (page) => `Naar pagina ${labels[page]}`);
    // The ID comes from what is in the bundle, so the same parts give the same file.
    const seed = createHash('sha256').update(made.bytes);
    for (const part of parts) for (const child of part.children ?? []) seed.update(child.bytes!).update(String(child.page ?? ''));
    return finishDoc(doc, docMeta(ctx, `Bundel ${title}`, theme.implicit ? 'alle materialen' : `thema ${theme.id} ${theme.name}, alle materialen`), seed.digest('hex'));
  }
}

/** The contents page's rows: each package with its pages, each of its parts with its first page, by the labels of those pages. */
function contentsOf(index: BundleEntry[], labels: string[]): ContentsPackage[] {
  const packages: ContentsPackage[] = [];
  for (const e of index) {
    if (e.path.length === 2) packages.push({ title: e.path[1]!, first: labels[e.firstPage]!, last: labels[e.firstPage + e.pages - 1]!, target: e.firstPage, parts: [] });
    else if (e.path.length === 3) packages.at(-1)!.parts.push({ title: e.path[2]!, page: labels[e.firstPage]!, target: e.firstPage });
  }
  return packages;
}

export const makeCovers = (ctx: Context, packages: Package[]) => renderCovers(ctx.toolkit, packages);

