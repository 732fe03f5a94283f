import { createElement } from 'react';
import type { LayoutNode } from '@react-pdf/layout';
import { problem, ToolkitError } from '../../../errors.js';
import type { Package, Theme, Toolkit } from '../../../model/types.js';
import { BundleContents, type ContentsPackage } from '../../../../templates/BundleContents.js';
import { PackageCovers } from '../../../../templates/PackageCovers.js';
import { draw, layout } from '../../../render/engine.js';

const pages = (tree: LayoutNode) => tree.children?.length ?? 0;
const coversOf = (toolkit: Toolkit, packages: Package[]) => layout(createElement(PackageCovers, { toolkit, packages }));

/**
 * The covers that open packages in a theme bundle: page i is the cover of
 * `packages[i]`, so a cover that runs over its page is an error.
 */
export async function renderCovers(toolkit: Toolkit, packages: Package[]): Promise<Uint8Array> {
  return draw(await fitCovers(toolkit, packages));
}

/** The covers laid out, or the error of each that runs over its page: what `check` asks. */
export async function fitCovers(toolkit: Toolkit, packages: Package[]): Promise<LayoutNode> {
  const tree = await coversOf(toolkit, packages);
  if (pages(tree) === packages.length) return tree;
  const long: Package[] = [];
  for (const pkg of packages) if (pages(await coversOf(toolkit, [pkg])) > 1) long.push(pkg);
  throw new ToolkitError(
    'content',
    long.map((pkg) => problem('cover-too-long', { number: pkg.number }, { at: pkg.texts.find((t) => t.at.path === 'intro')?.at ?? { file: pkg.file } })),
  );
}

/**
 * A theme bundle's contents pages followed by one blank page. The page
 * numbers in `packages` assume `contentsPages` pages of contents; the caller
 * tries again when the returned count differs.
 */
export async function renderBundleContents(toolkit: Toolkit, theme: Theme, packages: ContentsPackage[]): Promise<{ bytes: Uint8Array; contentsPages: number }> {
  const tree = await layout(createElement(BundleContents, { toolkit, theme, packages }));
  return { bytes: await draw(tree), contentsPages: pages(tree) - 1 };
}
