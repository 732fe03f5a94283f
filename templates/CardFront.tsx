import { Text, View } from '@react-pdf/renderer';
import { typo } from './typography.js';
import type { Card, Package } from '../src/model/types.js';
import { KindIcon, kindLabel } from './KindIcon.js';
import type { CardGeometry, CardSizes } from './cardGeometry.js';
import { CardPage } from './CardPage.js';
import { GREY, INK, mm, CARD_TYPE } from './units.js';
import { dotted } from '../src/model/themeLabel.js';
import { fitProps, type FitGroup, type FitPart } from '../src/render/fitMark.js';

export interface CardFrontProps {
  pkg: Package;
  card: Card;
  n: number;
  total: number;
  geo: CardGeometry;
  sizes: CardSizes;
  /** Marks the text blocks so that the fit check can find them in the layout tree. */
  fit: FitGroup;
}

/** The face of a card: kind, title, text; theme colour and letter, package number, n of total. */
export function CardFront({ pkg, card, n, total, geo, sizes, fit }: CardFrontProps) {
  const { bleed, safe } = geo;
  const inset = bleed + safe;
  const mark = (part: FitPart) => fitProps(fit, part);
  return (
    <CardPage geo={geo} background="#ffffff" color={INK}>
      <View style={{ backgroundColor: pkg.theme.colour, paddingTop: inset, paddingBottom: mm(2.5), paddingHorizontal: inset, flexDirection: 'row', alignItems: 'center' }}>
        <KindIcon kind={card.kind} size={mm(6)} colour={pkg.theme.colour} background="#ffffff" />
        <Text style={{ color: '#ffffff', fontWeight: 700, fontSize: CARD_TYPE.kind, marginLeft: mm(2), flex: 1 }}>{kindLabel(card.kind)}</Text>
        {pkg.theme.implicit ? null : <Text style={{ color: '#ffffff', fontWeight: 700, fontSize: CARD_TYPE.themeLetter }}>{pkg.theme.id}</Text>}
      </View>
      {/* The box takes exactly the room left between header and footer; its texts keep their full height so that overflow shows. */}
      <View style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0, paddingHorizontal: inset, paddingTop: mm(3), paddingBottom: mm(1.5) }} {...mark('box')}>
        <Text style={{ fontWeight: 700, fontSize: sizes.title, lineHeight: 1.15, marginBottom: mm(2), flexShrink: 0 }} {...mark('title')}>
          {typo(card.title)}
        </Text>
        <Text style={{ fontSize: sizes.text, lineHeight: 1.3, flexShrink: 0 }} {...mark('text')}>
          {typo(card.text)}
        </Text>
      </View>
      <View style={{ flexDirection: 'row', paddingHorizontal: inset, paddingBottom: inset, paddingTop: mm(1.5), borderTopWidth: 0.5, borderTopColor: pkg.theme.colour, marginHorizontal: 0 }}>
        <Text style={{ fontSize: CARD_TYPE.footer, color: GREY, flex: 1 }}>
          {dotted(!pkg.theme.implicit && pkg.theme.id, `werkpakket ${pkg.number}`)}
        </Text>
        <Text style={{ fontSize: CARD_TYPE.footer, color: GREY }}>
          kaart {n}/{total}
        </Text>
      </View>
    </CardPage>
  );
}
