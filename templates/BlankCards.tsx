import { Document } from '@react-pdf/renderer';
import type { CardKind, Package, Toolkit } from '../src/model/types.js';
import { BlankCardFront } from './BlankCardFront.js';
import { CardBack } from './CardBack.js';
import type { CardGeometry } from './cardGeometry.js';

export const BLANK_KINDS: CardKind[] = ['denk', 'doe'];

/** Per kind a blank front and that kind's back (light: blank cards are printed in the office): page 2i is the front of BLANK_KINDS[i], 2i + 1 its back. */
export function BlankCards({ toolkit, pkg, geo }: { toolkit: Toolkit; pkg: Package; geo: CardGeometry }) {
  return (
    <Document>
      {BLANK_KINDS.flatMap((kind) => [
        <BlankCardFront key={`f-${kind}`} pkg={pkg} kind={kind} geo={geo} />,
        <CardBack key={`b-${kind}`} toolkit={toolkit} pkg={pkg} kind={kind} geo={geo} light />,
      ])}
    </Document>
  );
}
