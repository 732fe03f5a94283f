import { Document } from '@react-pdf/renderer';
import type { Package } from '../src/model/types.js';
import { CardBack } from './CardBack.js';
import { CardFront } from './CardFront.js';
import type { CardGeometry, CardSizes } from './cardGeometry.js';

/** Every card of a package as pages front, back, front, back, at bleed size. */
export function Cards({ pkg, geo, sizes }: { pkg: Package; geo: CardGeometry; sizes: CardSizes[] }) {
  return (
    <Document>
      {pkg.cards.flatMap((card, i) => [
        <CardFront key={`f${i}`} pkg={pkg} card={card} n={i + 1} total={pkg.cards.length} geo={geo} sizes={sizes[i]!} fitKey={String(i)} />,
        <CardBack key={`b${i}`} pkg={pkg} card={card} geo={geo} />,
      ])}
    </Document>
  );
}
