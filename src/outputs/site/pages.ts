import type { Card, Package, Toolkit, Werkplaat } from '../../model/types.js';
import type { FileFacts } from '../registry.js';
import { materialLabel, materialsOfPlan, preparationFor, spareLine } from '../../model/materials.js';
import { esc, fileSize, page, pageCount, paragraphs, qrSvg } from './html.js';
import { GUIDE_PAGE, INDEX, OVERVIEW_PAGE, pagePath, relativeHref, slidesPath, STATEMENT, themeAnchor } from './layout.js';
import { icon, KIND_ICONS, materialIcon } from './icons.js';
import { BACKGROUND_HEADING, FILM_ASK_PARTICIPANTS, packageContents } from '../../../templates/contents.js';

/**
 * A preview image at 1x and 2x. Every preview on the site stands beside the
 * words it shows (a card's text, a download's name, a werkplaat's areas), so
 * it is decorative: `alt=""`, or a reader would hear each text twice.
 */
export interface Image {
  src: string;
  src2x: string;
  width: number;
  height: number;
}

/** One PDF to download, with what a person needs to choose and print it. */
export interface Download {
  path: string;
  label: string;
  bytes: number;
  pages: number;
  what: string;
  print: string;
  preview?: Image;
  facts: FileFacts;
  /** The PDF has a structure tree (is tagged): a screen reader can read it as a document. */
  tagged?: boolean;
}

export interface CardView {
  card: Card;
  n: number;
  front?: Image;
  back?: Image;
}

/** A werkplaat as a PNG for an online whiteboard, with its size in bytes, and as an SVG where the site has one. */
export interface Whiteboard {
  path: string;
  bytes: number;
  svg?: { path: string; bytes: number };
}

export interface PackageView {
  toolkit: Toolkit;
  pkg: Package;
  downloads: Download[];
  /** The werkplaten's A3 downloads, in order, for the preview beside each. */
  werkplaatDownloads: (Download | undefined)[];
  /** Each werkplaat as a PNG for an online whiteboard, in order, with its size in bytes. */
  whiteboards?: (Whiteboard | undefined)[];
  cards: CardView[];
  filmPasswords: boolean;
  /** The package's slides as a page in the browser (slides.ts), when the site has it. */
  slides?: boolean;
  /** The QR code of the film's link, as the werkblad and draaiboek print it. */
  qr?: boolean[][];
}

export interface IndexView {
  toolkit: Toolkit;
  themes: { theme: Package['theme']; packages: { pkg: Package; preview?: Image }[] }[];
  downloads: Download[];
}

export const footer = (toolkit: Toolkit) =>
  `<p>${esc(toolkit.title)}, versie ${esc(toolkit.version)} (${esc(toolkit.date)}). Vragen of opmerkingen: ${esc(toolkit.contact.name)}, <a href="mailto:${esc(toolkit.contact.email)}">${esc(toolkit.contact.email)}</a>.</p>`;

/** A page one step below the start page: titled "… · Verandertoolkit", its trail the start page and itself. */
export function subPage(toolkit: Toolkit, s: { path: string; name: string; label: string; description: string; main: string; theme?: string }): string {
  const { path, name, label, description, main, theme } = s;
  return page({ path, title: `${name} · Verandertoolkit`, description, trail: [{ label: 'Verandertoolkit', path: INDEX }, { label, path }], main, footer: footer(toolkit), ...(theme && { theme }) });
}

const img = (from: string, i: Image, cls = 'preview') =>
  `<img class="${cls}" src="${esc(relativeHref(from, i.src))}" srcset="${esc(relativeHref(from, i.src))} 1x, ${esc(relativeHref(from, i.src2x))} 2x" width="${i.width}" height="${i.height}" alt="">`;

/** "a, b en c". */
const andList = (items: string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`);

/** The line under a page's h1 that says which PDFs it is the accessible version of, with a link to each and to the statement. */
export function alternativeOf(from: string, pdfs: { path: string; label: string }[], extra = ''): string {
  if (!pdfs.length) return '';
  const links = pdfs.map((d) => `<a href="${esc(relativeHref(from, d.path))}">${esc(d.label)}</a>`);
  return `<p class="alt-of">${icon('werkblad')}<span>Deze pagina is de toegankelijke versie van ${pdfs.length === 1 ? 'de pdf' : "de pdf's"} ${andList(links)}: alle tekst ervan staat hier.${extra} Zie ook de <a href="${esc(relativeHref(from, STATEMENT))}">toegankelijkheidsverklaring</a>.</span></p>`;
}

/** The first sentence of a text: one line under a package's title. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/s.exec(text.trim());
  return (m ? m[1]! : text.trim()).replace(/\s+/g, ' ');
}

function downloadItem(from: string, d: Download): string {
  return `<li class="download">
${d.preview ? img(from, d.preview, 'thumb') : ''}<div>
<p class="name">${icon(KIND_ICONS[d.facts.kind])}<a href="${esc(relativeHref(from, d.path))}" download>${esc(d.label)}</a> <span class="facts">(pdf, ${fileSize(d.bytes)}, ${pageCount(d.pages)})</span></p>
<p>${esc(d.what)}</p>
<p class="print"><span class="label">Printen:</span> ${esc(d.print)}</p>${EXTRA[d.facts.kind] ? `\n<p class="print">${esc(EXTRA[d.facts.kind]!)}</p>` : ''}
</div>
</li>`;
}

/**
 * What a PDF says about itself that is not content: how to use it. Said here
 * too, so that its words are on the page that is its accessible version.
 */
const EXTRA: Partial<Record<Download['facts']['kind'], string>> = {
  'werkblad-invulbaar': 'Typ je antwoord in het vak onder de vraag en sla het bestand op. Met Tab ga je naar de volgende vraag.',
  'kaarten-A4':
    'Op het vel staat een balk met de tekst: Deze balk moet precies 5 cm zijn. Is hij korter of langer? Print opnieuw op 100 % (werkelijke grootte). Plekken die over zijn, vullen lege kaarten om zelf te schrijven: ‘Jouw eigen denkkaart: schrijf een titel en een vraag om over na te denken.’ en ‘Jouw eigen doekaart: schrijf een titel en een kleine actie voor deze week.’',
};

function downloadList(from: string, downloads: Download[], heading: string, intro = ''): string {
  if (!downloads.length) return '';
  return `<section class="downloads-block"><h2 id="downloads">${esc(heading)}</h2>
${intro}<ul class="downloads">
${downloads.map((d) => downloadItem(from, d)).join('\n')}
</ul>
</section>`;
}

/** Where a screen kind is used on a screen, the rest is printed. */
const onScreen = (d: Download) => d.facts.kind === 'werkblad-invulbaar' || d.facts.kind === 'presentatie';

/** A package's downloads, first on its page: to print, and to use on a screen (the fillable werkblad, the slides, the whiteboard images). */
function packageDownloads(from: string, v: PackageView, note: string): string {
  const print = v.downloads.filter((d) => !onScreen(d));
  const screen = v.downloads.filter(onScreen);
  const boards = (v.whiteboards ?? []).map((png, i) => png && { png, n: i + 1, title: v.pkg.werkplaten[i]?.title ?? '' }).filter((x): x is NonNullable<typeof x> => Boolean(x));
  const slides = v.slides
    ? `<li class="download"><div>
<p class="name">${icon('groep')}<a href="${esc(relativeHref(from, slidesPath(v.pkg)))}">Presentatie in de browser</a> <span class="facts">(webpagina, werkt zonder internet)</span></p>
<p>Dezelfde dia's als de presentatie voor de beamer, op deze website. Volgende dia: pijltje naar rechts, spatiebalk of Page Down. Vorige: pijltje naar links of Page Up. Volledig scherm: F of de knop.</p>
</div></li>`
    : '';
  const pngs = boards
    .map(
      ({ png, n, title }) => `<li class="download"><div>
<p class="name">${icon('werkplaat')}<a href="${esc(relativeHref(from, png.path))}" download>Werkplaat ${n} als afbeelding voor een online whiteboard</a> <span class="facts">(PNG, 3508 x 2480 pixels, ${pngSize(png.bytes)})</span>${png.svg ? `, of <a href="${esc(relativeHref(from, png.svg.path))}" download>als SVG</a> <span class="facts">(tekening die scherp blijft bij inzoomen, ${pngSize(png.svg.bytes)})</span>` : ''}</p>
<p>„${esc(title)}” als achtergrond voor Teams Whiteboard, Miro of Mural: zet hem op het whiteboard en plak er digitale post-its op. De tekst van de werkplaat staat hieronder bij <a href="#werkplaat-${n}">werkplaat ${n}</a>.</p>
</div></li>`,
    )
    .join('\n');
  if (!print.length && !screen.length && !slides && !pngs) return '';
  return `<section class="downloads-block"><h2 id="downloads">Downloaden</h2>
${note}
${print.length ? `<h3>Om te printen</h3>\n<ul class="downloads">\n${print.map((d) => downloadItem(from, d)).join('\n')}\n</ul>` : ''}
${screen.length || slides || pngs ? `<h3>Voor op het scherm</h3>\n<ul class="downloads">\n${[slides, ...screen.map((d) => downloadItem(from, d)), pngs].filter(Boolean).join('\n')}\n</ul>` : ''}
</section>`;
}

/** Where to get the film: as the PDFs say it (templates/FilmBox.tsx), with the link a link. */
function filmHow(toolkit: Toolkit, pkg: Package, passwords: boolean, qr?: boolean[][]): string {
  const f = pkg.film;
  const how = f.url
    ? `<div class="film-link"><div><p><a href="${esc(f.url)}" rel="noopener">Bekijk de film „${esc(f.title)}”</a> (op een andere website): ${esc(f.url)}</p>${qr ? '\n<p>Op een telefoon: scan de QR-code of typ de link over.</p>' : ''}</div>${qr ? qrSvg(qr, `QR-code met de link naar de film: ${f.url}`) : ''}</div>`
    : `<p>${FILM_ASK_PARTICIPANTS} Begeleid je zelf? Vraag de link naar de film op bij ${esc(toolkit.contact.name)}: <a href="mailto:${esc(toolkit.contact.email)}">${esc(toolkit.contact.email)}</a>.</p>`;
  const pw = f.password && passwords ? `<p>Wachtwoord: <code>${esc(f.password)}</code></p>` : f.password ? '<p>De film heeft een wachtwoord. Het staat niet op deze website, wel op het geprinte werkblad en in het draaiboek: vraag het aan wie de bijeenkomst begeleidt.</p>' : '';
  return how + pw;
}

function film(toolkit: Toolkit, pkg: Package, passwords: boolean, qr?: boolean[][]): string {
  return `<section><h2 id="film">${icon('film')}Film: ${esc(pkg.film.title)}</h2>
<p>Bekijk de film samen voordat je de vragen bespreekt.</p>
${filmHow(toolkit, pkg, passwords, qr)}</section>`;
}

function werkplaat(from: string, w: Werkplaat, n: number, pdf?: Download, png?: Whiteboard): string {
  const areas = [...w.areas, ...(w.centre ? [w.centre] : [])];
  const list = areas.length ? `<ul class="areas">${areas.map((a) => `<li><strong>${esc(a.heading)}</strong>: ${esc(a.prompt)}</li>`).join('')}</ul>` : '';
  // A 2 x 2's axes, which the poster draws: said in words for whoever cannot see the picture.
  const h = w.axes?.horizontal;
  const v = w.axes?.vertical;
  const sides = [h && `van links „${esc(h.left)}” naar rechts „${esc(h.right)}”`, v && `van boven „${esc(v.top)}” naar onder „${esc(v.bottom)}”`].filter(Boolean);
  const axes = sides.length ? `<p>De vakken liggen langs ${sides.length > 1 ? 'twee assen' : 'een as'}: ${sides.join(', en ')}.</p>` : '';
  const sliders = w.sliders.length ? `<ul class="areas">${w.sliders.map((s) => `<li><strong>${esc(s.heading)}</strong>: van „${esc(s.left)}” tot „${esc(s.right)}”</li>`).join('')}</ul>` : '';
  return `<article class="werkplaat">
<h3 id="werkplaat-${n}">${icon('werkplaat')}Werkplaat ${n}: ${esc(w.title)}</h3>
${pdf?.preview ? img(from, pdf.preview) : ''}
${paragraphs(w.instruction)}
${axes}${list}${sliders}${png ? `\n<p class="whiteboard"><a href="${esc(relativeHref(from, png.path))}" download>Werkplaat ${n} als afbeelding voor een online whiteboard</a> (PNG, 3508 x 2480 pixels, ${pngSize(png.bytes)}${png.svg ? `; ook <a href="${esc(relativeHref(from, png.svg.path))}" download>als SVG</a>` : ''}): zet hem als achtergrond in Teams Whiteboard, Miro of Mural en plak er digitale post-its op.</p>` : ''}</article>`;
}

/** A whiteboard image's size, as the session folder's note gives it (kB of 1024 bytes). */
const pngSize = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} kB`;

const kindName = (c: Card) => (c.kind === 'denk' ? 'Denkkaart' : 'Doekaart');

function card(from: string, pkg: Package, v: CardView): string {
  const { card: c, n } = v;
  const images = [v.front, v.back].filter((i): i is Image => Boolean(i)).map((i) => img(from, i, 'card-image')).join('');
  return `<li class="card ${c.kind}">
<article>
<h3 id="kaart-${n}">${esc(c.title)}</h3>
<p class="kind">${kindName(c)} ${n}</p>
${paragraphs(c.text)}
<p class="back"><span class="label">Achterkant:</span> ${kindName(c)}, werkpakket ${pkg.number}, ${esc(pkg.title)}${pkg.theme.implicit ? '' : `, thema ${esc(pkg.theme.id)} (${esc(pkg.theme.name)})`}.</p>
${images ? `<div class="card-images">${images}</div>` : ''}
</article>
</li>`;
}

const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

function draaiboek(toolkit: Toolkit, pkg: Package, passwords: boolean): string {
  const f = pkg.facilitation;
  if (!f) return '';
  let start = 0;
  const steps = f.plan
    .map((s) => {
      const from = start;
      start += s.minutes;
      const needs = s.uses.map((u) => `<li>${icon(materialIcon(u))}${esc(materialLabel(pkg, u))}</li>`);
      return `<li>
<h4>${esc(s.title)}</h4>
<p class="time">${icon('tijd')}${s.minutes} min, ${clock(from)}-${clock(start)}</p>
${paragraphs(s.text)}
${s.prepare ? `<p><span class="label">Klaarzetten:</span> ${esc(s.prepare)}</p>` : ''}${needs.length ? `<div class="needs"><span class="label">Nodig:</span><ul>${needs.join('')}</ul></div>` : ''}
</li>`;
    })
    .join('\n');
  const uses = materialsOfPlan(pkg);
  const spare = spareLine(pkg);
  return `<section><h2 id="draaiboek">${icon('draaiboek')}Draaiboek voor de begeleider</h2>
<p><span class="label">Voor wie:</span> ${esc(f.audience)}</p>
<p><span class="label">Wanneer:</span> ${esc(f.when)}</p>
<h3>${icon('film')}Film: ${esc(pkg.film.title)}</h3>
<p>Kijk de film vooraf zelf een keer en zet hem klaar.</p>
${filmHow(toolkit, pkg, passwords)}
${uses.length ? `<h3>Klaarzetten</h3>\n<ul class="prepare">${uses.map((u) => `<li>${icon(materialIcon(u))}${esc(preparationFor(pkg, u))}</li>`).join('')}</ul>` : ''}${spare ? `\n<p>${esc(spare)}</p>` : ''}
<h3>De bijeenkomst: 60 minuten</h3>
<p>Per stap: de tijd, wat je doet en wat je nodig hebt.</p>
<ol class="steps">
${steps}
</ol>
<h3>Kort: 15 minuten in een teamoverleg</h3>
${paragraphs(f.short)}
${f.tips.length ? `<h3>Tips</h3>\n<ul>${f.tips.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>` : ''}
${pkg.background ? `<h3 id="achtergrond">${BACKGROUND_HEADING}</h3>\n${paragraphs(pkg.background)}` : ''}
</section>`;
}

/** The page of one package: everything its PDFs say, as text, and the PDFs to download. */
export function packagePage(v: PackageView): string {
  const { pkg, toolkit } = v;
  const here = pagePath(pkg);
  const main = `${pkg.theme.implicit ? '' : `<p class="theme-label">Thema ${esc(pkg.theme.id)} · ${esc(pkg.theme.name)}</p>`}
<h1>Werkpakket ${pkg.number}: ${esc(pkg.title)}</h1>
${paragraphs(pkg.intro, ' class="lead"')}
${packageDownloads(here, v, alternativeOf(here, v.downloads.filter((d) => !['werkplaat-2xA4', 'kaarten-drukker', 'presentatie'].includes(d.facts.kind)), ` De werkplaten op twee A4-vellen en de kaarten voor de drukker zijn dezelfde werkplaten en kaarten om te printen.${v.slides ? ` De presentatie staat als <a href="${esc(relativeHref(here, slidesPath(pkg)))}">webpagina</a> op deze website.` : ''}`))}
${film(toolkit, pkg, v.filmPasswords, v.qr)}
<section><h2 id="vragen">Reflectievragen</h2>
<ol class="questions">${pkg.questions.map((q) => `<li>${esc(q)}</li>`).join('')}</ol>
</section>
${pkg.werkplaten.length ? `<section><h2 id="werkplaten">Werkplaten</h2>\n${pkg.werkplaten.map((w, i) => werkplaat(here, w, i + 1, v.werkplaatDownloads[i], v.whiteboards?.[i])).join('\n')}\n</section>` : ''}
${v.cards.length ? `<section><h2 id="kaarten">${icon('kaarten')}Denk- en doekaarten</h2>\n<p>Denkkaarten helpen je nadenken, doekaarten helpen je iets te proberen.</p>\n<ul class="cards">\n${v.cards.map((c) => card(here, pkg, c)).join('\n')}\n</ul>\n</section>` : ''}
${draaiboek(toolkit, pkg, v.filmPasswords)}
${!pkg.facilitation && pkg.background ? `<section><h2 id="achtergrond">Het idee in het kort</h2>\n${paragraphs(pkg.background)}\n</section>` : ''}`;
  return subPage(toolkit, { path: here, name: `Werkpakket ${pkg.number}: ${pkg.title}`, label: `Werkpakket ${pkg.number}`, description: firstSentence(pkg.intro), main, theme: pkg.theme.id });
}

/** The start page: what the toolkit is, its themes and packages, where the guide and overview are, the documents for everything. */
export function indexPage(v: IndexView): string {
  const { toolkit } = v;
  const intro = toolkit.guide[0];
  const themes = v.themes
    .filter((t) => t.packages.length)
    .map(
      (t) => `<div class="theme theme-${t.theme.implicit ? '' : esc(t.theme.id.toLowerCase())}">
${t.theme.implicit ? '' : `<h3 id="${themeAnchor(t.theme)}">Thema ${esc(t.theme.id)} · ${esc(t.theme.name)}</h3>`}
<ul class="packages">
${t.packages
  .map(
    ({ pkg, preview }) => `<li>
${preview ? img(INDEX, preview, 'thumb') : ''}<div>
<a class="package-link" href="${esc(relativeHref(INDEX, pagePath(pkg)))}"><span class="number">${pkg.number}</span> ${esc(pkg.title)}</a>
<p>${esc(firstSentence(pkg.intro))}</p>
</div>
</li>`,
  )
  .join('\n')}
</ul>
</div>`,
    )
    .join('\n');
  const bundles = v.downloads.filter((d) => d.facts.kind === 'bundel').length;
  const main = `<h1>${esc(toolkit.title)}</h1>
${intro ? paragraphs(intro.text, ' class="lead"') : ''}
<ul class="guides">
<li>${icon('draaiboek')}<a href="${esc(GUIDE_PAGE)}">Gebruiksaanwijzer</a>: hoe je de toolkit gebruikt en print.</li>
<li>${icon('werkblad')}<a href="${esc(OVERVIEW_PAGE)}">Overzicht van de werkpakketten</a>: wat er in elk werkpakket zit.</li>
</ul>
<section><h2 id="pakketten">De werkpakketten</h2>
${themes}
</section>
${downloadList(INDEX, v.downloads, 'Alles downloaden: bundels, gebruiksaanwijzer en overzicht', bundles ? `<p>Een bundel is de pdf's van de werkpakketten${toolkit.themeless ? '' : ' van een thema'} achter elkaar, om in één keer te printen. De toegankelijke versie ervan is de pagina van elk werkpakket.</p>\n` : '')}`;
  return page({ path: INDEX, title: toolkit.title, description: intro ? firstSentence(intro.text) : toolkit.title, trail: [{ label: 'Verandertoolkit', path: INDEX }], main, footer: footer(toolkit) });
}

const NUMBER_WORDS = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];

/** A guide section's anchor: `waar-begin-je`. */
export const sectionAnchor = (heading: string) =>
  heading
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The guide as a page: every section of the PDF (templates/Guide.tsx), the themes and whom to ask. */
export function guidePage(toolkit: Toolkit, pdf: Download | undefined): string {
  const { contact } = toolkit;
  const web = contact.web ? ` of kijk op ${esc(contact.web)}` : '';
  const themes = toolkit.themes.filter((t) => !t.implicit);
  const main = `<h1>Gebruiksaanwijzer</h1>
${alternativeOf(GUIDE_PAGE, pdf ? [pdf] : [])}
${toolkit.guide.map((g) => `<h2 id="${sectionAnchor(g.heading)}">${esc(g.heading)}</h2>\n${paragraphs(g.text)}`).join('\n')}
${toolkit.themeless ? '' : `<h2 id="themas">${themes.length === 1 ? 'Het thema' : `De ${NUMBER_WORDS[themes.length] ?? themes.length} thema's`}</h2>
<p>Elk werkpakket hoort bij een thema. Je herkent het thema aan de letter en de kleur op elk werkblad, elke werkplaat en elke kaart. De letter zie je ook als je in zwart-wit print. Welke werkpakketten bij een thema horen, zie je in het <a href="${esc(OVERVIEW_PAGE)}">overzicht</a>.</p>
<ul class="theme-key">${themes.map((t) => `<li class="theme-${esc(t.id.toLowerCase())}"><span class="letter" aria-hidden="true">${esc(t.id)}</span> Thema ${esc(t.id)}: ${esc(t.name)}</li>`).join('')}</ul>`}
<h2 id="vragen-of-ideeen">Vragen of ideeën?</h2>
<p>Mail naar ${esc(contact.name)}: <a href="mailto:${esc(contact.email)}">${esc(contact.email)}</a>${web}. Dit is versie ${esc(toolkit.version)} van de toolkit.</p>`;
  return subPage(toolkit, { path: GUIDE_PAGE, name: 'Gebruiksaanwijzer', label: 'Gebruiksaanwijzer', description: 'Hoe je de toolkit gebruikt en print.', main });
}

/** The overview as a page: every package by theme with what it contains, in the PDF's words (templates/contents.ts). */
export function overviewPage(toolkit: Toolkit, packages: Package[], pdf: Download | undefined): string {
  const groups = toolkit.themes
    .map((theme) => ({ theme, packages: packages.filter((p) => p.theme.id === theme.id).sort((a, b) => a.number - b.number) }))
    .filter((g) => g.packages.length > 0);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const rows = (ps: Package[]) =>
    `<ul class="overview">${ps
      .map((pkg) => {
        const c = packageContents(pkg);
        return `<li><a class="package-link" href="${esc(relativeHref(OVERVIEW_PAGE, pagePath(pkg)))}"><span class="number">${pkg.number}</span> ${esc(pkg.title)}</a>
<p>${[c.werkblad, c.kaarten, c.werkplaten].filter(Boolean).map(esc).join(' · ')}</p></li>`;
      })
      .join('\n')}</ul>`;
  const main = `<h1>Overzicht van de werkpakketten</h1>
${alternativeOf(OVERVIEW_PAGE, pdf ? [pdf] : [])}
<p class="lead">${count(packages.length, 'werkpakket', 'werkpakketten')}${toolkit.themeless ? '' : ` in ${count(groups.length, 'thema', "thema's")}`}, elk met een werkblad (A4), werkplaten (A3 of 2 x A4) en denk- en doekaarten. Kies een werkpakket dat past bij wat nu speelt in je team.</p>
${groups.map((g) => `<div class="theme theme-${g.theme.implicit ? '' : esc(g.theme.id.toLowerCase())}">${g.theme.implicit ? '' : `<h2 id="${themeAnchor(g.theme)}">Thema ${esc(g.theme.id)} · ${esc(g.theme.name)}</h2>`}\n${rows(g.packages)}</div>`).join('\n')}`;
  return subPage(toolkit, { path: OVERVIEW_PAGE, name: 'Overzicht van de werkpakketten', label: 'Overzicht', description: 'Alle werkpakketten en wat er in elk zit.', main });
}
