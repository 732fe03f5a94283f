import type { Package, Toolkit } from '../model/types.js';
import type { Meta } from '../print/metadata.js';

/** The outputs a user can choose with --only. */
export const OUTPUT_KINDS = ['werkblad', 'werkplaten', 'kaarten'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export interface OutputFile {
  /** Path relative to the output folder. */
  path: string;
  bytes: Uint8Array;
}

export interface Context {
  toolkit: Toolkit;
  date: Date;
}

export function metaFor(ctx: Context, pkg: Package, what: string): Meta {
  return {
    title: `${pkg.number}. ${pkg.title}: ${what}`,
    author: ctx.toolkit.contact.name,
    subject: `${ctx.toolkit.title}, thema ${pkg.theme.id} ${pkg.theme.name}, werkpakket ${pkg.number}`,
    keywords: ['werken vanuit de bedoeling', 'gemeente', 'verandertoolkit', pkg.theme.name, pkg.title],
    creator: `toolkit ${ctx.toolkit.version}`,
    date: ctx.date,
  };
}

export const fileName = (pkg: Package, suffix: string) => `${pkg.id}/${pkg.id}-${suffix}.pdf`;
