import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Package, Toolkit } from '../src/model/types.js';
import { headingOf, tagOf, type Slide } from '../src/model/slides.js';
import { filmHowTo } from './FilmBox.js';
import { KindIcon } from './KindIcon.js';
import { QrCode } from './QrCode.js';
import { ThemeBadge } from './ThemeBadge.js';
import { FONT, INK, GREY, tint, TINTS } from './units.js';
import { wholeWords } from './wholeWords.js';

/** A beamer's page: 16:9, 1920 x 1080 pt, so that a point on the page is a pixel on a full HD screen. */
export const SLIDE = { width: 1920, height: 1080 } as const;

/**
 * The type scale of a slide, in points on 1920 x 1080: read from the back of
 * a room, so nothing below 28 pt (the brief's floor for body text), questions
 * larger than the rest.
 */
export const SLIDE_TYPE = { display: 96, title: 64, question: 52, body: 40, small: 30 } as const;

const PAD = 110;

export interface SlidesProps {
  toolkit: Toolkit;
  pkg: Package;
  slides: Slide[];
  qr?: boolean[][];
}

/** The slides of a package for the beamer, one Page per slide (src/model/slides.ts decides which). */
export function Slides({ toolkit, pkg, slides, qr }: SlidesProps) {
  const colour = pkg.theme.colour;
  return (
    <Document>
      {slides.map((s, i) => (
        <Page key={i} size={[SLIDE.width, SLIDE.height]} style={{ fontFamily: FONT, color: INK, backgroundColor: '#ffffff' }}>
          {s.type === 'title' ? <TitleSlide toolkit={toolkit} pkg={pkg} /> : <Frame pkg={pkg} n={i + 1} total={slides.length} heading={headingOf(s)} tag={tagOf(s)}>{body(s, pkg, toolkit, qr, colour)}</Frame>}
        </Page>
      ))}
    </Document>
  );
}

function body(s: Slide, pkg: Package, toolkit: Toolkit, qr: boolean[][] | undefined, colour: string): ReactNode {
  switch (s.type) {
    case 'film':
      return (
        <View style={{ flexDirection: 'row', alignItems: 'center', flexGrow: 1 }}>
          <View style={{ flex: 1, paddingRight: 60 }}>
            {s.film.url ? <Text style={{ fontSize: SLIDE_TYPE.body, fontWeight: 700 }}>{s.film.url}</Text> : null}
            {s.film.password ? <Text style={{ fontSize: SLIDE_TYPE.body, marginTop: 20 }}>Wachtwoord: {s.film.password}</Text> : null}
            <Text style={{ fontSize: SLIDE_TYPE.body, marginTop: 40, lineHeight: 1.3 }}>{filmHowTo(s.film, toolkit.contact)}</Text>
          </View>
          {qr ? (
            <View style={{ backgroundColor: '#ffffff', border: `4 solid ${tint(colour, TINTS.tag)}` }}>
              <QrCode modules={qr} size={520} alt={`QR-code met de link naar de film: ${s.film.url ?? ''}`} />
            </View>
          ) : null}
        </View>
      );
    case 'step':
      return (
        <View>
          <Text style={{ fontSize: SLIDE_TYPE.body, lineHeight: 1.35 }}>{s.text}</Text>
          {s.uses.length ? (
            <View style={{ flexDirection: 'row', marginTop: 50 }}>
              {s.uses.map((u, k) => (
                <Text key={k} style={{ fontSize: SLIDE_TYPE.small, fontWeight: 700, color: INK, backgroundColor: tint(colour, TINTS.tag), paddingVertical: 10, paddingHorizontal: 24, marginRight: 20, borderRadius: 8 }}>
                  {u}
                </Text>
              ))}
            </View>
          ) : null}
        </View>
      );
    case 'werkplaat':
      return (
        <View>
          {s.instruction ? <Text style={{ fontSize: SLIDE_TYPE.body, lineHeight: 1.35, marginBottom: 40 }}>{s.instruction}</Text> : null}
          <View style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
            {s.areas.map((a, k) => (
              <Text key={k} hyphenationCallback={wholeWords} style={{ fontSize: SLIDE_TYPE.body, fontWeight: 700, backgroundColor: tint(colour, TINTS.panel), padding: 24, marginRight: 24, marginBottom: 24, borderRadius: 8 }}>
                {a}
              </Text>
            ))}
          </View>
        </View>
      );
    case 'questions':
      return (
        <View>
          {s.questions.map((q, k) => (
            <View key={k} style={{ flexDirection: 'row', marginBottom: 56 }}>
              <Text style={{ width: 110, fontSize: SLIDE_TYPE.question, fontWeight: 700, color: colour }}>{s.first + k}.</Text>
              <Text style={{ flex: 1, fontSize: SLIDE_TYPE.question, lineHeight: 1.25 }}>{q}</Text>
            </View>
          ))}
        </View>
      );
    case 'agreement':
      return (
        <View>
          {['Wat gaan we doen?', 'Wie doet het?', 'Wanneer vertellen we hoe het ging?'].map((q, k) => (
            <View key={k} style={{ flexDirection: 'row', alignItems: 'center', borderBottom: `3 solid ${tint(colour, TINTS.tag)}`, paddingVertical: 22 }}>
              <Text style={{ fontSize: SLIDE_TYPE.body, fontWeight: 700 }}>{q}</Text>
            </View>
          ))}
          {s.doekaarten.length ? (
            <View style={{ marginTop: 50 }}>
              <Text style={{ fontSize: SLIDE_TYPE.small, color: GREY, marginBottom: 16 }}>Kies een doekaart:</Text>
              <View style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
                {s.doekaarten.map((t, k) => (
                  <View key={k} style={{ flexDirection: 'row', alignItems: 'center', marginRight: 40, marginBottom: 14 }}>
                    <KindIcon kind="doe" size={36} colour="#ffffff" background={colour} />
                    <Text style={{ fontSize: SLIDE_TYPE.small, marginLeft: 12 }}>{t}</Text>
                  </View>
                ))}
              </View>
            </View>
          ) : null}
        </View>
      );
    default:
      return null;
  }
}

/** A slide's frame: the theme's bar on the left, its heading, and the package and slide number at the foot. */
function Frame({ pkg, n, total, heading, tag, children }: { pkg: Package; n: number; total: number; heading: string; tag?: string; children: ReactNode }) {
  const colour = pkg.theme.colour;
  return (
    <View style={{ flexDirection: 'row', height: SLIDE.height }}>
      <View style={{ width: 36, backgroundColor: colour }} />
      <View style={{ flex: 1, paddingHorizontal: PAD, paddingTop: 80, paddingBottom: 50 }}>
        {tag ? <Text style={{ fontSize: SLIDE_TYPE.small, fontWeight: 700, color: colour, marginBottom: 12 }}>{tag}</Text> : null}
        <Text hyphenationCallback={wholeWords} style={{ fontSize: SLIDE_TYPE.title, fontWeight: 700, lineHeight: 1.15, marginBottom: 56 }}>
          {heading}
        </Text>
        <View style={{ flexGrow: 1 }}>{children}</View>
        <View style={{ flexDirection: 'row', alignItems: 'center' }}>
          {pkg.theme.implicit ? null : <ThemeBadge letter={pkg.theme.id} colour={colour} size={48} />}
          <Text style={{ flex: 1, fontSize: SLIDE_TYPE.small, color: GREY, marginLeft: pkg.theme.implicit ? 0 : 18 }}>
            {pkg.number}. {pkg.title}
          </Text>
          <Text style={{ fontSize: SLIDE_TYPE.small, color: GREY }}>
            {n} / {total}
          </Text>
        </View>
      </View>
    </View>
  );
}

function TitleSlide({ toolkit, pkg }: { toolkit: Toolkit; pkg: Package }) {
  const colour = pkg.theme.colour;
  return (
    <View style={{ height: SLIDE.height, backgroundColor: tint(colour, TINTS.panel), padding: PAD, justifyContent: 'center' }}>
      <View style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 50 }}>
        {pkg.theme.implicit ? null : <ThemeBadge letter={pkg.theme.id} colour={colour} size={110} />}
        <Text style={{ fontSize: SLIDE_TYPE.body, fontWeight: 700, color: INK, marginLeft: pkg.theme.implicit ? 0 : 36 }}>
          Werkpakket {pkg.number}
          {pkg.theme.implicit ? '' : ` · thema ${pkg.theme.id}: ${pkg.theme.name}`}
        </Text>
      </View>
      <Text hyphenationCallback={wholeWords} style={{ fontSize: SLIDE_TYPE.display, fontWeight: 700, lineHeight: 1.1, color: INK }}>
        {pkg.title}
      </Text>
      <View style={{ width: 240, height: 14, backgroundColor: colour, marginTop: 50, marginBottom: 50 }} />
      <Text style={{ fontSize: SLIDE_TYPE.small, color: INK }}>{toolkit.title}</Text>
    </View>
  );
}
