import { createHash } from 'node:crypto';
import { createElement } from 'react';
import { Document } from '@react-pdf/renderer';
import type { LayoutNode } from '@react-pdf/layout';
import { problem, ToolkitError, type Problem } from '../../../errors.js';
import type { Package, Toolkit } from '../../../model/types.js';
import { backKinds, cardPages } from '../../../../templates/Cards.js';
import { BlankCards } from '../../../../templates/BlankCards.js';
import { cardGeometry, type CardGeometry, type CardSizes } from '../../../../templates/cardGeometry.js';
import { draw, layout } from '../../../render/engine.js';
import { fits, measureFit, misfit } from '../../../render/fit.js';

/** Title and text sizes, tried in order; the last is the floor (below 7.5 pt a card is hard to read). */
export const CARD_STEPS: CardSizes[] = [
  { title: 13, text: 10 },
  { title: 12.5, text: 9.5 },
  { title: 12, text: 9 },
  { title: 11.5, text: 8.5 },
  { title: 11, text: 8 },
  { title: 10.5, text: 7.5 },
];

/** The text size of each step, largest first: as a function, so that it passes through the bundle (loadRenderer.ts). */
export const cardStepTexts = () => CARD_STEPS.map((s) => s.text);

export interface FittedCards {
  geo: CardGeometry;
  tree: LayoutNode;
  sizes: CardSizes[];
  /** The cards (by index) that did not fit one step larger: what made the set shrink to these sizes. */
  shrunkBy: number[];
}

/**
 * Lays out every card, all of a package's cards at one size: a card that does
 * not fit shrinks the whole set one step at a time, so that the same role has
 * the same size on every card of the sheets. A card that does not fit at the
 * floor fails the package.
 */
export async function fitCards(toolkit: Toolkit, pkg: Package): Promise<FittedCards> {
  const geo = cardGeometry(toolkit.cards.width_mm, toolkit.cards.height_mm);
  let shrunkBy: number[] = [];
  for (let level = 0; ; level++) {
    const sizes = pkg.cards.map(() => CARD_STEPS[level]!);
    const tree = await layoutCards(toolkit, pkg, geo, sizes);
    const measured = new Map(measureFit(tree).flatMap((f) => (f.group.kind === 'card' ? [[f.group.card, f] as const] : [])));
    const misfits = pkg.cards.flatMap((card, i) => {
      const fit = measured.get(i);
      return fit && !fits(fit) ? [{ card, i, fit }] : [];
    });
    if (!misfits.length) return { geo, tree, sizes, shrunkBy };
    shrunkBy = misfits.map((m) => m.i);
    if (level === CARD_STEPS.length - 1) {
      const problems: Problem[] = misfits.map(({ card, i, fit }) => misfit(card.at, `cards[${i}]`, fit, sizes[i]!.text, 'Maak de tekst korter. Op de gewone grootte van 10 pt passen ongeveer 45 woorden; dat leest het best.'));
      throw new ToolkitError('content', problems);
    }
  }
}

// Card pages kept by what they show: after a card is edited, a warm process (build --watch,
// preview) lays out that card again, not all of them. A page's layout does not depend on the
// pages around it (no page numbers), so the pages not kept are laid out together in one document.
const pagesLaidOut = new Map<string, LayoutNode>();
// Enough for the package being edited (its fronts at two sizes, its backs: 40 pages with 18 cards), some 125 kB a page;
// a full build keeps only its last package's or two.
const KEEP_PAGES = 48;
let documentNode: LayoutNode | undefined;

/** The cards' document laid out: the same tree as laying out the whole document at once. */
async function layoutCards(toolkit: Toolkit, pkg: Package, geo: CardGeometry, sizes: CardSizes[]): Promise<LayoutNode> {
  const pages = cardPages({ toolkit, pkg, geo, sizes }).map((p) => ({ ...p, key: createHash('sha256').update(JSON.stringify(p.shows)).digest('base64'), node: undefined as LayoutNode | undefined }));
  for (const p of pages) p.node = pagesLaidOut.get(p.key);
  const missing = pages.filter((p) => !p.node);
  if (missing.length || !documentNode) {
    const doc = await layout(createElement(Document, null, ...(missing.length ? missing : pages).map((p) => p.page)));
    // A page that ran on onto a second one is not one page's layout: then the whole document, kept nowhere.
    if (doc.children?.length !== (missing.length ? missing : pages).length) return layout(createElement(Document, null, ...pages.map((p) => p.page)));
    documentNode = { ...doc, children: [] };
    (missing.length ? missing : pages).forEach((p, i) => (p.node = doc.children![i]));
  }
  for (const p of pages) {
    // Used again or new: kept longest.
    pagesLaidOut.delete(p.key);
    pagesLaidOut.set(p.key, p.node!);
    if (pagesLaidOut.size > KEEP_PAGES) pagesLaidOut.delete(pagesLaidOut.keys().next().value!);
  }
  return { ...documentNode, children: pages.map((p) => p.node!) };
}

export async function renderCards(toolkit: Toolkit, pkg: Package) {
  const fitted = await fitCards(toolkit, pkg);
  const { geo, tree } = fitted;
  const kinds = backKinds(pkg);
  // The office sheets take the light backs, the print shop the full-colour ones.
  const faces = pkg.cards.map((c, i) => ({ front: i, back: pkg.cards.length + kinds.length + kinds.indexOf(c.kind), shopBack: pkg.cards.length + kinds.indexOf(c.kind) }));
  return { bytes: await draw(tree), geo, sizes: fitted.sizes, faces, shrunkBy: fitted.shrunkBy };
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Cards whose text had to shrink more than one step still print, but small:
 * worth a warning, from `check` and from every build that lays them out. A
 * package's cards share one size; the warning points at the card that made
 * them shrink (the longest of those that did not fit one step larger).
 */
export function shrinkWarning(pkg: Package, fitted: Pick<FittedCards, 'sizes' | 'shrunkBy'>): Problem | undefined {
  const [normal, , ...small] = CARD_STEPS.map((s) => s.text);
  const size = fitted.sizes[0]?.text;
  if (size === undefined || !small.includes(size)) return undefined;
  const culprits = (fitted.shrunkBy.length ? fitted.shrunkBy : pkg.cards.map((_, i) => i)).map((i) => pkg.cards[i]!);
  const card = culprits.reduce((a, c) => (words(c.text) > words(a.text) ? c : a));
  return problem('card-shrunk', { size: String(size).replace('.', ','), normal: normal!, words: words(card.text) }, { severity: 'warning', at: card.at });
}

/** Blank cards for a group to write its own: see templates/BlankCards.tsx for the page order. */
export async function renderBlankCards(toolkit: Toolkit, pkg: Package): Promise<Uint8Array> {
  const geo = cardGeometry(toolkit.cards.width_mm, toolkit.cards.height_mm);
  return draw(await layout(createElement(BlankCards, { toolkit, pkg, geo })));
}
