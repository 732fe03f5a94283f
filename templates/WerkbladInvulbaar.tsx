import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { Package, Toolkit } from '../src/model/types.js';
import { FilmBox } from './FilmBox.js';
import { PageFooter } from './PageFooter.js';
import { QUESTION_WIDTH } from './Question.js';
import { typo } from './typography.js';
import { WerkbladHeader } from './WerkbladHeader.js';
import { stampOf } from './Werkblad.js';
import { A4, FONT, INK, mm, RULE, tint, TYPE, TINTS } from './units.js';

/** The answer box of question n: src/outputs/kinds/invulbaar/make.ts finds it in the layout by this id and puts a text field on it. */
export const answerId = (n: number) => `vraag-${n}`;
/** Running text at 11 pt: 75 characters a line or fewer, where the page's width held up to 111. */
const TEXT_WIDTH = mm(112);
/** Room for about five lines of typed text at 11 pt. */
export const ANSWER_HEIGHT = mm(30);

export interface WerkbladInvulbaarProps {
  toolkit: Toolkit;
  pkg: Package;
  qr?: boolean[][];
}

/** The werkblad to fill in on screen: as the printed one, with a box per question where the form field goes. */
export function WerkbladInvulbaar({ toolkit, pkg, qr }: WerkbladInvulbaarProps) {
  const colour = pkg.theme.colour;
  return (
    <Document>
      <Page size={[A4.width, A4.height]} style={{ paddingTop: mm(15), paddingBottom: mm(22), paddingHorizontal: mm(15), fontFamily: FONT }}>
        <WerkbladHeader pkg={pkg} />
        <Text style={{ fontSize: TYPE.body, color: INK, lineHeight: 1.4, marginBottom: mm(5), maxWidth: TEXT_WIDTH }}>{typo(pkg.intro)}</Text>
        <FilmBox film={pkg.film} qr={qr} background={tint(colour, TINTS.panel)} contact={toolkit.contact} />
        <Text style={{ fontWeight: 700, fontSize: TYPE.heading, color: colour, marginBottom: mm(1) }}>Reflectievragen</Text>
        <Text style={{ fontSize: TYPE.small, color: INK, marginBottom: mm(3), maxWidth: TEXT_WIDTH }}>Typ je antwoord in het vak onder de vraag en sla het bestand op. Met Tab ga je naar de volgende vraag.</Text>
        {pkg.questions.map((q, i) => (
          <View key={i} wrap={false} style={{ marginBottom: mm(3) }}>
            <View style={{ flexDirection: 'row', marginBottom: mm(1.5) }}>
              <Text style={{ fontWeight: 700, fontSize: TYPE.body, color: colour, width: mm(7) }}>{i + 1}.</Text>
              <Text style={{ fontSize: TYPE.body, color: INK, flex: 1, maxWidth: QUESTION_WIDTH, lineHeight: 1.3 }}>{typo(q)}</Text>
            </View>
            <View {...({ id: answerId(i + 1) } as object)} style={{ marginLeft: mm(7), height: ANSWER_HEIGHT, borderWidth: 0.8, borderColor: RULE, borderRadius: 2 }} />
          </View>
        ))}
        <PageFooter stamp={stampOf(toolkit, pkg)} />
      </Page>
    </Document>
  );
}
