import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import type { Package } from '../src/model/types.js';
import { ThemeBadge } from './ThemeBadge.js';
import { FONT, GREY, INK, mm, TYPE } from './units.js';
import { badgeText, dotted, themeLabel } from '../src/model/themeLabel.js';

export function WerkbladHeader({ pkg }: { pkg: Package }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', paddingBottom: mm(4), borderBottomWidth: 2, borderBottomColor: pkg.theme.colour, marginBottom: mm(6) }}>
      <ThemeBadge decorative letter={badgeText(pkg)} colour={pkg.theme.colour} size={mm(18)} />
      <View style={{ marginLeft: mm(5), flex: 1 }}>
        <Text {...tag('P')} style={{ fontFamily: FONT, fontSize: TYPE.small, color: GREY }}>
          {dotted(themeLabel(pkg.theme), `Werkpakket ${pkg.number}`)}
        </Text>
        <Text {...tag('H1')} style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.title, color: INK, lineHeight: 1.15 }}>{pkg.title}</Text>
      </View>
    </View>
  );
}
