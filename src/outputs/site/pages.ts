import type { Card, Package, Toolkit, Werkplaat } from '../../model/types.js';
import type { FileFacts } from '../registry.js';
import { materialLabel, materialsOfPlan, preparationFor } from '../../model/materials.js';
import { esc, fileSize, page, pageCount, paragraphs } from './html.js';
import { INDEX, pagePath, relativeHref, themeAnchor } from './layout.js';

/** A preview image at 1x and 2x, with what it shows in words. */
export interface Image {
  src: string;
  src2x: string;
  width: number;
  height: number;
  alt: string;
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
}

export interface CardView {
  card: Card;
  n: number;
  front?: Image;
  back?: Image;
}

export interface PackageView {
  toolkit: Toolkit;
  pkg: Package;
  downloads: Download[];
  /** The werkplaten's A3 downloads, in order, for the preview beside each. */
  werkplaatDownloads: (Download | undefined)[];
  /** Each werkplaat as a PNG for an online whiteboard, in order, with its size in bytes. */
  whiteboards?: ({ path: string; bytes: number } | undefined)[];
  cards: CardView[];
  filmPasswords: boolean;
}

export interface IndexView {
  toolkit: Toolkit;
  themes: { theme: Package['theme']; packages: { pkg: Package; preview?: Image }[] }[];
  downloads: Download[];
}

const footer = (toolkit: Toolkit) =>
  `<p>${esc(toolkit.title)}, versie ${esc(toolkit.version)} (${esc(toolkit.date)}). Vragen of opmerkingen: ${esc(toolkit.contact.name)}, <a href="mailto:${esc(toolkit.contact.email)}">${esc(toolkit.contact.email)}</a>.</p>`;

const img = (from: string, i: Image, cls = 'preview') =>
  `<img class="${cls}" src="${esc(relativeHref(from, i.src))}" srcset="${esc(relativeHref(from, i.src))} 1x, ${esc(relativeHref(from, i.src2x))} 2x" width="${i.width}" height="${i.height}" alt="${esc(i.alt)}">`;

/** The first sentence of a text: one line under a package's title. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/s.exec(text.trim());
  return (m ? m[1]! : text.trim()).replace(/\s+/g, ' ');
}

function downloadList(from: string, downloads: Download[], heading: string, level = 2): string {
  if (!downloads.length) return '';
  const items = downloads
    .map(
      (d) => `<li class="download">
${d.preview ? img(from, d.preview, 'thumb') : ''}<div>
<a href="${esc(relativeHref(from, d.path))}" download>${esc(d.label)}</a> <span class="facts">(pdf, ${fileSize(d.bytes)}, ${pageCount(d.pages)})</span>
<p>${esc(d.what)}</p>
<p class="print"><span class="label">Printen:</span> ${esc(d.print)}</p>
</div>
</li>`,
    )
    .join('\n');
  return `<section aria-labelledby="downloads"><h${level} id="downloads">${esc(heading)}</h${level}>\n<ul class="downloads">\n${items}\n</ul>\n</section>`;
}

function film(toolkit: Toolkit, pkg: Package, passwords: boolean): string {
  const f = pkg.film;
  const how = f.url
    ? `<p><a href="${esc(f.url)}" rel="noopener">Bekijk de film „${esc(f.title)}”</a> (op een andere website).</p>`
    : `<p>Vraag de link naar de film op bij ${esc(toolkit.contact.name)}: <a href="mailto:${esc(toolkit.contact.email)}">${esc(toolkit.contact.email)}</a>.</p>`;
  const pw = f.password && passwords ? `<p>Wachtwoord: <code>${esc(f.password)}</code></p>` : f.password ? '<p>De film heeft een wachtwoord. Het staat niet op deze website, wel op het geprinte werkblad en in het draaiboek: vraag het aan wie de bijeenkomst begeleidt.</p>' : '';
  return `<section aria-labelledby="film"><h2 id="film">Film: ${esc(f.title)}</h2>
<p>Bekijk de film samen voordat je de vragen bespreekt.</p>
${how}${pw}</section>`;
}

function werkplaat(from: string, w: Werkplaat, n: number, pdf?: Download, png?: { path: string; bytes: number }): string {
  const areas = [...w.areas, ...(w.centre ? [w.centre] : [])];
  const list = areas.length ? `<ul class="areas">${areas.map((a) => `<li><strong>${esc(a.heading)}</strong>: ${esc(a.prompt)}</li>`).join('')}</ul>` : '';
  // A 2 x 2's axes, which the poster draws: said in words for whoever cannot see the picture.
  const h = w.axes?.horizontal;
  const v = w.axes?.vertical;
  const sides = [h && `van links „${esc(h.left)}” naar rechts „${esc(h.right)}”`, v && `van boven „${esc(v.top)}” naar onder „${esc(v.bottom)}”`].filter(Boolean);
  const axes = sides.length ? `<p>De vakken liggen langs ${sides.length > 1 ? 'twee assen' : 'een as'}: ${sides.join(', en ')}.</p>` : '';
  const sliders = w.sliders.length ? `<ul class="areas">${w.sliders.map((s) => `<li><strong>${esc(s.heading)}</strong>: van „${esc(s.left)}” tot „${esc(s.right)}”</li>`).join('')}</ul>` : '';
  return `<article class="werkplaat" aria-labelledby="werkplaat-${n}">
<h3 id="werkplaat-${n}">Werkplaat ${n}: ${esc(w.title)}</h3>
${pdf?.preview ? img(from, pdf.preview) : ''}
${paragraphs(w.instruction)}
${axes}${list}${sliders}${png ? `\n<p class="whiteboard"><a href="${esc(relativeHref(from, png.path))}" download>Werkplaat ${n} als afbeelding voor een online whiteboard</a> (PNG, 3508 x 2480 pixels, ${Math.max(1, Math.round(png.bytes / 1024))} kB): zet hem als achtergrond in Teams Whiteboard, Miro of Mural en plak er digitale post-its op.</p>` : ''}</article>`;
}

const kindName = (c: Card) => (c.kind === 'denk' ? 'Denkkaart' : 'Doekaart');

function card(from: string, pkg: Package, v: CardView): string {
  const { card: c, n } = v;
  const images = [v.front, v.back].filter((i): i is Image => Boolean(i)).map((i) => img(from, i, 'card-image')).join('');
  return `<li class="card ${c.kind}">
<article aria-labelledby="kaart-${n}">
<p class="kind">${kindName(c)} ${n}</p>
<h3 id="kaart-${n}">${esc(c.title)}</h3>
${paragraphs(c.text)}
<p class="back"><span class="label">Achterkant:</span> ${kindName(c)}, werkpakket ${pkg.number}, ${esc(pkg.title)}${pkg.theme.implicit ? '' : `, thema ${esc(pkg.theme.id)} (${esc(pkg.theme.name)})`}.</p>
${images ? `<div class="card-images">${images}</div>` : ''}
</article>
</li>`;
}

const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

function draaiboek(pkg: Package): string {
  const f = pkg.facilitation;
  if (!f) return '';
  let start = 0;
  const steps = f.plan
    .map((s) => {
      const from = start;
      start += s.minutes;
      const needs = s.uses.map((u) => materialLabel(pkg, u));
      return `<li>
<h4>${esc(s.title)} <span class="time">${s.minutes} minuten, ${clock(from)} tot ${clock(start)}</span></h4>
${paragraphs(s.text)}
${needs.length ? `<p><span class="label">Nodig:</span> ${needs.map(esc).join(', ')}</p>` : ''}${s.prepare ? `<p><span class="label">Klaarzetten:</span> ${esc(s.prepare)}</p>` : ''}
</li>`;
    })
    .join('\n');
  const prepare = materialsOfPlan(pkg).map((u) => preparationFor(pkg, u));
  return `<section aria-labelledby="draaiboek"><h2 id="draaiboek">Draaiboek: de bijeenkomst</h2>
<p><span class="label">Voor wie:</span> ${esc(f.audience)}</p>
<p><span class="label">Wanneer:</span> ${esc(f.when)}</p>
${prepare.length ? `<h3>Klaarzetten</h3>\n<ul>${prepare.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : ''}
<h3>De bijeenkomst: 60 minuten</h3>
<ol class="steps">
${steps}
</ol>
<h3>Kort: 15 minuten in een teamoverleg</h3>
${paragraphs(f.short)}
${f.tips.length ? `<h3>Tips</h3>\n<ul>${f.tips.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>` : ''}
</section>`;
}

/** The page of one package: everything its PDFs say, as text, and the PDFs to download. */
export function packagePage(v: PackageView): string {
  const { pkg, toolkit } = v;
  const here = pagePath(pkg);
  const main = `${pkg.theme.implicit ? '' : `<p class="theme-label">Thema ${esc(pkg.theme.id)} · ${esc(pkg.theme.name)}</p>`}
<h1>Werkpakket ${pkg.number}: ${esc(pkg.title)}</h1>
${paragraphs(pkg.intro, ' class="lead"')}
${film(toolkit, pkg, v.filmPasswords)}
${pkg.background ? `<section aria-labelledby="achtergrond"><h2 id="achtergrond">Het idee in het kort</h2>\n${paragraphs(pkg.background)}\n</section>` : ''}
<section aria-labelledby="vragen"><h2 id="vragen">Reflectievragen</h2>
<ol class="questions">${pkg.questions.map((q) => `<li>${esc(q)}</li>`).join('')}</ol>
</section>
${pkg.werkplaten.length ? `<section aria-labelledby="werkplaten"><h2 id="werkplaten">Werkplaten</h2>\n${pkg.werkplaten.map((w, i) => werkplaat(here, w, i + 1, v.werkplaatDownloads[i], v.whiteboards?.[i])).join('\n')}\n</section>` : ''}
${v.cards.length ? `<section aria-labelledby="kaarten"><h2 id="kaarten">Denk- en doekaarten</h2>\n<p>Denkkaarten helpen je nadenken, doekaarten helpen je iets te proberen.</p>\n<ul class="cards">\n${v.cards.map((c) => card(here, pkg, c)).join('\n')}\n</ul>\n</section>` : ''}
${draaiboek(pkg)}
${downloadList(here, v.downloads, 'Downloaden en printen')}`;
  return page({
    path: here,
    title: `Werkpakket ${pkg.number}: ${pkg.title} · Verandertoolkit`,
    description: firstSentence(pkg.intro),
    trail: [
      { label: 'Verandertoolkit', path: INDEX },
      { label: `Werkpakket ${pkg.number}`, path: here },
    ],
    main,
    footer: footer(toolkit),
    theme: pkg.theme.id,
  });
}

/** The start page: what the toolkit is, its themes and packages, the guide, the documents for everything. */
export function indexPage(v: IndexView): string {
  const { toolkit } = v;
  const [intro, ...guide] = toolkit.guide;
  const themes = v.themes
    .filter((t) => t.packages.length)
    .map(
      (t) => `${
        // A toolkit without themes has one list of packages, under the heading above it.
        t.theme.implicit
          ? `<section class="theme theme-">`
          : `<section class="theme theme-${esc(t.theme.id.toLowerCase())}" aria-labelledby="${themeAnchor(t.theme)}">
<h3 id="${themeAnchor(t.theme)}">Thema ${esc(t.theme.id)} · ${esc(t.theme.name)}</h3>`
      }
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
</section>`,
    )
    .join('\n');
  const main = `<h1>${esc(toolkit.title)}</h1>
${intro ? paragraphs(intro.text, ' class="lead"') : ''}
<section aria-labelledby="pakketten"><h2 id="pakketten">De werkpakketten</h2>
${themes}
</section>
${guide.length ? `<section aria-labelledby="gebruiksaanwijzer"><h2 id="gebruiksaanwijzer">Gebruiksaanwijzer</h2>\n${guide.map((g) => `<h3>${esc(g.heading)}</h3>\n${paragraphs(g.text)}`).join('\n')}\n</section>` : ''}
${downloadList(INDEX, v.downloads, 'Alles downloaden: bundels, gebruiksaanwijzer en overzicht')}`;
  return page({ path: INDEX, title: toolkit.title, description: intro ? firstSentence(intro.text) : toolkit.title, trail: [{ label: 'Verandertoolkit', path: INDEX }], main, footer: footer(toolkit) });
}
