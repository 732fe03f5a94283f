import { createElement } from 'react';
import type { LayoutNode } from '@react-pdf/layout';
import { ToolkitError, type Problem } from '../errors.js';
import type { Package, Toolkit } from '../model/types.js';
import { backKinds, Cards } from '../../templates/Cards.js';
import { BlankCards } from '../../templates/BlankCards.js';
import { cardGeometry, type CardGeometry, type CardSizes } from '../../templates/cardGeometry.js';
import { draw, layout } from './engine.js';
import { fits, measureFit, misfit } from './fit.js';

/** Title and text sizes, tried in order; the last is the floor (below 7.5 pt a card is hard to read). */
export const CARD_STEPS: CardSizes[] = [
  { title: 13, text: 10 },
  { title: 12.5, text: 9.5 },
  { title: 12, text: 9 },
  { title: 11.5, text: 8.5 },
  { title: 11, text: 8 },
  { title: 10.5, text: 7.5 },
];

export interface FittedCards {
  geo: CardGeometry;
  tree: LayoutNode;
  sizes: CardSizes[];
}

/**
 * Lays out every card, all of a package's cards at one size: a card that does
 * not fit shrinks the whole set one step at a time, so that the same role has
 * the same size on every card of the sheets. A card that does not fit at the
 * floor fails the package.
 */
export async function fitCards(toolkit: Toolkit, pkg: Package): Promise<FittedCards> {
  const geo = cardGeometry(toolkit.cards.width_mm, toolkit.cards.height_mm);
  for (let level = 0; ; level++) {
    const sizes = pkg.cards.map(() => CARD_STEPS[level]!);
    const tree = await layout(createElement(Cards, { toolkit, pkg, geo, sizes }));
    const measured = new Map(measureFit(tree).flatMap((f) => (f.group.kind === 'card' ? [[f.group.card, f] as const] : [])));
    const misfits = pkg.cards.flatMap((card, i) => {
      const fit = measured.get(i);
      return fit && !fits(fit) ? [{ card, i, fit }] : [];
    });
    if (!misfits.length) return { geo, tree, sizes };
    if (level === CARD_STEPS.length - 1) {
      const problems: Problem[] = misfits.map(({ card, i, fit }) => misfit(card.at, `cards[${i}]`, fit, sizes[i]!.text, 'Maak de tekst korter. Op de gewone grootte van 10 pt passen ongeveer 45 woorden; dat leest het best.'));
      throw new ToolkitError('content', problems);
    }
  }
}

export async function renderCards(toolkit: Toolkit, pkg: Package) {
  const { geo, tree, sizes } = await fitCards(toolkit, pkg);
  const kinds = backKinds(pkg);
  const faces = pkg.cards.map((c, i) => ({ front: i, back: pkg.cards.length + kinds.indexOf(c.kind) }));
  return { bytes: await draw(tree), geo, sizes, faces };
}

/** Blank cards for a group to write its own: see templates/BlankCards.tsx for the page order. */
export async function renderBlankCards(toolkit: Toolkit, pkg: Package): Promise<Uint8Array> {
  const geo = cardGeometry(toolkit.cards.width_mm, toolkit.cards.height_mm);
  return draw(await layout(createElement(BlankCards, { toolkit, pkg, geo })));
}
