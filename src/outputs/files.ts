import type { Problem } from '../errors.js';
import type { Package, Toolkit, Theme } from '../model/types.js';
import type { Meta } from '../print/metadata.js';
import type { Stamps } from '../print/words.js';
import type { FileFacts, FileKind } from './registry.js';
import { CACHE_DIR } from '../run/cache.js';

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
  /** A file that is final, handed on before the others are made (see JobInput.ready). */
  ready?: (file: OutputFile) => void;
  /** Something worth fixing that does not stop the file (see JobInput.warn). */
  warn?: (problem: Problem) => void;
}

export const fileName = (pkg: Package, suffix: string) => `${pkg.id}/${pkg.id}-${suffix}.pdf`;

/** A file a job will write, with what it is. */
export interface PlannedFile {
  path: string;
  facts: FileFacts;
}

/** A package's file of one kind (`werkplaat` for a werkplaat's files), named as the build names it. */
export const packageFile = (pkg: Package, suffix: string, kind: FileKind, werkplaat?: number): PlannedFile => ({
  path: fileName(pkg, suffix),
  facts: { kind, package: pkg.number, ...(werkplaat !== undefined && { werkplaat }) },
});

/** The facts of planned files by path, as a job carries them. */
export const factsByPath = (files: PlannedFile[]) => Object.fromEntries(files.map((f) => [f.path, f.facts]));
/** A theme's bundle; a toolkit without themes has one, named after the toolkit. */
export const bundleName = (theme: Theme) => (theme.implicit ? `${theme.slug}-bundel.pdf` : `thema-${theme.id}-${theme.slug}-bundel.pdf`);
export const GUIDE = 'gebruiksaanwijzer-A4.pdf';
export const OVERVIEW = 'overzicht-A4.pdf';
export const bundleFile = (theme: Theme): PlannedFile => ({
  path: bundleName(theme),
  facts: { kind: 'bundel', theme: { id: theme.id, name: theme.name, ...(theme.implicit && { implicit: true }) } },
});
export const GUIDE_FILE: PlannedFile = { path: GUIDE, facts: { kind: 'gebruiksaanwijzer' } };
export const OVERVIEW_FILE: PlannedFile = { path: OVERVIEW, facts: { kind: 'overzicht' } };
/** Covers are only part of bundles; a theme's are kept aside so its bundle can be remade without them. */
export const coverPath = (theme: Theme) => `${CACHE_DIR}/omslag/${theme.implicit ? 'toolkit' : `thema-${theme.id}`}-omslag.pdf`;

export function metaFor(ctx: Context, pkg: Package, what: string): Meta {
  return {
    ...docMeta(ctx, `${pkg.number}. ${pkg.title}: ${what}`, [!pkg.theme.implicit && `thema ${pkg.theme.id} ${pkg.theme.name}`, `werkpakket ${pkg.number}`].filter(Boolean).join(', ')),
    keywords: [ctx.toolkit.title, ...(pkg.theme.implicit ? [] : [pkg.theme.name]), pkg.title],
  };
}

/**
 * A file only for printing (2 x A4 tiles, card sheets): its text is cut,
 * clipped or set many to a sheet. Its title says so, and its subject names
 * the page of the toolkit's website that holds the same text to read (the
 * accessible version, issue 27).
 */
export function printOnlyMeta(ctx: Context, pkg: Package, what: string): Meta {
  const meta = metaFor(ctx, pkg, `${what}, alleen om te printen`);
  return { ...meta, subject: `${meta.subject}. ${printOnlyNote(pkg)}` };
}

/** Where the text of a print-only file is to read: the package's page on the toolkit's website. */
export const printOnlyNote = (pkg: Package) =>
  `Alleen om te printen: de tekst staat om te lezen op de website van de toolkit, op de pagina van werkpakket ${pkg.number} (${pkg.id}/index.html)`;

export function docMeta(ctx: Context, title: string, about: string): Meta {
  return {
    title,
    // Our texts, their ideas: the PDF names both, as the colophon does.
    author: `De makers van deze uitgave; ideeën en films: ${ctx.toolkit.contact.name}`,
    subject: `${ctx.toolkit.title}, ${about}`,
    // The toolkit's own title: the words a search for this toolkit would use.
    keywords: [ctx.toolkit.title],
    creator: `toolkit ${ctx.toolkit.version}`,
    date: ctx.date,
  };
}
