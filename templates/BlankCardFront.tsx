import { Text, View } from '@react-pdf/renderer';
import type { CardKind, Package } from '../src/model/types.js';
import { KindIcon, kindLabel } from './KindIcon.js';
import type { CardGeometry } from './cardGeometry.js';
import { CardPage } from './CardPage.js';
import { GREY, INK, RULE, mm } from './units.js';
import { dotted } from '../src/model/themeLabel.js';

/** Writing lines this far apart: room for handwriting with a pen or a thin marker. */
const LINE_PITCH = mm(7);

const PROMPT = {
  denk: 'Jouw eigen denkkaart: schrijf een titel en een vraag om over na te denken.',
  doe: 'Jouw eigen doekaart: schrijf een titel en een kleine actie voor deze week.',
};

/**
 * A card for a group to write its own, filling an empty slot of a card sheet.
 * Header and footer match CardFront's, so it sits in the deck as one of the
 * package's own; the box between holds lines to write on.
 */
export function BlankCardFront({ pkg, kind, geo }: { pkg: Package; kind: CardKind; geo: CardGeometry }) {
  const inset = geo.bleed + geo.safe;
  const colour = pkg.theme.colour;
  return (
    <CardPage geo={geo} background="#ffffff" color={INK}>
      <View style={{ backgroundColor: colour, paddingTop: inset, paddingBottom: mm(2.5), paddingHorizontal: inset, flexDirection: 'row', alignItems: 'center' }}>
        <KindIcon kind={kind} size={mm(6)} colour={colour} background="#ffffff" />
        <Text style={{ color: '#ffffff', fontWeight: 700, fontSize: 10, marginLeft: mm(2), flex: 1 }}>{kindLabel(kind)}</Text>
        {pkg.theme.implicit ? null : <Text style={{ color: '#ffffff', fontWeight: 700, fontSize: 14 }}>{pkg.theme.id}</Text>}
      </View>
      <View style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0, paddingHorizontal: inset, paddingTop: mm(3), paddingBottom: mm(1.5) }}>
        <Text style={{ fontSize: 8, lineHeight: 1.3, color: GREY }}>{PROMPT[kind]}</Text>
        {/* The first, darker line takes the title. */}
        {Array.from({ length: lineCount(geo) }, (_, i) => (
          <View key={i} style={{ height: LINE_PITCH, borderBottomWidth: i === 0 ? 1 : 0.5, borderBottomColor: i === 0 ? GREY : RULE }} />
        ))}
      </View>
      <View style={{ flexDirection: 'row', paddingHorizontal: inset, paddingBottom: inset, paddingTop: mm(1.5), borderTopWidth: 0.5, borderTopColor: colour }}>
        <Text style={{ fontSize: 7, color: GREY, flex: 1 }}>
          {dotted(!pkg.theme.implicit && pkg.theme.id, `werkpakket ${pkg.number}`)}
        </Text>
        <Text style={{ fontSize: 7, color: GREY }}>eigen kaart</Text>
      </View>
    </CardPage>
  );
}

// What the trim height holds besides the lines: the header (icon row), the
// footer line, the box's padding and the prompt's two lines, each inside the safe zone.
const AROUND_LINES = mm(8.5) + mm(4.5) + mm(4.5) + mm(8);

/** As many lines as fit between the prompt and the footer. */
function lineCount(geo: CardGeometry): number {
  return Math.max(1, Math.floor((geo.trimH - 2 * geo.safe - AROUND_LINES) / LINE_PITCH));
}
