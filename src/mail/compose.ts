import type { Problem } from '../errors.js';
import type { Package, Toolkit } from '../model/types.js';
import { FILE_KINDS, type FileKind } from '../outputs/registry.js';
import { headerProblems } from './address.js';
import type { Sender } from './config.js';

/**
 * Used when data/toolkit.yaml has no `mail:`. A paragraph is one line: the
 * reader's mail program wraps it to the window, hard breaks would not.
 */
export const DEFAULT_TEMPLATE = {
  subject: 'Materialen verandertoolkit: {titles}',
  body: [
    'Hallo,',
    '',
    '{thanks}Hierbij de materialen van de {toolkit}: {titles}.',
    '',
    'In de bijlage:',
    '',
    '{attachments}',
    '',
    'Print altijd op 100 % ("werkelijke grootte"), niet "passend maken".',
    '',
    '{signature}',
  ].join('\n'),
};

export interface Composed {
  subject: string;
  text: string;
}

export interface ComposeOptions {
  /** The attachments: each gets a line of what it is and how to print it. */
  attachments: { filename: string; kind?: FileKind }[];
  sender?: Sender;
  /** Start with "Dank je wel voor je vraag.": only when someone asked. */
  thanks?: boolean;
  /** A text that replaces the template's body. */
  body?: string;
  /** What the subject and body call the selection, when not the package titles: `thema C (Ambtelijk vakmanschap)`. */
  titles?: string;
}

/**
 * Fills the subject and body templates. Only the known placeholders are
 * replaced, so a message file may use braces for anything else.
 */
export function compose(toolkit: Toolkit, packages: Package[], total: number, opts: ComposeOptions): Composed {
  const template = toolkit.mail ?? DEFAULT_TEMPLATE;
  const values: Record<string, string> = {
    titles: opts.titles ?? titlesOf(packages, total),
    list: packages.map((p) => `- ${p.number}. ${p.title}`).join('\n'),
    attachments: opts.attachments.map(attachmentLine).join('\n'),
    thanks: opts.thanks ? 'Dank je wel voor je vraag. ' : '',
    signature: signatureOf(opts.sender),
    toolkit: toolkit.title,
    contact: [toolkit.contact.name, toolkit.contact.email, toolkit.contact.web].filter(Boolean).join('\n'),
  };
  const fill = (s: string) => s.replace(/\{(titles|list|attachments|thanks|signature|contact|toolkit)\}/g, (_, k: string) => values[k]!);
  return { subject: fill(template.subject).trim(), text: fill((opts.body ?? template.body).replace(/\r\n?/g, '\n')) };
}

/** "- naam.pdf: what it is. Printen: how.": one line, the reader's program wraps it. */
export function attachmentLine({ filename, kind }: { filename: string; kind?: FileKind }): string {
  const note = kind && FILE_KINDS[kind].note;
  return note ? `- ${filename}: ${note.what} Printen: ${note.print}` : `- ${filename}`;
}

/** The sender's own signature, or their name and organisation; without a sender only the greeting. */
export function signatureOf(sender?: Sender): string {
  const own = sender?.signature ?? [sender?.name, sender?.organisation].filter(Boolean).join('\n');
  return own ? `Met vriendelijke groet,\n\n${own}` : 'Met vriendelijke groet,';
}

/**
 * The package titles for a subject line. Eighteen titles make a subject no
 * one reads, so beyond three it names the numbers instead.
 */
export function titlesOf(packages: Package[], total: number): string {
  if (packages.length === total && total > 3) return 'alle werkpakketten';
  if (packages.length <= 3) return dutchList(packages.map((p) => p.title));
  return `werkpakketten ${dutchList(packages.map((p) => String(p.number)))}`;
}

/** "a", "a en b", "a, b en c". */
export function dutchList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/**
 * A subject with a line break comes from the data (the template or a title),
 * so the problem points at the file to fix.
 */
export function subjectProblems(subject: string, toolkit: Toolkit, packages: Package[]): Problem[] {
  const found = headerProblems('het onderwerp van de mail', subject);
  if (!found.length) return [];
  const template = toolkit.mail?.subject ?? '';
  const culprit = headerProblems('', template).length
    ? { file: toolkit.file, path: 'mail.subject', ...toolkit.texts.find((t) => t.text === template)?.at }
    : { file: packages.find((p) => headerProblems('', p.title).length)?.file ?? toolkit.file, path: 'title' };
  return found.map((p) => ({ ...p, hint: 'Een onderwerp is één regel. Haal de regelovergang weg uit de tekst waar het van gemaakt wordt.', at: culprit }));
}
