import { Document, Page, View } from '@react-pdf/renderer';
import type { Toolkit } from '../src/model/types.js';
import { DocumentHeader } from './DocumentHeader.js';
import { GuideSection } from './GuideSection.js';
import { PageFooter } from './PageFooter.js';
import { ThemeKey } from './ThemeKey.js';
import type { IconName } from './icons/tabler.js';
import { A4, FONT, INK, RULE, mm } from './units.js';

const NUMBER_WORDS = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];
/** "De zes thema's"; "Het thema" for one. */
const themesHeading = (n: number) => (n === 1 ? 'Het thema' : `De ${NUMBER_WORDS[n] ?? n} thema’s`);

/** The pictogram of a guide section, by what its heading names; none for the rest. */
function sectionIcon(heading: string): IconName | undefined {
  const h = heading.toLowerCase();
  if (h.includes('werkblad')) return 'werkblad';
  if (h.includes('werkplat')) return 'werkplaat';
  if (h.includes('kaart')) return 'kaarten';
  if (h.includes('draaiboek')) return 'draaiboek';
  if (h.includes('drukker') || h.includes('print')) return 'printer';
  if (h.includes('bijeenkomst')) return 'groep';
  if (h.includes('doseer') || h.includes('tijd')) return 'tijd';
  return undefined;
}

/** A4 guide: how to use and print the toolkit, the themes (if it has them), whom to ask. */
export function Guide({ toolkit }: { toolkit: Toolkit }) {
  const { contact } = toolkit;
  const web = contact.web ? ` of kijk op ${contact.web}` : '';
  return (
    <Document>
      <Page size={[A4.width, A4.height]} style={{ paddingTop: mm(15), paddingBottom: mm(22), paddingHorizontal: mm(15), fontFamily: FONT, color: INK }}>
        <DocumentHeader themes={toolkit.themes} title="Gebruiksaanwijzer" subtitle={toolkit.title} />
        {toolkit.guide.map((s, i) => (
          <GuideSection key={i} heading={s.heading} text={s.text} icon={sectionIcon(s.heading)} />
        ))}
        {toolkit.themeless ? null : <GuideSection
          heading={themesHeading(toolkit.themes.length)}
          text="Elk werkpakket hoort bij een thema. Je herkent het thema aan de letter en de kleur op elk werkblad, elke werkplaat en elke kaart. De letter zie je ook als je in zwart-wit print. Welke werkpakketten bij een thema horen, zie je in het overzicht."
        >
          <View style={{ marginTop: mm(2.5) }}>
            <ThemeKey themes={toolkit.themes} />
          </View>
        </GuideSection>}
        <GuideSection
          heading="Vragen of ideeën?"
          text={`Over de toolkit en de films: mail naar ${contact.name}, ${contact.email}${web}. Dit is versie ${toolkit.version} van de toolkit.`}
        />
        {/* Closes the last section, as each section's top rule opens it. */}
        <View style={{ borderTopWidth: 0.5, borderTopColor: RULE }} />
        <PageFooter stamp={`${toolkit.title} · gebruiksaanwijzer · versie ${toolkit.version}`} />
      </Page>
    </Document>
  );
}
