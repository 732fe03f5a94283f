import type { ReactNode } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { FONT, INK, RULE, mm, TYPE } from './units.js';
import { wholeWords } from './wholeWords.js';

/** Heading in a narrow left column, text beside it: shorter lines read easier than 180 mm ones. */
export function GuideSection({ heading, text, children }: { heading: string; text: string; children?: ReactNode }) {
  return (
    <View wrap={false} style={{ flexDirection: 'row', paddingVertical: mm(3.5), borderTopWidth: 0.5, borderTopColor: RULE }}>
      <Text hyphenationCallback={wholeWords} style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.subheading, color: INK, lineHeight: 1.25, width: mm(52), paddingRight: mm(5) }}>{heading}</Text>
      <View style={{ flex: 1 }}>
        <Text style={{ fontFamily: FONT, fontSize: TYPE.body, color: INK, lineHeight: 1.45 }}>{text}</Text>
        {children}
      </View>
    </View>
  );
}
