import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ToolkitError } from '../errors.js';
import { SHEET_TEXT } from '../outputs/session/jobs.js';
import { attach, DEFAULT_MAX_MB, MB } from './attach.js';
import { signatureOf } from './compose.js';
import { deliver, type MailOptions, type MailOutcome } from './mail.js';
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
  if (!existsSync(sheet))
    throw new ToolkitError('usage', [
      {
        code: 'session-folder',
        message: `in ${dir} staat geen bijeenkomst: er is geen ${SHEET_TEXT}`,
        hint: 'Geef de map die toolkit sessie maakte, zoals out/sessies/2027-01-14-08-hoort-het-of-helpt-het. Maak hem eerst met toolkit sessie --pakket 8 --deelnemers 12.',
      },
    ]);
  const plan = readFileSync(sheet, 'utf8');
  const jobs = readdirSync(dir)
    .filter((f) => /^\d+-.*\.pdf$/.test(f))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
    .map((f) => join(dir, f));
  const title = /^Printplan: (.*)$/m.exec(plan)?.[1] ?? basename(dir);
  const name = basename(dir);
  const date = /^(\d{4}-\d{2}-\d{2})-/.exec(name)?.[1];
  const att = attach(jobs, {
    outDir: dir,
    zip: Boolean(opts.zip),
    maxBytes: (opts.maxSizeMB ?? DEFAULT_MAX_MB) * MB,
    zipName: `${name}.zip`,
    mtime: date ? new Date(`${date}T00:00:00Z`) : new Date(0),
  });
  // Attached in print order, not sorted by name: job 10 after job 9.
  if (!att.zipped) att.files.sort((a, b) => parseInt(a.filename, 10) - parseInt(b.filename, 10));
  const lead = m.body ?? `Hallo,\n\n${opts.thanks ? 'Dank je wel voor je vraag. ' : ''}Hierbij de printopdrachten voor de bijeenkomst "${title}". Het printplan hieronder staat ook op de eerste pagina van het eerste bestand.`;
  const text = `${lead.trimEnd()}\n\n${plan.trimEnd()}\n\n${signatureOf(opts.config?.sender)}\n`;
  return deliver(opts, { from: m.from, smtp: m.smtp, subject: `Printopdrachten voor de bijeenkomst: ${title}`, text, att, name, warnings: [] });
}
