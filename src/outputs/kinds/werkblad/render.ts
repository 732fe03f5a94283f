import { createElement } from 'react';
import type { LayoutNode } from '@react-pdf/layout';
import { ToolkitError } from '../../../errors.js';
import type { Package, Toolkit } from '../../../model/types.js';
import { Werkblad } from '../../../../templates/Werkblad.js';
import { TIGHT_WRITE_LINE, WRITE_LINE } from '../../../../templates/Question.js';
import { draw, layout } from '../../../render/engine.js';
import { wideWordProblems } from '../../../render/wideWords.js';

/** The pages of one sheet printed on both sides: what a werkblad should take. */
const SHEET = 2;

/** Lays out the werkblad, refusing a word that cannot break and runs past its box (off the page). */
export async function layoutWerkblad(toolkit: Toolkit, pkg: Package) {
  // Loaded only for a film with a link: most packages have none, and it costs 30 ms to load.
  const qr = pkg.film.url ? (await import('../../../render/qr.js')).qrModules(pkg.film.url) : undefined;
  // Three lines to write on under each question where that takes no extra page; else two.
  const two = await layout(createElement(Werkblad, { toolkit, pkg, qr, lines: 2 }));
  let tree = two;
  const pages = (doc: LayoutNode) => doc.children?.length ?? 0;
  if (pages(two) > SHEET) {
    // Past one sheet: lines 1 mm lower (college ruled), where that saves a page.
    const tight = await layout(createElement(Werkblad, { toolkit, pkg, qr, lines: 2, line: TIGHT_WRITE_LINE }));
    if (pages(tight) < pages(two)) tree = tight;
  }
  if (tree === two && pkg.questions.length * WRITE_LINE <= roomLeft(two)) {
    // A third line adds its height to every question. More than the room two lines leave at the foot
    // of the pages cannot fit: then the second layout, as costly as the first, is not made.
    const three = await layout(createElement(Werkblad, { toolkit, pkg, qr, lines: 3 }));
    if (pages(three) <= pages(two)) tree = three;
  }
  const wide = wideWordProblems(tree, pkg.texts, 'het werkblad');
  if (wide.length) throw new ToolkitError('content', wide);
  return tree;
}

/**
 * The room left at the foot of every page, summed: from the last box of the page's flow to the
 * page's bottom padding, plus the margin under a question, which may hang past it (half a line).
 */
function roomLeft(doc: LayoutNode): number {
  type Box = { top: number; height: number; paddingTop: number; paddingBottom: number; marginBottom: number };
  let room = 0;
  for (const page of doc.children ?? []) {
    const box = page.box as unknown as Box;
    const flow = (page.children ?? []).filter((c) => !(c.props as { fixed?: boolean } | undefined)?.fixed && c.box).map((c) => c.box as unknown as Box);
    const end = Math.max(box.paddingTop, ...flow.map((b) => b.top + b.height + b.marginBottom));
    room += box.height - box.paddingBottom - end + WRITE_LINE / 2;
  }
  return room;
}

export async function renderWerkblad(toolkit: Toolkit, pkg: Package): Promise<Uint8Array> {
  return draw(await layoutWerkblad(toolkit, pkg));
}
