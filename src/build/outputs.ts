import type { Package, Toolkit, Theme } from '../model/types.js';
import type { Meta } from '../print/metadata.js';
import type { Stamps } from '../print/words.js';
import { CACHE_DIR } from './cache.js';

/** The outputs a user can choose with --only. */
// In print order: the facilitator's draaiboek first, as in a theme bundle.
export const OUTPUT_KINDS = ['draaiboek', 'werkblad', 'werkplaten', 'kaarten'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export interface OutputFile {
  /** Path relative to the output folder. */
  path: string;
  bytes: Uint8Array;
}

export interface Context {
  toolkit: Toolkit;
  date: Date;
  /** The words printed around sheets (measuring bar, glue strip), set once. */
  stamps: () => Promise<Stamps>;
}

export const fileName = (pkg: Package, suffix: string) => `${pkg.id}/${pkg.id}-${suffix}.pdf`;

/** The files each kind writes, known before rendering so that the cache can be asked first. */
export function filesOf(pkg: Package, kind: OutputKind): string[] {
  switch (kind) {
    case 'draaiboek':
      return pkg.facilitation ? [fileName(pkg, 'draaiboek-A4')] : [];
    case 'werkblad':
      return [fileName(pkg, 'werkblad-A4')];
    case 'werkplaten':
      return pkg.werkplaten.flatMap((_, i) => [fileName(pkg, `werkplaat-${i + 1}-A3`), fileName(pkg, `werkplaat-${i + 1}-2xA4`)]);
    case 'kaarten':
      return pkg.cards.length ? [fileName(pkg, 'kaarten-drukker'), fileName(pkg, 'kaarten-A4')] : [];
  }
}

/** The part of a package each kind is made from: editing a card rebuilds only the card files. */
export function contentOf(pkg: Package, kind: OutputKind): unknown {
  const head = { number: pkg.number, id: pkg.id, title: pkg.title, theme: pkg.theme };
  if (kind === 'draaiboek')
    return { ...head, facilitation: pkg.facilitation, background: pkg.background, film: pkg.film, werkplaten: pkg.werkplaten.map((w) => w.title), cards: pkg.cards.length };
  if (kind === 'werkblad') return { ...head, intro: pkg.intro, film: pkg.film, questions: pkg.questions };
  if (kind === 'werkplaten') return { ...head, werkplaten: pkg.werkplaten };
  return { ...head, cards: pkg.cards };
}

/** What a package's cover in a bundle shows: editing a card's words does not change it. */
export function coverContentOf(pkg: Package): unknown {
  const { number, title, theme, intro, film } = pkg;
  const werkplaten = pkg.werkplaten.map((w) => [w.title, w.instruction]);
  return { number, title, theme, intro, film: film.title, questions: pkg.questions.length, werkplaten, kinds: pkg.cards.map((c) => c.kind) };
}

/** Covers are only part of bundles; a theme's are kept aside so its bundle can be remade without them. */
export const coverPath = (theme: Theme) => `${CACHE_DIR}/omslag/${theme.implicit ? 'toolkit' : `thema-${theme.id}`}-omslag.pdf`;

/** What of toolkit.yaml a package's outputs show: not the guide or the mail template. */
export const toolkitPartForPackages = (t: Toolkit) => ({ title: t.title, version: t.version, contact: t.contact, cards: t.cards, themes: t.themes });

/** A theme's bundle; a toolkit without themes has one, named after the toolkit. */
export const bundleName = (theme: Theme) => (theme.implicit ? `${theme.slug}-bundel.pdf` : `thema-${theme.id}-${theme.slug}-bundel.pdf`);
export const GUIDE = 'gebruiksaanwijzer-A4.pdf';
export const OVERVIEW = 'overzicht-A4.pdf';

export function metaFor(ctx: Context, pkg: Package, what: string): Meta {
  return {
    ...docMeta(ctx, `${pkg.number}. ${pkg.title}: ${what}`, [!pkg.theme.implicit && `thema ${pkg.theme.id} ${pkg.theme.name}`, `werkpakket ${pkg.number}`].filter(Boolean).join(', ')),
    keywords: [ctx.toolkit.title, ...(pkg.theme.implicit ? [] : [pkg.theme.name]), pkg.title],
  };
}

export function docMeta(ctx: Context, title: string, about: string): Meta {
  return {
    title,
    author: ctx.toolkit.contact.name,
    subject: `${ctx.toolkit.title}, ${about}`,
    // The toolkit's own title: the words a search for this toolkit would use.
    keywords: [ctx.toolkit.title],
    creator: `toolkit ${ctx.toolkit.version}`,
    date: ctx.date,
  };
}
