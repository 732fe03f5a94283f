import { FILM_ASK_PARTICIPANTS } from './contents.js';
import { Document, Page, Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import { typo } from './typography.js';
import type { Package, Toolkit } from '../src/model/types.js';
import { FilmBox } from './FilmBox.js';
import { PageFooter } from './PageFooter.js';
import { Question } from './Question.js';
import { WerkbladHeader } from './WerkbladHeader.js';
import { A4, FONT, INK, mm, tint, TYPE, TINTS } from './units.js';

export interface WerkbladProps {
  toolkit: Toolkit;
  pkg: Package;
  qr?: boolean[][];
  /** Writing lines under each question: three where the pages have the room (src/outputs/kinds/werkblad/render.ts). */
  lines?: number;
  /** The height of a writing line: WRITE_LINE, or TIGHT_WRITE_LINE where that keeps the werkblad on its sheet. */
  line?: number;
}

/** The intro's measure: at 12 pt 60 to 75 characters a line, where 180 mm held 105. */
const INTRO_WIDTH = mm(122);

export function stampOf(toolkit: Toolkit, pkg: Package) {
  return `${toolkit.title} · werkpakket ${pkg.number} · versie ${toolkit.version}`;
}

/** A4 portrait worksheet: intro, film, reflection questions with room to write. */
export function Werkblad({ toolkit, pkg, qr, lines = 2, line }: WerkbladProps) {
  return (
    <Document>
      <Page size={[A4.width, A4.height]} style={{ paddingTop: mm(15), paddingBottom: mm(22), paddingHorizontal: mm(15), fontFamily: FONT }}>
        <WerkbladHeader pkg={pkg} />
        <Text {...tag('P')} style={{ fontSize: TYPE.lead, color: INK, lineHeight: 1.4, marginBottom: mm(5), width: INTRO_WIDTH }}>{typo(pkg.intro)}</Text>
        <FilmBox film={pkg.film} qr={qr} background={tint(pkg.theme.colour, TINTS.panel)} contact={toolkit.contact} ask={FILM_ASK_PARTICIPANTS} />
        <Text {...tag('H2')} style={{ fontWeight: 700, fontSize: TYPE.heading, color: pkg.theme.colour, marginBottom: mm(3) }}>Reflectievragen</Text>
        <View {...tag('L')}>
          {pkg.questions.map((q, i) => (
            <Question key={i} n={i + 1} text={q} colour={pkg.theme.colour} lines={lines} line={line} />
          ))}
        </View>
        <PageFooter stamp={stampOf(toolkit, pkg)} />
      </Page>
    </Document>
  );
}
