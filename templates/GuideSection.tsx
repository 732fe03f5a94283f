import type { ReactNode } from 'react';
import { typo } from './typography.js';
import { Text, View } from '@react-pdf/renderer';
import { FONT, INK, RULE, mm, TYPE } from './units.js';
import { wholeWords } from './wholeWords.js';

/** Heading in a left column, text beside it: a 120 mm measure holds about 72 characters at 11 pt, where 180 mm held 105. */
export function GuideSection({ heading, text, children }: { heading: string; text: string; children?: ReactNode }) {
  return (
    <View wrap={false} style={{ flexDirection: 'row', paddingVertical: mm(2.6), borderTopWidth: 0.5, borderTopColor: RULE }}>
      <Text hyphenationCallback={wholeWords} style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.subheading, color: INK, lineHeight: 1.25, width: mm(60), paddingRight: mm(5) }}>{heading}</Text>
      <View style={{ flex: 1 }}>
        <Text style={{ fontFamily: FONT, fontSize: TYPE.body, color: INK, lineHeight: 1.4 }}>{typo(text)}</Text>
        {children}
      </View>
    </View>
  );
}
