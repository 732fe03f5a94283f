import type { ReactNode } from 'react';
import { Page, View } from '@react-pdf/renderer';
import type { CardGeometry } from './cardGeometry.js';
import { FONT } from './units.js';

/**
 * One card face at bleed size. The fixed frame matters: on a page that may not
 * wrap, react-pdf sizes the page to its content, growing it for too much text
 * and shrinking it for too little.
 */
export function CardPage({ geo, background, color, children }: { geo: CardGeometry; background: string; color: string; children: ReactNode }) {
  return (
    <Page size={[geo.pageW, geo.pageH]} wrap={false} style={{ fontFamily: FONT, color, backgroundColor: background }}>
      <View style={{ width: geo.pageW, height: geo.pageH }}>{children}</View>
    </Page>
  );
}
