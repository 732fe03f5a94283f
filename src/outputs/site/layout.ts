import type { Package, Theme } from '../../model/types.js';

/**
 * Where each file of the site lives, relative to the site folder. Downloads
 * keep the paths they have in the build folder; a package's page and its
 * previews sit beside its PDFs, so that every link is short and relative.
 */
/** Where the site goes in the output folder. */
export const SITE_DIR = 'site';
export const INDEX = 'index.html';
export const ASSETS = 'assets';
export const CSS = `${ASSETS}/site.css`;
export const SCRIPT = `${ASSETS}/site.js`;
export const SEARCH_INDEX = `${ASSETS}/zoekindex.js`;
/** The slides in the browser have a style and script of their own. */
export const SLIDES_CSS = `${ASSETS}/presentatie.css`;
export const SLIDES_SCRIPT = `${ASSETS}/presentatie.js`;
/** The accessibility statement, linked from every page's footer. */
export const STATEMENT = 'toegankelijkheid.html';
/** The pages that are the accessible versions of the guide and the overview. */
export const GUIDE_PAGE = 'gebruiksaanwijzer.html';
export const OVERVIEW_PAGE = 'overzicht.html';
export const FONT_FILES = ['SourceSans3-Regular.ttf', 'SourceSans3-Bold.ttf', 'SourceSans3-Italic.ttf'];
export const fontPath = (file: string) => `${ASSETS}/fonts/${file}`;

export const pagePath = (pkg: Pick<Package, 'id'>) => `${pkg.id}/index.html`;
/** A package's slides as a page in the browser, beside its page. */
export const slidesPath = (pkg: Pick<Package, 'id'>) => `${pkg.id}/presentatie.html`;

/** `08-x/08-x-werkblad-A4.pdf` → `08-x/08-x-werkblad-A4-1x.png`. */
export const previewPath = (pdf: string, scale: 1 | 2) => pdf.replace(/\.pdf$/, `-${scale}x.png`);

/** A card's face, from the print shop's file: front and back of card n (1-based). */
export const cardPreviewPath = (pkg: Pick<Package, 'id'>, n: number, side: 'voor' | 'achter', scale: 1 | 2) =>
  `${pkg.id}/kaart-${String(n).padStart(2, '0')}-${side}-${scale}x.png`;

/** The href from the page at `from` to the file at `to`, both relative to the site folder. */
export function relativeHref(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].map(encodeURIComponent).join('/');
}

export const themeAnchor = (theme: Pick<Theme, 'id'>) => `thema-${theme.id.toLowerCase()}`;
