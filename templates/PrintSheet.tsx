import { Document, Page, Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import { typo } from './typography.js';
import type { Theme, Toolkit } from '../src/model/types.js';
import type { SheetFacts } from './printSheetFacts.js';
import { BlankPage } from './BlankPage.js';
import { ColourStripe } from './ColourStripe.js';
import { FilmBox } from './FilmBox.js';
import { IconHeading } from './IconHeading.js';
import { A4, FONT, GREY, INK, mm, RULE, tint, TINTS, TYPE } from './units.js';

const label = { fontFamily: FONT, fontSize: TYPE.small, color: GREY } as const;

/**
 * The first page of a session's first print job: what to print how, what to
 * bring, where the film is. A blank page follows it, so that the job's first
 * copy starts a sheet of its own.
 */
export function PrintSheet({ toolkit, facts, themes, qr }: { toolkit: Toolkit; facts: SheetFacts; themes: Theme[]; qr: (boolean[][] | undefined)[] }) {
  return (
    <Document>
      <Page size={[A4.width, A4.height]} style={{ paddingTop: mm(15), paddingBottom: mm(22), paddingHorizontal: mm(15), fontFamily: FONT, color: INK }}>
        <ColourStripe themes={themes} height={mm(3)} />
        <Text {...tag('P')} style={{ fontSize: TYPE.body, color: GREY, marginTop: mm(5) }}>Printplan voor de bijeenkomst</Text>
        <Text {...tag('H1')} style={{ fontWeight: 700, fontSize: TYPE.title, lineHeight: 1.15 }}>{facts.title}</Text>
        <Text style={{ fontSize: TYPE.body, marginTop: mm(1.5), marginBottom: mm(4) }}>{typo(facts.about.join(' · '))}</Text>

        {/* 116 mm, as the guide's text: 60-75 characters a line at 11 pt, where the page's width held about 107. */}
        <Text style={{ fontSize: TYPE.body, lineHeight: 1.35, maxWidth: mm(116) }}>{typo(facts.rules.join(' '))}</Text>

        <IconHeading icon="printer" text="Wat je print" size={TYPE.heading} colour={INK} style={{ marginTop: mm(3), marginBottom: mm(1.5) }} />
        <View {...tag('L')}>
          {facts.jobs.map((j, i) => (
            <View key={j.file} wrap={false} {...tag('LI')} style={{ flexDirection: 'row', borderTopWidth: 0.6, borderTopColor: RULE, paddingVertical: mm(2) }}>
              <Text {...tag('Lbl')} style={{ fontWeight: 700, fontSize: TYPE.heading, width: mm(9) }}>{i + 1}</Text>
              {/* The counts in the item's body too: an LI holds a label and a body only (PDF/UA). */}
              <View {...tag('LBody')} style={{ flex: 1, flexDirection: 'row' }}>
                <View style={{ flex: 1 }}>
                  <Text style={{ fontWeight: 700, fontSize: TYPE.body }}>{j.file}</Text>
                  <Text style={{ fontSize: TYPE.body, lineHeight: 1.3 }}>
                    {j.paper} · {j.sides} · {j.scale}
                  </Text>
                  {j.withSheet ? <Text style={{ ...label, lineHeight: 1.3 }}>Eerst dit printplan, dan:</Text> : null}
                  {j.contents.map((c) => (
                    <Text key={c.pkg} style={{ ...label, lineHeight: 1.3 }}>
                      {c.pkg}: {c.items.join(', ')}
                    </Text>
                  ))}
                </View>
                <View style={{ width: mm(28), alignItems: 'flex-end' }}>
                  <Text style={{ fontWeight: 700, fontSize: TYPE.subheading }}>
                    {j.sheets} {j.sheets === 1 ? 'vel' : 'vellen'}
                  </Text>
                  <Text style={label}>{j.pages} pagina’s</Text>
                </View>
              </View>
            </View>
          ))}
        </View>

        <View style={{ flexDirection: 'row', marginTop: mm(3) }}>
          <View style={{ flex: 1, paddingRight: mm(5) }}>
            <IconHeading icon="postits" text="Neem mee" size={TYPE.heading} colour={INK} style={{ marginBottom: mm(2) }} />
            <View {...tag('L')}>
              {facts.bring.map((b) => (
                <Check key={b} text={typo(b)} />
              ))}
            </View>
          </View>
          {facts.prepare.length ? (
            <View style={{ flex: 1 }}>
              <IconHeading icon="schaar" text="Klaarzetten" size={TYPE.heading} colour={INK} style={{ marginBottom: mm(2) }} />
              <View {...tag('L')}>
                {facts.prepare.map((p, i) => (
                  <Check key={i} text={typo(p.text)} lead={typo(p.step)} />
                ))}
              </View>
            </View>
          ) : null}
        </View>

        <IconHeading icon="film" text={facts.films.length > 1 ? 'De films' : 'De film'} size={TYPE.heading} colour={INK} style={{ marginTop: mm(2), marginBottom: mm(2) }} />
        {facts.films.map(({ pkg, film }, i) => (
          <FilmBox key={pkg.id} film={film} qr={qr[i]} background={tint(pkg.theme.colour, TINTS.panel)} contact={toolkit.contact} lead="Probeer vooraf of de film het doet op het scherm." gap={mm(2)} heading="H3" />
        ))}
        <Text fixed {...tag('Artifact', { artifact: 'Pagination' })} style={{ position: 'absolute', left: mm(15), right: mm(15), bottom: mm(10), borderTopWidth: 0.5, borderTopColor: GREY, paddingTop: 3, fontSize: TYPE.footer, color: GREY }}>
          {toolkit.title} · printplan · versie {toolkit.version}
        </Text>
      </Page>
      <BlankPage />
    </Document>
  );
}

function Check({ text, lead }: { text: string; lead?: string }) {
  return (
    <View wrap={false} {...tag('LI')} style={{ flexDirection: 'row', marginBottom: mm(1.5) }}>
      <View style={{ width: mm(3.5), height: mm(3.5), borderWidth: 0.8, borderColor: INK, marginTop: 1.5, marginRight: mm(2) }} />
      <Text {...tag('LBody')} style={{ flex: 1, fontSize: TYPE.body, lineHeight: 1.3 }}>
        {lead ? <Text style={{ fontWeight: 700 }}>{lead}: </Text> : null}
        {text}
      </Text>
    </View>
  );
}
