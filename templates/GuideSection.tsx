import type { ReactNode } from 'react';
import { tag } from './tags.js';
import { typo } from './typography.js';
import { Text, View } from '@react-pdf/renderer';
import { FONT, INK, RULE, mm, TYPE } from './units.js';
import { wholeWords } from './wholeWords.js';
import { Icon } from './Icon.js';
import type { IconName } from './icons/tabler.js';

/** Heading in a left column, text beside it: a 120 mm measure holds about 72 characters at 11 pt, where 180 mm held 105. */
export function GuideSection({ heading, text, icon, children }: { heading: string; text: string; icon?: IconName; children?: ReactNode }) {
  return (
    <View wrap={false} {...tag('Sect')} style={{ flexDirection: 'row', paddingVertical: mm(2.6), borderTopWidth: 0.5, borderTopColor: RULE }}>
      <View style={{ width: mm(60), paddingRight: mm(5), flexDirection: 'row' }}>
        <View style={{ width: mm(7) }}>{icon ? <Icon name={icon} size={TYPE.subheading * 1.2} colour={INK} /> : null}</View>
        <Text hyphenationCallback={wholeWords} {...tag('H2')} style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.subheading, color: INK, lineHeight: 1.25, flex: 1 }}>{heading}</Text>
      </View>
      <View style={{ flex: 1 }}>
        <Text {...tag('P')} style={{ fontFamily: FONT, fontSize: TYPE.body, color: INK, lineHeight: 1.4 }}>{typo(text)}</Text>
        {children}
      </View>
    </View>
  );
}
