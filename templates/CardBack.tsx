import { Text, View } from '@react-pdf/renderer';
import type { CardKind, Package, Toolkit } from '../src/model/types.js';
import { KindIcon, kindLabel } from './KindIcon.js';
import type { CardGeometry } from './cardGeometry.js';
import { CardPage } from './CardPage.js';
import { mm, CARD_TYPE } from './units.js';
import { themeLabel } from '../src/model/themeLabel.js';

/** The back: package number and title, theme, kind. Full colour into the bleed. */
export function CardBack({ toolkit, pkg, kind, geo }: { toolkit: Toolkit; pkg: Package; kind: CardKind; geo: CardGeometry }) {
  const inset = geo.bleed + geo.safe;
  return (
    <CardPage geo={geo} background={pkg.theme.colour} color="#ffffff">
      <View style={{ flexGrow: 1, padding: inset }}>
      <View style={{ flexDirection: 'row', alignItems: 'center' }}>
        <KindIcon kind={kind} size={mm(7)} colour={pkg.theme.colour} background="#ffffff" />
        <Text style={{ fontWeight: 700, fontSize: CARD_TYPE.backKind, marginLeft: mm(2) }}>{kindLabel(kind)}</Text>
      </View>
      <View style={{ flexGrow: 1, justifyContent: 'center' }}>
        <Text style={{ fontWeight: 700, fontSize: CARD_TYPE.backNumber, lineHeight: 1 }}>{pkg.number}</Text>
        <Text style={{ fontWeight: 700, fontSize: CARD_TYPE.backTitle, lineHeight: 1.2, marginTop: mm(2) }}>{pkg.title}</Text>
      </View>
      {pkg.theme.implicit ? null : (
        <Text style={{ fontWeight: 700, fontSize: CARD_TYPE.backSmall, lineHeight: 1.3, marginBottom: mm(1) }}>{themeLabel(pkg.theme)}</Text>
      )}
      <Text style={{ fontWeight: 700, fontSize: CARD_TYPE.backSmall, lineHeight: 1.3 }}>{toolkit.title}</Text>
      </View>
    </CardPage>
  );
}
