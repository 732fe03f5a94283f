import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import type { Package } from '../src/model/types.js';
import { ThemeBadge } from './ThemeBadge.js';
import { FONT, GREY, INK, mm } from './units.js';
import { badgeText, dotted, themeLabel } from '../src/model/themeLabel.js';

/** The werkblad's header, a size smaller, saying what this sheet is: the plan must fit one page. */
export function DraaiboekHeader({ pkg }: { pkg: Package }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', paddingBottom: mm(3), borderBottomWidth: 2, borderBottomColor: pkg.theme.colour, marginBottom: mm(4) }}>
      <ThemeBadge decorative letter={badgeText(pkg)} colour={pkg.theme.colour} size={mm(15)} />
      <View style={{ marginLeft: mm(4), flex: 1 }}>
        <Text {...tag('P')} style={{ fontFamily: FONT, fontSize: 10, color: GREY }}>
          <Text style={{ fontWeight: 700, color: pkg.theme.colour }}>Draaiboek voor de begeleider</Text> · {dotted(themeLabel(pkg.theme, false), `Werkpakket ${pkg.number}`)}
        </Text>
        <Text {...tag('H1')} style={{ fontFamily: FONT, fontWeight: 700, fontSize: 19, color: INK, lineHeight: 1.15 }}>{pkg.title}</Text>
      </View>
    </View>
  );
}
