import type { Toolkit } from '../../model/types.js';
import type { FileKind } from '../registry.js';
import { esc } from './html.js';
import { GUIDE_PAGE, INDEX, OVERVIEW_PAGE, STATEMENT } from './layout.js';
import { subPage } from './pages.js';

/** Of each kind of PDF on the site, whether it is tagged: read from one file of that kind (the templates tag by kind). */
export type TaggedKinds = Partial<Record<FileKind, boolean>>;

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** `2026-11-27` → `27 november 2026`. */
export function dutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : String(iso);
}

/** The files that exist only to be printed or used elsewhere: their text is the same as a file that has its own place on the site. */
const PRINT_ONLY: Partial<Record<FileKind, string>> = {
  'werkplaat-2xA4': 'de werkplaten op twee A4-vellen (dezelfde plaat als op A3, in twee stukken om aan elkaar te plakken)',
  'kaarten-A4': 'de kaarten op A4 om te knippen (voor- en achterkant van elke kaart op een vel met snijtekens)',
  'kaarten-drukker': 'de kaarten voor de drukker',
  bundel: 'de bundels (de bestanden van de werkpakketten achter elkaar)',
  presentatie: 'de presentatie voor de beamer (pdf)',
};

const KIND_NAMES: Partial<Record<FileKind, string>> = {
  werkblad: 'het werkblad',
  'werkblad-invulbaar': 'het werkblad om in te vullen op het scherm',
  draaiboek: 'het draaiboek',
  'werkplaat-A3': 'de werkplaten op A3',
  gebruiksaanwijzer: 'de gebruiksaanwijzer',
  overzicht: 'het overzicht',
  ...PRINT_ONLY,
};

const andList = (items: string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`);

/**
 * The accessibility statement, in the order of the model statement Dutch
 * public bodies publish (digitoegankelijk.nl): what it covers, the status
 * against WCAG 2.1 AA, what meets it, what does not yet and what to use
 * instead, how it was checked, how to ask for another form, and its date.
 * What it says of the PDFs is read from the PDFs themselves (`tagged`).
 */
export function statementPage(toolkit: Toolkit, tagged: TaggedKinds): string {
  const kinds = (Object.keys(tagged) as FileKind[]).filter((k) => KIND_NAMES[k]);
  // A print-only file is one picture a sheet (tagged as a Figure, if at all): it never stands for its text.
  const yes = kinds.filter((k) => tagged[k] && !PRINT_ONLY[k]);
  const noMain = kinds.filter((k) => !tagged[k] && !PRINT_ONLY[k]);
  const noPrint = kinds.filter((k) => PRINT_ONLY[k]);
  const { contact } = toolkit;
  const mail = `<a href="mailto:${esc(contact.email)}">${esc(contact.email)}</a>`;
  const all = noMain.length === 0 && noPrint.length === 0;
  const main = `<h1>Toegankelijkheids&shy;verklaring</h1>
<p class="lead">Iedereen moet de ${esc(toolkit.title)} kunnen gebruiken: ook wie slecht ziet, een schermlezer of vergroting gebruikt, of geen muis gebruikt. Hier lees je wat daarvoor op deze website en in de pdf's geregeld is, wat nog niet, en hoe je een bestand in een andere vorm vraagt.</p>

<h2 id="over">Waar gaat deze verklaring over?</h2>
<p>Over deze website, versie ${esc(toolkit.version)} van de toolkit, en de pdf-bestanden die erop staan. De films staan op een andere website: daar gaat deze verklaring niet over.</p>
<p>Zet een gemeente of een andere overheid de toolkit op haar eigen website of intranet, dan valt hij onder haar eigen toegankelijkheidsverklaring. Daarin staat ook waar je terechtkunt met een klacht. Deze verklaring kan daarbij helpen.</p>

<h2 id="status">Hoe toegankelijk is de toolkit?</h2>
<p>De norm is WCAG 2.1 op niveau AA, de norm die ook voor websites en documenten van de overheid geldt (EN 301 549). ${all ? 'De webpagina’s en de pdf’s voldoen eraan volgens onze eigen controle.' : 'De toolkit voldoet daar <strong>gedeeltelijk</strong> aan: de webpagina’s wel, volgens onze eigen controle, maar niet alle pdf’s. Wat niet voldoet, staat hieronder, met wat je in de plaats kunt gebruiken.'}</p>

<h2 id="wat-voldoet">Wat voldoet</h2>
<ul>
<li>Alle tekst van elke pdf staat ook op een webpagina: die pagina is de toegankelijke versie van de pdf. Bovenaan elke pagina staat van welke pdf’s. Het gaat om de <a href="${esc(INDEX)}">pagina van elk werkpakket</a> (werkblad, draaiboek, werkplaten, kaarten en presentatie), de <a href="${esc(GUIDE_PAGE)}">gebruiksaanwijzer</a> en het <a href="${esc(OVERVIEW_PAGE)}">overzicht</a>.</li>
<li>Alle links, knoppen en het zoekvak werken met alleen het toetsenbord. Een link bovenaan brengt je meteen naar de inhoud.</li>
<li>Elke pagina is in het Nederlands gemarkeerd en heeft koppen in de goede volgorde en één hoofdgedeelte, zonder een rij extra herkenningspunten (landmarks) voor een schermlezer.</li>
<li>Tekst is groot te maken tot 400 %: dan past de pagina nog in de breedte van het scherm, zonder zijwaarts te schuiven.</li>
<li>Tekst en achtergrond verschillen genoeg in kleur (contrast van minstens 4,5 op 1). ${toolkit.themeless ? '' : ' Het thema is ook te zien aan de letter, niet alleen aan de kleur.'}</li>
<li>Afbeeldingen van pdf’s en kaarten staan naast dezelfde tekst; een schermlezer slaat ze over, zodat je niets twee keer hoort. Ook de pictogrammen slaat hij over.</li>
<li>Zoeken: na het typen hoor je alleen hoeveel resultaten er zijn. De resultaten zelf staan als lijst onder het zoekvak.</li>
<li>De website werkt zonder internet en laadt niets van een andere website.</li>
${yes.length ? `<li>Deze pdf’s hebben een structuur (ze zijn getagd): een schermlezer leest er koppen, lijsten en de leesvolgorde in: ${andList(yes.map((k) => esc(KIND_NAMES[k]!)))}.</li>` : ''}
</ul>

<h2 id="wat-niet">Wat nog niet voldoet</h2>
<ul>
${noMain.length ? `<li>${andList(noMain.map((k) => esc(KIND_NAMES[k]!))).replace(/^./, (c) => c.toUpperCase())}: ${noMain.length === 1 ? 'deze pdf heeft' : "deze pdf's hebben"} nog geen structuur (${noMain.length === 1 ? 'is' : 'zijn'} niet getagd). Een schermlezer leest ze als losse regels tekst, zonder koppen en lijsten. Gebruik in de plaats de pagina van het werkpakket, de gebruiksaanwijzer of het overzicht: daar staat dezelfde tekst.</li>` : ''}
${noPrint.length ? `<li>Alleen om te printen zijn ${andList(noPrint.map((k) => esc(KIND_NAMES[k]!)))}. Die zijn er om te printen (en te knippen of te plakken) of om op de beamer te zetten; een schermlezer vindt er per vel één afbeelding in, met een verwijzing naar de pagina van het werkpakket, geen koppen of lijsten. Dezelfde tekst staat op de pagina van het werkpakket; de presentatie staat er ook als webpagina.</li>` : ''}
<li>De werkplaten als afbeelding voor een online whiteboard (PNG) hebben geen tekstalternatief in het bestand zelf. De tekst van elke werkplaat staat op de pagina van het werkpakket.</li>
</ul>

<h2 id="andere-vorm">Een bestand in een andere vorm</h2>
<p>Kun je een pdf of een deel van deze website niet goed gebruiken? Mail dan naar ${esc(contact.name)}: ${mail}. Zeg om welk bestand of welke pagina het gaat, en in welke vorm je het wilt hebben: bijvoorbeeld als Word-bestand, als platte tekst of in grote letters. Meld ook gerust wat je tegenkwam: dan kan het in een volgende versie beter.</p>

<h2 id="controle">Hoe is dit gecontroleerd?</h2>
<p>Met eigen tests van de makers van de toolkit, niet door een onafhankelijk onderzoeksbureau:</p>
<ul>
<li>een automatische toets met axe-core op elke pagina, op alle regels van WCAG 2.1 A en AA;</li>
<li>de pagina’s in een browser: met alleen het toetsenbord, en bekeken op een breed scherm, een telefoon en bij 400 % vergroting (320 pixels breed);</li>
<li>een vergelijking van elk woord in elke pdf met de woorden op de pagina die de toegankelijke versie is;</li>
${yes.length ? '<li>de structuur van de getagde pdf’s, zoals een schermlezer die leest.</li>' : ''}
</ul>

<h2 id="datum">Datum</h2>
<p>Deze verklaring hoort bij versie ${esc(toolkit.version)} van de toolkit, van ${esc(dutchDate(toolkit.date))}. Bij elke nieuwe versie wordt hij opnieuw gemaakt, met wat dan geldt.</p>`;
  return subPage(toolkit, {
    path: STATEMENT,
    name: 'Toegankelijkheidsverklaring',
    label: 'Toegankelijkheid',
    description: 'Wat op deze website en in de pdf’s toegankelijk is, wat nog niet, en hoe je een bestand in een andere vorm vraagt.',
    main,
  });
}

