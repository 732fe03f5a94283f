import type { Theme } from '../../model/types.js';
import { FONT_FILES } from './layout.js';

const face = (file: string) => {
  const weight = /Bold/.test(file) ? 700 : 400;
  const style = /Italic/.test(file) ? 'italic' : 'normal';
  return `@font-face { font-family: "Source Sans 3"; src: url("fonts/${file}") format("truetype"); font-weight: ${weight}; font-style: ${style}; font-display: swap; }`;
};

/**
 * The site's style sheet. Theme colours come from toolkit.yaml, as in print;
 * they are used for text and bands on white, where they meet the 4.5:1
 * contrast the print check already asks of them. Sizes are in rem so that
 * 200 % zoom and a 320 px wide screen reflow instead of scrolling sideways.
 */
export const themeColours = (themes: Theme[]) => themes.map((t) => `.theme-${t.id.toLowerCase()} { --theme: ${t.colour}; }`).join('\n');

export function styleSheet(themes: Theme[]): string {
  const colours = themeColours(themes);
  return `${FONT_FILES.map(face).join('\n')}
:root { --ink: #1f2328; --grey: #565d66; --rule: #d0d4d9; --theme: #2c3e50; --focus: #0b57d0; }
${colours}
*, *::before, *::after { box-sizing: border-box; }
html { font-family: "Source Sans 3", "Segoe UI", Arial, sans-serif; font-size: 100%; line-height: 1.5; color: var(--ink); background: #ffffff; -webkit-text-size-adjust: 100%; }
body { margin: 0; overflow-wrap: break-word; }
.wrap { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
a { color: #0a4fa8; text-underline-offset: 0.15em; }
a:hover { color: #073a7d; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
main:focus { outline: none; }
.skip { position: absolute; left: 0.5rem; top: -10rem; background: #ffffff; color: #0a4fa8; padding: 0.5rem 1rem; border: 2px solid var(--focus); z-index: 10; }
.skip:focus { top: 0.5rem; }
.site-header { border-bottom: 3px solid #2c3e50; padding: 0.25rem 0; }
.site-header .bar { display: flex; flex-wrap: wrap; gap: 0.25rem 2rem; align-items: flex-start; justify-content: space-between; }
.home { font-weight: 700; font-size: 1.25rem; line-height: 1.4; color: var(--ink); text-decoration: none; padding: 0.25rem 0; }
.home:hover { text-decoration: underline; }
.search { flex: 1 1 18rem; max-width: 32rem; padding: 0.25rem 0; }
.search label { display: block; font-weight: 700; }
.search input { width: 100%; font: inherit; padding: 0.3rem 0.6rem; border: 2px solid var(--grey); border-radius: 4px; }
.search .hint { margin: 0.25rem 0 0; font-size: 0.875rem; color: var(--grey); }
.search-toggle { font: inherit; font-weight: 700; padding: 0.15rem 0.75rem; border: 2px solid var(--grey); border-radius: 4px; background: #ffffff; color: var(--ink); cursor: pointer; }
.search-toggle[aria-expanded="true"] { background: #eef1f4; }
/* Wide: the search box in the header's line. Narrow (a phone, or 400 % zoom): behind the button, so the header is one line. */
@media (min-width: 40.01rem) { .search-toggle { display: none; } }
@media (max-width: 40rem) { .search:not(.open) { display: none; } .search { flex-basis: 100%; max-width: none; } }
.results { list-style: none; padding: 0; margin: 0.5rem 0 0; max-height: 60vh; overflow-y: auto; border: 1px solid var(--rule); border-radius: 4px; }
.results li { padding: 0.5rem 0.75rem; border-top: 1px solid var(--rule); }
.results li:first-child { border-top: 0; }
.results li p { margin: 0.25rem 0 0; font-size: 0.9375rem; }
.results .where, .search .count { color: var(--grey); font-size: 0.9375rem; }
.search .count { margin: 0.25rem 0 0; }
.search .count:empty { display: none; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.icon { width: 1.25em; height: 1.25em; vertical-align: -0.25em; margin-right: 0.35em; flex: none; color: var(--theme); }
.film-link { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: flex-start; }
.film-link > div { flex: 1 1 16rem; }
.qr { width: 8rem; height: 8rem; flex: none; }
.alt-of { display: flex; gap: 0.25rem; align-items: flex-start; background: #f3f5f7; border-left: 0.3rem solid var(--theme); padding: 0.5rem 0.75rem; font-size: 0.9375rem; }
.alt-of .icon { margin-top: 0.3em; }
.guides { list-style: none; padding: 0; }
.guides li { margin: 0.25rem 0; }
.theme-key { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.5rem 1rem; }
.theme-key .letter { display: inline-block; min-width: 1.75rem; text-align: center; background: var(--theme); color: #ffffff; font-weight: 700; border-radius: 3px; margin-right: 0.25rem; }
.overview { list-style: none; padding: 0; }
.overview li { padding: 0.5rem 0; border-top: 1px solid var(--rule); }
.overview p { margin: 0.25rem 0 0; }
.downloads .name { margin: 0; }
.prepare, .needs ul { list-style: none; padding: 0; margin: 0; }
.prepare li { margin: 0.25rem 0; }
.needs { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; }
.needs li { display: inline; margin-right: 0.75rem; }
.trail ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; padding: 0; margin: 0.75rem auto 0; font-size: 0.9375rem; }
.trail li + li::before { content: "›"; margin-right: 0.25rem; color: var(--grey); }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
main > h1:first-child { margin-top: 1.5rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 2px solid var(--rule); }
h3 { font-size: 1.1875rem; line-height: 1.3; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 0 0 0.25rem; }
p { margin: 0 0 0.75rem; }
.lead { font-size: 1.125rem; }
.label { font-weight: 700; }
.theme-label { display: inline-block; margin: 1rem 0 0; padding: 0.15rem 0.6rem; background: var(--theme); color: #ffffff; font-weight: 700; border-radius: 3px; }
.theme > h3 { color: var(--theme); border-left: 0.4rem solid var(--theme); padding-left: 0.6rem; }
.packages, .downloads, .cards { list-style: none; padding: 0; margin: 0; }
.packages li, .downloads li { display: flex; gap: 1rem; align-items: flex-start; padding: 0.75rem 0; border-top: 1px solid var(--rule); }
.packages p, .downloads p { margin: 0.25rem 0 0; }
.package-link { font-weight: 700; font-size: 1.125rem; }
.number { display: inline-block; min-width: 1.75rem; text-align: center; background: var(--theme); color: #ffffff; border-radius: 3px; margin-right: 0.25rem; text-decoration: none; }
.thumb { width: 5rem; height: auto; flex: none; border: 1px solid var(--rule); }
.preview { display: block; max-width: 100%; height: auto; border: 1px solid var(--rule); margin: 0.5rem 0 1rem; }
.facts { color: var(--grey); }
.print { font-size: 0.9375rem; }
.questions li { margin-bottom: 0.5rem; }
.areas li { margin-bottom: 0.25rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
.card article { border: 1px solid var(--rule); border-top: 0.4rem solid var(--theme); border-radius: 4px; padding: 0.75rem 1rem; height: 100%; }
.card h3 { margin-top: 0; }
/* The label is read after the card's heading ("Je laatste taak, Denkkaart 1"), and shown above it. */
.card article { display: flex; flex-direction: column; }
.card .kind { order: -1; margin: 0; font-weight: 700; color: var(--grey); font-size: 0.9375rem; }
.card .back { font-size: 0.9375rem; color: var(--grey); }
.card-images { display: flex; gap: 0.5rem; flex-wrap: wrap; }
.card-image { width: 7rem; height: auto; border: 1px solid var(--rule); }
.steps { padding-left: 1.5rem; }
.steps li { margin-bottom: 1rem; }
.time { color: var(--grey); margin: 0 0 0.25rem; }
code { font-family: ui-monospace, Consolas, monospace; font-size: 0.9375em; }
.site-footer { margin-top: 3rem; padding: 1rem 0 2rem; border-top: 1px solid var(--rule); color: var(--grey); font-size: 0.9375rem; }
.site-footer a { color: #0a4fa8; }
.toolkit-overlay { position: sticky; top: 0; z-index: 20; background: #fff4f2; color: #5c1010; border: 3px solid #b3261e; padding: 1rem 1.25rem; margin: 0 0 1rem; }
.toolkit-overlay h2 { margin: 0 0 0.5rem; border: 0; padding: 0; }
.toolkit-overlay ul { margin: 0 0 0.5rem; padding-left: 1.25rem; }
.toolkit-overlay code { font-weight: 700; }
@media (max-width: 30rem) {
  h1 { font-size: 1.625rem; }
  .packages li, .downloads li { flex-direction: column; gap: 0.5rem; }
  .downloads .thumb, .packages .thumb { display: none; }
}
@media print { .site-header form, .skip { display: none; } }
`;
}
