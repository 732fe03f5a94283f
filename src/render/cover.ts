import { createElement } from 'react';
import type { LayoutNode } from '@react-pdf/layout';
import { ToolkitError } from '../errors.js';
import type { Package, Toolkit } from '../model/types.js';
import { PackageCovers } from '../../templates/PackageCovers.js';
import { draw, layout } from './engine.js';

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
    long.map((pkg) => ({
      code: 'cover-too-long',
      message: `the cover of package ${pkg.number} runs over its one A4 page`,
      hint: 'Shorten the intro, or the titles and instructions of the werkplaten: the cover shows them all.',
      at: pkg.texts.find((t) => t.at.path === 'intro')?.at ?? { file: pkg.file },
    })),
  );
}
