import { Text, View } from '@react-pdf/renderer';
import type { CardKind, Package, Toolkit } from '../src/model/types.js';
import { KindIcon, kindLabel } from './KindIcon.js';
import type { CardGeometry } from './cardGeometry.js';
import { CardPage } from './CardPage.js';
import { GREY, INK, mm, CARD_TYPE } from './units.js';
import { badgeText, themeLabel } from '../src/model/themeLabel.js';

/**
 * The back: package number and title, theme, kind. For the print shop full
 * colour into the bleed; for office printers (`light`) white with a band of
 * the colour at the top: a solid back costs toner and curls or bands on heavy
 * stock (print.md asks for about 30 % ink at most).
 */
export function CardBack({ toolkit, pkg, kind, geo, light = false }: { toolkit: Toolkit; pkg: Package; kind: CardKind; geo: CardGeometry; light?: boolean }) {
  return light ? <LightBack toolkit={toolkit} pkg={pkg} kind={kind} geo={geo} /> : <FullBack toolkit={toolkit} pkg={pkg} kind={kind} geo={geo} />;
}

type BackProps = { toolkit: Toolkit; pkg: Package; kind: CardKind; geo: CardGeometry };

function FullBack({ toolkit, pkg, kind, geo }: BackProps) {
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

/** The band runs into the bleed at the top, so a cut a little off still leaves it at the edge. */
const BAND = mm(15);

function LightBack({ toolkit, pkg, kind, geo }: BackProps) {
  const inset = geo.bleed + geo.safe;
  const colour = pkg.theme.colour;
  return (
    <CardPage geo={geo} background="#ffffff" color={INK}>
      <View style={{ height: geo.bleed + BAND, backgroundColor: colour, flexDirection: 'row', alignItems: 'center', paddingTop: geo.bleed, paddingHorizontal: inset }}>
        <KindIcon kind={kind} size={mm(7)} colour={colour} background="#ffffff" />
        <Text style={{ fontWeight: 700, fontSize: CARD_TYPE.backKind, marginLeft: mm(2), color: '#ffffff', flexGrow: 1 }}>{kindLabel(kind)}</Text>
        {pkg.theme.implicit ? null : <Text style={{ fontWeight: 700, fontSize: CARD_TYPE.themeLetter, color: '#ffffff' }}>{badgeText(pkg)}</Text>}
      </View>
      <View style={{ flexGrow: 1, paddingHorizontal: inset, paddingBottom: inset }}>
        <View style={{ flexGrow: 1, justifyContent: 'center' }}>
          <Text style={{ fontWeight: 700, fontSize: CARD_TYPE.backNumber, lineHeight: 1, color: colour }}>{pkg.number}</Text>
          <Text style={{ fontWeight: 700, fontSize: CARD_TYPE.backTitle, lineHeight: 1.2, marginTop: mm(2) }}>{pkg.title}</Text>
        </View>
        {pkg.theme.implicit ? null : <Text style={{ fontSize: CARD_TYPE.backSmall, lineHeight: 1.3, marginBottom: mm(1), color: GREY }}>{themeLabel(pkg.theme)}</Text>}
        <Text style={{ fontSize: CARD_TYPE.backSmall, lineHeight: 1.3, color: GREY }}>{toolkit.title}</Text>
      </View>
    </CardPage>
  );
}
