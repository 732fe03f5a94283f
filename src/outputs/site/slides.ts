import type { Package, Toolkit } from '../../model/types.js';
import { headingOf, tagOf, type Slide } from '../../model/slides.js';
import { esc, page, paragraphs, qrSvg } from './html.js';
import { icon } from './icons.js';
import { pagePath, relativeHref, slidesPath, SLIDES_CSS, SLIDES_SCRIPT, STATEMENT } from './layout.js';

/**
 * A package's slides as one page in the browser: the same deck as the PDF
 * for the beamer (src/model/slides.ts, templates/Slides.tsx), in the same
 * words, but never the film's password (a presentation is shown to a room
 * and left open on a screen). Without the script every slide is shown one below the other; with
 * it one at a time, full screen on F. No file from another host.
 */

export interface SlidesView {
  toolkit: Toolkit;
  pkg: Package;
  deck: Slide[];
  /** The QR code of the film's link, when it has one. */
  qr?: boolean[][];
  /** The slides' PDF on the site, of which this page is the accessible version. */
  pdf?: { path: string; label: string };
}

function body(v: SlidesView, s: Slide): string {
  const { toolkit } = v;
  switch (s.type) {
    case 'film': {
      const f = s.film;
      const how = f.url ? 'Scan de QR-code of typ de link over.' : `Vraag de link naar de film op bij ${toolkit.contact.name}: ${toolkit.contact.email}.`;
      return `<div class="film"><div>
${f.url ? `<p class="big"><a href="${esc(f.url)}" rel="noopener">${esc(f.url)}</a></p>` : ''}
<p>${esc(how)}</p>
</div>${f.url && v.qr ? qrSvg(v.qr, `QR-code met de link naar de film: ${f.url}`) : ''}</div>`;
    }
    case 'step':
      return `${paragraphs(s.text)}${s.uses.length ? `<ul class="uses">${s.uses.map((u) => `<li>${esc(u)}</li>`).join('')}</ul>` : ''}`;
    case 'werkplaat':
      return `${s.instruction ? paragraphs(s.instruction) : ''}<ul class="areas">${s.areas.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>`;
    case 'questions':
      return `<ol class="questions" start="${s.first}">${s.questions.map((q) => `<li>${esc(q)}</li>`).join('')}</ol>`;
    case 'agreement':
      return `<ul class="agreement">${['Wat gaan we doen?', 'Wie doet het?', 'Wanneer vertellen we hoe het ging?'].map((q) => `<li>${esc(q)}</li>`).join('')}</ul>
${s.doekaarten.length ? `<p class="small">Kies een doekaart:</p><ul class="doekaarten">${s.doekaarten.map((t) => `<li>${icon('kaarten')}${esc(t)}</li>`).join('')}</ul>` : ''}`;
    default:
      return '';
  }
}

export function slidesPage(v: SlidesView): string {
  const { toolkit, pkg, deck } = v;
  const here = slidesPath(pkg);
  const total = deck.length;
  const theme = pkg.theme.implicit ? '' : `thema ${pkg.theme.id}: ${pkg.theme.name}`;
  const slides = deck
    .map((s, i) => {
      const n = i + 1;
      const notes = s.notes.length ? `<details class="notes"><summary>Notities voor de begeleider</summary><ul>${s.notes.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></details>` : '';
      if (s.type === 'title')
        return `<div class="slide title" id="dia-${n}" role="group" aria-roledescription="dia" aria-label="${n} van ${total}">
<p class="tag">Werkpakket ${pkg.number}${theme ? ` · ${esc(theme)}` : ''}</p>
<p class="display">${esc(pkg.title)}</p>
<p class="sub">${esc(toolkit.title)}</p>
${notes}</div>`;
      const tag = tagOf(s);
      return `<div class="slide ${s.type}" id="dia-${n}" role="group" aria-roledescription="dia" aria-label="${n} van ${total}">
${tag ? `<p class="tag">${esc(tag)}</p>` : ''}<h2>${esc(headingOf(s))}</h2>
<div class="body">${body(v, s)}</div>
<p class="foot"><span>${pkg.number}. ${esc(pkg.title)}</span> <span>${n} / ${total}</span></p>
${notes}</div>`;
    })
    .join('\n');
  const main = `<main class="deck" id="inhoud">
<h1 class="intro-title">Presentatie: werkpakket ${pkg.number}, ${esc(pkg.title)}</h1>
<p class="intro">Bij <a href="${esc(relativeHref(here, pagePath(pkg)))}">werkpakket ${pkg.number}: ${esc(pkg.title)}</a>. Volgende dia: pijltje naar rechts, spatiebalk of Page Down. Vorige dia: pijltje naar links of Page Up. Volledig scherm: F.${v.pdf ? ` Deze pagina is de toegankelijke versie van de pdf <a href="${esc(relativeHref(here, v.pdf.path))}">${esc(v.pdf.label)}</a>; zie ook de <a href="${esc(relativeHref(here, STATEMENT))}">toegankelijkheidsverklaring</a>.` : ''}</p>
${slides}
<div class="controls" hidden>
<button type="button" data-go="prev">Vorige</button>
<p class="where" aria-live="polite"></p>
<button type="button" data-go="next">Volgende</button>
<button type="button" data-go="full">Volledig scherm</button>
<a href="${esc(relativeHref(here, pagePath(pkg)))}">Terug naar het werkpakket</a>
</div>
</main>`;
  return page({
    path: here,
    title: `Presentatie: werkpakket ${pkg.number}, ${pkg.title} · Verandertoolkit`,
    description: `De dia's van werkpakket ${pkg.number} voor de beamer.`,
    trail: [],
    main,
    footer: '',
    theme: pkg.theme.id,
    bare: { css: SLIDES_CSS, script: SLIDES_SCRIPT, bodyClass: 'slides' },
  });
}

/** The presentation's style: a 16:9 stage as large as the window, type in units of its width (as the PDF's points on 1920). */
export function slidesStyle(themeColours: string): string {
  return `@font-face { font-family: "Source Sans 3"; src: url("fonts/SourceSans3-Regular.ttf") format("truetype"); font-weight: 400; font-display: swap; }
@font-face { font-family: "Source Sans 3"; src: url("fonts/SourceSans3-Bold.ttf") format("truetype"); font-weight: 700; font-display: swap; }
:root { --ink: #1f2328; --grey: #565d66; --theme: #2c3e50; --focus: #0b57d0; }
${themeColours}
*, *::before, *::after { box-sizing: border-box; }
html { font-family: "Source Sans 3", "Segoe UI", Arial, sans-serif; color: var(--ink); background: #ffffff; line-height: 1.35; }
body { margin: 0; }
a { color: #0a4fa8; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.deck { padding: 1rem; }
.intro { max-width: 60rem; margin: 0 auto 1rem; }
.slide { container-type: inline-size; position: relative; width: min(100%, 60rem); aspect-ratio: 16 / 9; margin: 0 auto 1.5rem; padding: 4cqw 5.7cqw; border: 1px solid #d0d4d9; border-top: 1.2cqw solid var(--theme); background: #ffffff; overflow: hidden; font-size: 2.1cqw; }
.slide .display { font-size: 5cqw; font-weight: 700; line-height: 1.1; margin: 6cqw 0 2cqw; }
.intro-title { max-width: 60rem; margin: 0 auto 0.25rem; font-size: 1.125rem; }
.slide h2 { font-size: 3.33cqw; line-height: 1.15; margin: 0 0 2.5cqw; }
.slide .tag { margin: 0 0 1cqw; color: var(--grey); font-weight: 700; font-size: 1.6cqw; }
.slide .sub { font-size: 2.1cqw; color: var(--grey); }
.slide p { margin: 0 0 1.5cqw; }
.slide ul, .slide ol { margin: 0; padding-left: 0; list-style: none; }
.uses, .areas, .doekaarten { display: flex; flex-wrap: wrap; gap: 1.2cqw; margin-top: 2cqw !important; }
.uses li, .areas li { background: #eef1f4; border-left: 0.5cqw solid var(--theme); padding: 0.6cqw 1.2cqw; font-weight: 700; font-size: 1.6cqw; }
.areas li { font-size: 2.1cqw; }
.slide ol.questions { list-style: decimal; padding-left: 5cqw; }
.questions li { font-size: 2.7cqw; line-height: 1.25; margin-bottom: 2.5cqw; padding-left: 1cqw; }
.questions li::marker { color: var(--theme); font-weight: 700; }
.agreement li { font-size: 2.1cqw; font-weight: 700; padding: 1.1cqw 0; border-bottom: 0.15cqw solid #d0d4d9; }
.doekaarten li { display: flex; align-items: center; gap: 0.6cqw; font-size: 1.6cqw; }
.small { font-size: 1.6cqw; color: var(--grey); margin-top: 2cqw !important; }
.icon { width: 1.6cqw; height: 1.6cqw; flex: none; color: var(--theme); }
.film { display: flex; align-items: center; gap: 3cqw; }
.film > div { flex: 1; }
.big { font-weight: 700; }
.qr { width: 27cqw; height: auto; flex: none; }
.foot { position: absolute; left: 0; right: 0; padding-inline: inherit; bottom: 2cqw; display: flex; justify-content: space-between; margin: 0 !important; color: var(--grey); font-size: 1.4cqw; }
.notes { position: absolute; left: 0; right: 0; padding-inline: inherit; bottom: 4.5cqw; font-size: 1.4cqw; color: var(--grey); }
.notes[open] { background: #ffffff; border-top: 1px solid #d0d4d9; padding-block: 0.5rem; }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; max-width: 60rem; margin: 0 auto; }
.controls button { font: inherit; padding: 0.3rem 0.9rem; border: 2px solid var(--grey); border-radius: 4px; background: #ffffff; color: var(--ink); cursor: pointer; }
.controls .where { margin: 0; color: var(--grey); }
/* One slide at a time once the script runs. */
.js .slide { display: none; }
.js .deck { padding: 0.5rem 1rem; }
.js .intro { font-size: 0.875rem; margin-bottom: 0.5rem; }
.js .intro-title { font-size: 1rem; }
.js .slide.current { display: block; width: min(100%, calc((100vh - 9.5rem) * 16 / 9)); margin-bottom: 0.5rem; }
:fullscreen .deck, .deck:fullscreen { padding: 0; background: #ffffff; display: flex; flex-direction: column; justify-content: center; }
:fullscreen .intro, :fullscreen .intro-title, :fullscreen .controls { display: none; }
:fullscreen .slide.current { width: min(100vw, calc(100vh * 16 / 9)); margin: 0 auto; border: 0; border-top: 1.2cqw solid var(--theme); }
/* A phone, or 400 % zoom: the slide's text at reading size, flowing down, instead of a 16:9 picture too small to read. */
@media (max-width: 40rem) {
  .slide, .js .slide.current { aspect-ratio: auto; width: 100%; padding: 1rem; font-size: 1rem; border-top-width: 0.4rem; }
  .slide .display { font-size: 1.75rem; margin: 1rem 0 0.5rem; }
  .slide h2 { font-size: 1.375rem; margin-bottom: 0.75rem; }
  .slide .tag, .slide .sub, .uses li, .areas li, .doekaarten li, .small, .foot, .notes, .agreement li { font-size: 1rem; }
  .questions li { font-size: 1.125rem; }
  .slide p, .questions li { margin-bottom: 0.75rem; }
  .uses, .areas, .doekaarten { gap: 0.5rem; margin-top: 0.75rem !important; }
  .uses li, .areas li { padding: 0.25rem 0.5rem; border-left-width: 0.25rem; }
  .slide ol.questions { padding-left: 1.75rem; }
  .icon { width: 1.25rem; height: 1.25rem; }
  .film { flex-direction: column; align-items: flex-start; }
  .qr { width: 12rem; }
  .foot, .notes { position: static; margin-top: 1rem !important; }
}
@media print { .controls, .intro, .intro-title { display: none; } .slide { display: block !important; break-after: page; } }
`;
}

/** The presentation's keys: next and previous, first and last, F for full screen; the slide number in the address, so a reload stays put. */
export const SLIDES_JS = String.raw`'use strict';
(function () {
  var slides = Array.prototype.slice.call(document.querySelectorAll('.slide'));
  var controls = document.querySelector('.controls');
  var where = document.querySelector('.controls .where');
  var deck = document.querySelector('.deck');
  if (!slides.length || !controls) return;
  document.documentElement.classList.add('js');
  controls.hidden = false;
  var at = 0;
  var show = function (n, announce) {
    at = Math.max(0, Math.min(slides.length - 1, n));
    slides.forEach(function (s, i) { s.classList.toggle('current', i === at); });
    if (announce !== false) where.textContent = 'Dia ' + (at + 1) + ' van ' + slides.length;
    if (location.hash !== '#dia-' + (at + 1)) history.replaceState(null, '', '#dia-' + (at + 1));
  };
  var full = function () {
    if (document.fullscreenElement) document.exitFullscreen();
    else if (deck.requestFullscreen) deck.requestFullscreen();
  };
  var m = /^#dia-(\d+)$/.exec(location.hash);
  show(m ? Number(m[1]) - 1 : 0);
  controls.addEventListener('click', function (ev) {
    var b = ev.target.closest('button');
    if (!b) return;
    var go = b.getAttribute('data-go');
    if (go === 'next') show(at + 1);
    else if (go === 'prev') show(at - 1);
    else if (go === 'full') full();
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    var t = ev.target;
    var onControl = t && t.closest && t.closest('button, a, summary, input, textarea, select');
    var k = ev.key;
    if (k === 'ArrowRight' || k === 'ArrowDown' || k === 'PageDown' || (!onControl && (k === ' ' || k === 'Enter'))) show(at + 1);
    else if (k === 'ArrowLeft' || k === 'ArrowUp' || k === 'PageUp' || (!onControl && k === 'Backspace')) show(at - 1);
    else if (k === 'Home') show(0);
    else if (k === 'End') show(slides.length - 1);
    else if ((k === 'f' || k === 'F') && !onControl) full();
    else return;
    ev.preventDefault();
  });
})();
`;
