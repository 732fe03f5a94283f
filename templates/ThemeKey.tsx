import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import type { Theme } from '../src/model/types.js';
import { ThemeBadge } from './ThemeBadge.js';
import { FONT, GREY, mm, TYPE } from './units.js';
import { wholeWords } from './wholeWords.js';

/** The themes as a key: letter, colour and name, as they appear on every other material. */
export function ThemeKey({ themes }: { themes: Theme[] }) {
  return (
    <View {...tag('L')} style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
      {themes.map((t) => (
        <View key={t.id} {...tag('LI')} style={{ width: '50%', flexDirection: 'row', alignItems: 'center', paddingVertical: mm(1.8), paddingRight: mm(4) }}>
          <ThemeBadge decorative letter={t.id} colour={t.colour} size={mm(10)} />
          <View {...tag('LBody')} style={{ marginLeft: mm(3), flex: 1 }}>
            <Text style={{ fontFamily: FONT, fontSize: TYPE.small, color: GREY }}>Thema {t.id}</Text>
            <Text hyphenationCallback={wholeWords} style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.body, color: t.colour, lineHeight: 1.2 }}>{t.name}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
