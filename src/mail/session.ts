import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ToolkitError, problem } from '../errors.js';
import { isFileKind } from '../outputs/registry.js';
import { SESSION_FACTS, type SessionFacts } from '../outputs/session/facts.js';
import { SHEET_TEXT } from '../outputs/session/jobs.js';
import { attach, DEFAULT_MAX_MB, MB } from './attach.js';
import { signatureOf } from './compose.js';
import { deliver, type MailOptions, type MailOutcome } from './deliver.js';
import type { Mailbox } from './message.js';
import type { SmtpConfig } from './smtp.js';

/**
 * A session folder as one mail, to a co-facilitator or a print room: its
 * print jobs attached in print order, the print sheet's text in the body, so
 * that whoever prints reads paper, sides and sheets without opening a PDF.
 */
export async function mailSession(opts: MailOptions, m: { from?: Mailbox; smtp?: SmtpConfig; body?: string }): Promise<MailOutcome> {
  const dir = opts.session!;
  const sheet = join(dir, SHEET_TEXT);
  const facts = readFacts(join(dir, SESSION_FACTS));
  if (!existsSync(sheet) || !facts)
    throw new ToolkitError('usage', [problem('session-folder', { what: `in ${dir} staat geen bijeenkomst: er is geen ${existsSync(sheet) ? `leesbaar ${SESSION_FACTS}` : SHEET_TEXT}` })]);
  const plan = readFileSync(sheet, 'utf8');
  const jobs = facts.files.map((f) => join(dir, f.file));
  const missing = jobs.filter((j) => !existsSync(j));
  if (missing.length)
    throw new ToolkitError('usage', [
      problem('session-folder', { what: `in ${dir} ontbreekt ${missing.map((m) => basename(m)).join(', ')}` }, { hint: 'Maak de bijeenkomst opnieuw met toolkit sessie, met dezelfde keuzes.' }),
    ]);
  const { title, date } = facts;
  const order = (filename: string) => facts.files.findIndex((f) => f.file === filename);
  const name = basename(dir);
  const att = attach(facts.files.map((f) => ({ path: join(dir, f.file), facts: { kind: f.kind } })), {
    outDir: dir,
    zip: Boolean(opts.zip),
    maxBytes: (opts.maxSizeMB ?? DEFAULT_MAX_MB) * MB,
    zipName: `${name}.zip`,
    mtime: new Date(`${date}T00:00:00Z`),
  });
  // Attached in print order (as sessie.json lists them), not sorted by name: job 10 after job 9.
  if (!att.zipped) att.files.sort((a, b) => order(a.filename) - order(b.filename));
  const lead = m.body ?? `Hallo,\n\n${opts.thanks ? 'Dank je wel voor je vraag. ' : ''}Hierbij de printopdrachten voor de bijeenkomst "${title}". Het printplan hieronder staat ook op de eerste pagina van het eerste bestand.`;
  const text = `${lead.trimEnd()}\n\n${plan.trimEnd()}\n\n${signatureOf(opts.config?.sender)}\n`;
  return deliver(opts, { from: m.from, smtp: m.smtp, subject: `Printopdrachten voor de bijeenkomst: ${title}`, text, att, name, warnings: [] });
}

/** The session's facts as `toolkit session` wrote them, checked field by field; undefined when absent or not of that form. */
function readFacts(file: string): SessionFacts | undefined {
  let f: Partial<SessionFacts>;
  try {
    f = JSON.parse(readFileSync(file, 'utf8')) as Partial<SessionFacts>;
  } catch {
    return undefined;
  }
  const safeFile = (x: unknown) => typeof x === 'string' && /^[0-9]+-[a-zA-Z0-9-]+\.pdf$/.test(x);
  const ok =
    typeof f?.title === 'string' &&
    typeof f.date === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(f.date) &&
    !Number.isNaN(Date.parse(f.date)) &&
    Array.isArray(f.files) &&
    f.files.length > 0 &&
    f.files.every((x) => safeFile(x?.file) && isFileKind(x.kind));
  return ok ? (f as SessionFacts) : undefined;
}
