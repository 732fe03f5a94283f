import type { ReactElement } from 'react';
import { Document } from '@react-pdf/renderer';
import type { CardKind, Package, Toolkit } from '../src/model/types.js';
import { CardBack } from './CardBack.js';
import { CardFront } from './CardFront.js';
import type { CardGeometry, CardSizes } from './cardGeometry.js';

/** The kinds in the order they first appear: one back page each, after the fronts. */
export const backKinds = (pkg: Package): CardKind[] => [...new Set(pkg.cards.map((c) => c.kind))];

type CardsProps = { toolkit: Toolkit; pkg: Package; geo: CardGeometry; sizes: CardSizes[] };

/**
 * The pages of the cards, each with what it shows (`shows`: a page with the
 * same `shows` is the same page; src/outputs/kinds/kaarten/render.ts lays each out once).
 * A page shows what its template reads: the package's own fields, not its
 * cards or the places of its texts, besides its own card.
 */
export function cardPages({ toolkit, pkg, geo, sizes }: CardsProps): { shows: unknown; page: ReactElement }[] {
  const head = { ...pkg, cards: undefined, texts: undefined };
  const total = pkg.cards.length;
  return [
    ...pkg.cards.map((card, i) => ({
      shows: ['front', head, card, i, total, geo, sizes[i]],
      page: <CardFront key={`f${i}`} pkg={pkg} card={card} n={i + 1} total={total} geo={geo} sizes={sizes[i]!} fit={{ kind: 'card', card: i }} />,
    })),
    ...backKinds(pkg).map((kind) => ({ shows: ['back', toolkit, head, kind, geo], page: <CardBack key={kind} toolkit={toolkit} pkg={pkg} kind={kind} geo={geo} /> })),
    ...backKinds(pkg).map((kind) => ({ shows: ['light back', toolkit, head, kind, geo], page: <CardBack key={`l-${kind}`} toolkit={toolkit} pkg={pkg} kind={kind} geo={geo} light /> })),
  ];
}

/**
 * Every card's front, then one back per kind (a back shows only package and
 * kind, so cards of one kind share it), full colour for the print shop and
 * then light for office printers. Imposition puts each back in place.
 */
export function Cards(props: CardsProps) {
  return <Document>{cardPages(props).map((p) => p.page)}</Document>;
}
