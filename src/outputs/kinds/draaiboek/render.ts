import { createElement } from 'react';
import { problem, ToolkitError } from '../../../errors.js';
import type { Package, Toolkit } from '../../../model/types.js';
import { Draaiboek } from '../../../../templates/Draaiboek.js';
import { draw, layout } from '../../../render/engine.js';
import { wideWordProblems } from '../../../render/wideWords.js';

/** A draaiboek is read at the table: one page when it fits, two at most. */
export const MAX_DRAAIBOEK_PAGES = 2;

/** Lays out the draaiboek of a package with `facilitation`, refusing one longer than two pages. */
export async function layoutDraaiboek(toolkit: Toolkit, pkg: Package) {
  const qr = pkg.film.url ? (await import('../../../render/qr.js')).qrModules(pkg.film.url) : undefined;
  const tree = await layout(createElement(Draaiboek, { toolkit, pkg, qr }));
  const pages = tree.children?.length ?? 0;
  if (pages > MAX_DRAAIBOEK_PAGES)
    throw new ToolkitError('content', [problem('draaiboek-pages', { pages, max: MAX_DRAAIBOEK_PAGES }, { at: { ...pkg.facilitation!.at, path: 'facilitation' } })]);
  const wide = wideWordProblems(tree, pkg.texts, 'het draaiboek');
  if (wide.length) throw new ToolkitError('content', wide);
  return tree;
}

export async function renderDraaiboek(toolkit: Toolkit, pkg: Package): Promise<Uint8Array> {
  return draw(await layoutDraaiboek(toolkit, pkg));
}
