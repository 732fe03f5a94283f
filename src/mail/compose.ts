import type { Problem } from '../errors.js';
import type { Package, Toolkit } from '../model/types.js';
import { headerProblems } from './address.js';

/** Used when data/toolkit.yaml has no `mail:`; the same wording, so a missing block still reads well. */
export const DEFAULT_TEMPLATE = {
  subject: 'Materialen verandertoolkit: {titles}',
  body: [
    'Beste,',
    '',
    'Dank je wel voor je vraag. In de bijlage vind je de materialen van de verandertoolkit:',
    '',
    '{list}',
    '',
    'Met vriendelijke groet,',
    '{contact}',
  ].join('\n'),
};

export interface Composed {
  subject: string;
  text: string;
}

/**
 * Fills the subject and body templates. Only the three known placeholders are
 * replaced, so a message file may use braces for anything else.
 */
export function compose(toolkit: Toolkit, packages: Package[], total: number, body?: string): Composed {
  const template = toolkit.mail ?? DEFAULT_TEMPLATE;
  const values: Record<string, string> = {
    titles: titlesOf(packages, total),
    list: packages.map((p) => `- ${p.number}. ${p.title}`).join('\n'),
    contact: [toolkit.contact.name, toolkit.contact.email, toolkit.contact.web].filter(Boolean).join('\n'),
  };
  const fill = (s: string) => s.replace(/\{(titles|list|contact)\}/g, (_, k: string) => values[k]!);
  return { subject: fill(template.subject).trim(), text: fill((body ?? template.body).replace(/\r\n?/g, '\n')) };
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
  const found = headerProblems('the mail subject', subject);
  if (!found.length) return [];
  const template = toolkit.mail?.subject ?? '';
  const culprit = headerProblems('', template).length
    ? { file: toolkit.file, path: 'mail.subject', ...toolkit.texts.find((t) => t.text === template)?.at }
    : { file: packages.find((p) => headerProblems('', p.title).length)?.file ?? toolkit.file, path: 'title' };
  return found.map((p) => ({ ...p, hint: 'A mail subject is one line. Remove the line break from the text it is made of.', at: culprit }));
}
