import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import type { Theme } from '../src/model/types.js';
import { ColourStripe } from './ColourStripe.js';
import { FONT, GREY, INK, mm, TYPE } from './units.js';

/** Header of the documents that cover the whole toolkit: the guide and the overview. */
export function DocumentHeader({ themes, title, subtitle }: { themes: Theme[]; title: string; subtitle: string }) {
  return (
    <View style={{ marginBottom: mm(7) }}>
      <ColourStripe themes={themes} height={mm(3)} />
      <Text {...tag('P')} style={{ fontFamily: FONT, fontSize: TYPE.body, color: GREY, marginTop: mm(5) }}>{subtitle}</Text>
      <Text {...tag('H1')} style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.title, color: INK, lineHeight: 1.15 }}>{title}</Text>
    </View>
  );
}
