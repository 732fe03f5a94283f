import { Text, View } from '@react-pdf/renderer';
import type { Package } from '../src/model/types.js';
import { ThemeBadge } from './ThemeBadge.js';
import { FONT, GREY, INK, mm, TYPE } from './units.js';

export function WerkbladHeader({ pkg }: { pkg: Package }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', paddingBottom: mm(4), borderBottomWidth: 2, borderBottomColor: pkg.theme.colour, marginBottom: mm(6) }}>
      <ThemeBadge letter={pkg.theme.id} colour={pkg.theme.colour} size={mm(18)} />
      <View style={{ marginLeft: mm(5), flex: 1 }}>
        <Text style={{ fontFamily: FONT, fontSize: TYPE.small, color: GREY }}>
          Thema {pkg.theme.id} · {pkg.theme.name} · Werkpakket {pkg.number}
        </Text>
        <Text style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.title, color: INK, lineHeight: 1.15 }}>{pkg.title}</Text>
      </View>
    </View>
  );
}
