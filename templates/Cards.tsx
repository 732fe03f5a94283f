import { Document } from '@react-pdf/renderer';
import type { CardKind, Package, Toolkit } from '../src/model/types.js';
import { CardBack } from './CardBack.js';
import { CardFront } from './CardFront.js';
import type { CardGeometry, CardSizes } from './cardGeometry.js';

/** The kinds in the order they first appear: one back page each, after the fronts. */
export const backKinds = (pkg: Package): CardKind[] => [...new Set(pkg.cards.map((c) => c.kind))];

/**
 * Every card's front, then one back per kind: a back shows only package and
 * kind, so cards of one kind share it. Imposition puts each back in place.
 */
export function Cards({ toolkit, pkg, geo, sizes }: { toolkit: Toolkit; pkg: Package; geo: CardGeometry; sizes: CardSizes[] }) {
  return (
    <Document>
      {pkg.cards.map((card, i) => (
        <CardFront key={`f${i}`} pkg={pkg} card={card} n={i + 1} total={pkg.cards.length} geo={geo} sizes={sizes[i]!} fit={{ kind: 'card', card: i }} />
      ))}
      {backKinds(pkg).map((kind) => (
        <CardBack key={kind} toolkit={toolkit} pkg={pkg} kind={kind} geo={geo} />
      ))}
    </Document>
  );
}
