import { Document, Link, Page, Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import type { Theme, Toolkit } from '../src/model/types.js';
import { BlankPage } from './BlankPage.js';
import { CoverBand } from './CoverBand.js';
import { A4, FONT, GREY, INK, RULE, mm } from './units.js';
import { wholeWords } from './wholeWords.js';
import { dotted } from '../src/model/themeLabel.js';

/**
 * A package in the contents: its pages in the bundle and where each of its
 * parts starts, as the page labels a viewer shows ("8.1", "8.14"), and the
 * page each line links to (`target`, in the bundle, from 0).
 */
export interface ContentsPackage {
  title: string;
  first: string;
  last: string;
  target: number;
  parts: { title: string; page: string; target: number }[];
}

export const CONTENTS_TITLE = 'Inhoud';

/** The name a contents line links to; the bundle points it at page `target` (src/print/links.ts). */
export const CONTENTS_LINK = 'bundelpagina-';
const linkTo = (target: number) => `#${CONTENTS_LINK}${target}`;
/** A line that links: the text keeps its own colour, without the underline a link gets by default. */
const LINE = { flexDirection: 'row', color: INK, textDecoration: 'none' } as const;

/**
 * The first pages of a theme bundle: what is in it and on which page, and how
 * to print it. The page numbers are the labels the viewer shows in its page
 * box (each package counts from its cover), and every line is a link to its
 * page. Then the blank page the bundle puts wherever a part must start a new sheet.
 */
export function BundleContents({ toolkit, theme, packages }: { toolkit: Toolkit; theme: Theme; packages: ContentsPackage[] }) {
  return (
    <Document>
      <Page size={[A4.width, A4.height]} style={{ paddingTop: mm(15), paddingBottom: mm(22), paddingHorizontal: mm(15), fontFamily: FONT, color: INK }}>
        <CoverBand theme={theme} height={mm(28)} />
        <Text {...tag('H1')} style={{ fontWeight: 700, fontSize: 22, marginTop: mm(5) }}>{CONTENTS_TITLE}</Text>
        {/* 112 mm: about 70 characters a line, where the page's width held 114. */}
        <Text style={{ fontSize: 10.5, lineHeight: 1.4, marginTop: mm(1.5), marginBottom: mm(4), maxWidth: mm(112) }}>
          Print dubbelzijdig, omslaan langs de lange kant, op 100 %. Elk onderdeel begint op een nieuw vel, dus sommige pagina’s
          zijn bewust leeg. De werkplaten staan erin op twee A4-vellen om aan elkaar te plakken; op A3 staan ze los bij elk
          werkpakket. Elk werkpakket telt zijn pagina’s vanaf zijn omslag, net als je pdf-lezer. Klik op een regel om erheen te gaan.
        </Text>
        {/* A list of the packages, each with a list of its parts: L > LI > LBody > Link. */}
        <View {...tag('L')}>
          {packages.map((p, i) => (
            <View key={i} wrap={false} {...tag('LI')} style={{ borderTopWidth: 0.5, borderTopColor: RULE, paddingVertical: mm(2) }}>
              <View {...tag('LBody')}>
                <Link src={linkTo(p.target)} {...tag('Link', { contents: `${p.title}, pagina ${p.first}` })} style={LINE}>
                  <Text hyphenationCallback={wholeWords} style={{ flex: 1, fontWeight: 700, fontSize: 12, lineHeight: 1.25, color: theme.colour }}>
                    {p.title}
                  </Text>
                  <Text style={{ fontSize: 10, color: GREY, marginLeft: mm(4) }}>
                    pagina {p.first}–{p.last}
                  </Text>
                </Link>
                <View {...tag('L')}>
                  {p.parts.map((part, j) => (
                    <View key={j} {...tag('LI')}>
                      <View {...tag('LBody')}>
                        <Link src={linkTo(part.target)} {...tag('Link', { contents: `${part.title}, pagina ${part.page}` })} style={{ ...LINE, marginTop: mm(0.6), paddingLeft: mm(6) }}>
                          <Text hyphenationCallback={wholeWords} style={{ flex: 1, fontSize: 10.5, lineHeight: 1.3 }}>
                            {part.title}
                          </Text>
                          <Text style={{ fontSize: 10.5, width: mm(12), textAlign: 'right' }}>{part.page}</Text>
                        </Link>
                      </View>
                    </View>
                  ))}
                </View>
              </View>
            </View>
          ))}
        </View>
        <Text fixed {...tag('Artifact', { artifact: 'Pagination' })} style={{ position: 'absolute', left: mm(15), right: mm(15), bottom: mm(10), fontSize: 8, color: GREY }}>
          {dotted(toolkit.title, !theme.implicit && `thema ${theme.id}`, 'inhoud van de bundel')}
        </Text>
      </Page>
      <BlankPage />
    </Document>
  );
}
