import type { ReactNode } from 'react';
import { tag } from './tags.js';
import { Text, View } from '@react-pdf/renderer';
import { FONT, mm } from './units.js';

/** A heading in the theme colour over its content. `keep` holds it on one page; else at least the heading's first lines go with it. */
export function DraaiboekSection({ heading, colour, keep, children }: { heading: string; colour: string; keep?: boolean; children: ReactNode }) {
  return (
    <View wrap={!keep} {...tag('Sect')} style={{ marginBottom: mm(4) }}>
      <Text minPresenceAhead={mm(15)} {...tag('H2')} style={{ fontFamily: FONT, fontWeight: 700, fontSize: 12, color: colour, marginBottom: mm(1.5) }}>
        {heading}
      </Text>
      {children}
    </View>
  );
}
