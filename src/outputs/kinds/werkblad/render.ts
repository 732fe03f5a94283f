import { createElement } from 'react';
import { ToolkitError } from '../../../errors.js';
import type { Package, Toolkit } from '../../../model/types.js';
import { Werkblad } from '../../../../templates/Werkblad.js';
import { draw, layout } from '../../../render/engine.js';
import { wideWordProblems } from '../../../render/wideWords.js';

/** Lays out the werkblad, refusing a word that cannot break and runs past its box (off the page). */
export async function layoutWerkblad(toolkit: Toolkit, pkg: Package) {
  // Loaded only for a film with a link: most packages have none, and it costs 30 ms to load.
  const qr = pkg.film.url ? (await import('../../../render/qr.js')).qrModules(pkg.film.url) : undefined;
  // Three lines to write on under each question where that takes no extra page; else two.
  const three = await layout(createElement(Werkblad, { toolkit, pkg, qr, lines: 3 }));
  const two = await layout(createElement(Werkblad, { toolkit, pkg, qr, lines: 2 }));
  const tree = (three.children?.length ?? 0) <= (two.children?.length ?? 0) ? three : two;
  const wide = wideWordProblems(tree, pkg.texts, 'het werkblad');
  if (wide.length) throw new ToolkitError('content', wide);
  return tree;
}

export async function renderWerkblad(toolkit: Toolkit, pkg: Package): Promise<Uint8Array> {
  return draw(await layoutWerkblad(toolkit, pkg));
}
