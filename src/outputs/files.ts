import type { Package, Toolkit, Theme } from '../model/types.js';
import type { Meta } from '../print/metadata.js';
import type { Stamps } from '../print/words.js';
import { CACHE_DIR } from '../run/cache.js';

/** The outputs a user can choose with --only. */
// In print order: the facilitator's draaiboek first, as in a theme bundle.
export const OUTPUT_KINDS = ['draaiboek', 'werkblad', 'werkplaten', 'kaarten'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export interface OutputFile {
  /** Path relative to the output folder. */
  path: string;
  bytes: Uint8Array;
}

/** What every render half gets besides its own content. */
export interface Context {
  toolkit: Toolkit;
  date: Date;
  /** The words printed around sheets (measuring bar, glue strip), set once. */
  stamps: () => Promise<Stamps>;
}

export const fileName = (pkg: Package, suffix: string) => `${pkg.id}/${pkg.id}-${suffix}.pdf`;
export const bundleName = (theme: Theme) => `thema-${theme.id}-${theme.slug}-bundel.pdf`;
export const GUIDE = 'gebruiksaanwijzer-A4.pdf';
export const OVERVIEW = 'overzicht-A4.pdf';
/** Covers are only part of bundles; a theme's are kept aside so its bundle can be remade without them. */
export const coverPath = (theme: Theme) => `${CACHE_DIR}/omslag/thema-${theme.id}-omslag.pdf`;

export function metaFor(ctx: Context, pkg: Package, what: string): Meta {
  return {
    ...docMeta(ctx, `${pkg.number}. ${pkg.title}: ${what}`, `thema ${pkg.theme.id} ${pkg.theme.name}, werkpakket ${pkg.number}`),
    keywords: ['werken vanuit de bedoeling', 'gemeente', 'verandertoolkit', pkg.theme.name, pkg.title],
  };
}

export function docMeta(ctx: Context, title: string, about: string): Meta {
  return {
    title,
    author: ctx.toolkit.contact.name,
    subject: `${ctx.toolkit.title}, ${about}`,
    keywords: ['werken vanuit de bedoeling', 'gemeente', 'verandertoolkit'],
    creator: `toolkit ${ctx.toolkit.version}`,
    date: ctx.date,
  };
}
