import { CSS, INDEX, relativeHref, SCRIPT, SEARCH_INDEX, STATEMENT } from './layout.js';

/** Text for HTML: every `<`, `&` and quote escaped, so content can never become markup. */
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A text from the YAML as paragraphs: a blank line starts a new one, a single line break stays a line break. */
export function paragraphs(text: string, attrs = ''): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p${attrs}>${p.split('\n').map(esc).join('<br>')}</p>`)
    .join('\n');
}

/**
 * Only files of the site itself: no other host, no inline script or style.
 * Under file:// Chromium counts files as 'self'; the preview server's reload
 * channel is the same origin too.
 */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export interface Shell {
  /** The page's own path in the site: links are made relative to it. */
  path: string;
  title: string;
  description: string;
  /** Breadcrumb above the h1: label and site path; the last is the page itself. */
  trail: { label: string; path: string }[];
  main: string;
  footer: string;
  /** The theme whose colour the page's accents take: `C`. */
  theme?: string;
  /** The stylesheet and script of a page of its own kind (the presentation): no search box, no breadcrumb. */
  bare?: { css: string; script: string; bodyClass: string };
}

/** The footer's second line, on every page: where the accessibility statement is. */
const statementLine = (to: (p: string) => string) => `<p><a href="${to(STATEMENT)}">Toegankelijkheid</a>: wat op deze website en in de pdf's toegankelijk is, en hoe je een bestand in een andere vorm vraagt.</p>`;

/**
 * Every page's frame: skip link, a header of one line (the name, and the
 * search box, behind a button on a narrow screen), breadcrumb, main,
 * footer. Four landmarks and the search: banner, navigation, main,
 * contentinfo; sections inside main have no names, so they are not landmarks.
 * The search results are a list outside any live region; only their count is
 * said, in the status line, once typing pauses (script.ts).
 */
export function page(s: Shell): string {
  const to = (target: string) => esc(relativeHref(s.path, target));
  const root = relativeHref(s.path, INDEX).replace(/index\.html$/, '');
  const trail = s.trail
    .map((t, i) => (i === s.trail.length - 1 ? `<li><a href="${to(t.path)}" aria-current="page">${esc(t.label)}</a></li>` : `<li><a href="${to(t.path)}">${esc(t.label)}</a></li>`))
    .join('');
  const classes = [s.theme ? `theme-${esc(s.theme.toLowerCase())}` : '', s.bare?.bodyClass ?? ''].filter(Boolean).join(' ');
  const head = `<!doctype html>
<html lang="nl" data-root="${esc(root)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="description" content="${esc(s.description)}">
<title>${esc(s.title)}</title>
<link rel="stylesheet" href="${to(s.bare?.css ?? CSS)}">
${s.bare ? `<script src="${to(s.bare.script)}" defer></script>` : `<script src="${to(SEARCH_INDEX)}" defer></script>\n<script src="${to(SCRIPT)}" defer></script>`}
</head>
<body${classes ? ` class="${classes}"` : ''}>
`;
  if (s.bare) return `${head}${s.main}\n</body>\n</html>\n`;
  return `${head}<a class="skip" href="#inhoud">Naar de inhoud</a>
<header class="site-header">
<div class="wrap bar">
<a class="home" href="${to(INDEX)}">Verandertoolkit</a>
<button type="button" class="search-toggle" aria-expanded="false" aria-controls="zoekvak" hidden>Zoeken</button>
<form class="search" id="zoekvak" role="search" hidden>
<label for="zoek">Zoek in de toolkit</label>
<input type="search" id="zoek" name="q" autocomplete="off" aria-describedby="zoekuitleg">
<p id="zoekuitleg" class="hint">Vragen, kaarten en werkpakketten. De resultaten staan onder het zoekvak.</p>
<p id="zoekstatus" class="count" role="status"></p>
<ul id="zoekresultaten" class="results" aria-label="Zoekresultaten" hidden></ul>
</form>
</div>
</header>
${s.trail.length > 1 ? `<nav class="trail wrap" aria-label="Kruimelpad"><ol>${trail}</ol></nav>\n` : ''}<main id="inhoud" class="wrap" tabindex="-1">
${s.main}
</main>
<footer class="site-footer">
<div class="wrap">
${s.footer}
${statementLine(to)}
</div>
</footer>
</body>
</html>
`;
}

/** A QR code's modules as one SVG path: a square per dark module. */
export function qrSvg(modules: boolean[][], label: string): string {
  const n = modules.length;
  const d = modules.flatMap((row, y) => row.map((on, x) => (on ? `M${x + 4} ${y + 4}h1v1h-1z` : ''))).join('');
  return `<svg class="qr" viewBox="0 0 ${n + 8} ${n + 8}" role="img" aria-label="${esc(label)}"><rect width="${n + 8}" height="${n + 8}" fill="#ffffff"/><path d="${d}" fill="#000000"/></svg>`;
}

/** `45 kB`, `1,2 MB`: as Dutch writes sizes. */
export function fileSize(bytes: number): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${(bytes / 1000 / 1000).toFixed(1).replace('.', ',')} MB`;
}

export const pageCount = (n: number) => (n === 1 ? '1 pagina' : `${n} pagina's`);
