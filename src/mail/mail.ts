import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ToolkitError, type Problem } from '../errors.js';
import { loadProject } from '../model/load.js';
import type { Package } from '../model/types.js';
import { build, type BuildEvent, type Failed } from '../build/build.js';
import { selectPackages } from '../build/select.js';
import { sourceDate } from '../build/date.js';
import { writeAtomic } from '../build/write.js';
import { addressProblems, headerProblems, isAddress, parseMailbox, splitAddresses } from './address.js';
import { attach, DEFAULT_MAX_MB, formatSize, MB } from './attach.js';
import { compose, subjectProblems } from './compose.js';
import { recipients, renderMessage, type Draft, type Mailbox } from './message.js';
import { send, type RetryOptions } from './send.js';
import { describeSmtp, smtpConfig, type SmtpConfig } from './smtp.js';

export { DEFAULT_MAX_MB };

export interface MailOptions {
  /** Addresses; each entry may hold several, separated by commas. */
  to: string[];
  cc?: string[];
  packages?: number[];
  themes?: string[];
  all?: boolean;
  /** A file whose text replaces the body template; {titles}, {list} and {contact} are filled in. */
  messageFile?: string;
  zip?: boolean;
  /** Above this many MB together the files go into one zip. */
  maxSizeMB?: number;
  /** smtp://host:port. Without it the message is written as an .eml file. */
  smtp?: string;
  insecure?: boolean;
  dryRun?: boolean;
  outDir: string;
  dataDir: string;
  /** TOOLKIT_SMTP_USER, TOOLKIT_SMTP_PASS and TOOLKIT_MAIL_FROM are read from here. */
  env?: NodeJS.ProcessEnv;
  /** For the Date header and the .eml file name. */
  now?: Date;
  retry?: RetryOptions;
  onBuild?: (e: BuildEvent) => void;
}

/** What the message holds and where it goes: enough for a dry run to show. */
export interface MailPlan {
  from: Mailbox;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  attachments: { filename: string; bytes: number }[];
  /** The files went into one zip. */
  zipped: boolean;
  /** Size of the built files together, before any zip. */
  total: number;
  /** `smtp://host:port (...)`, or the .eml file that is (or would be) written. */
  via: string;
  smtp?: SmtpConfig;
  emlPath?: string;
}

export type MailOutcome = { warnings: Problem[] } & (
  | { status: 'dry-run'; plan: MailPlan }
  | { status: 'written'; plan: MailPlan; path: string }
  | { status: 'sent'; plan: MailPlan; attempts: number; accepted: string[] }
  /** Packages that did not build: nothing was attached, written or sent. */
  | { status: 'build-failed'; failed: Failed[] }
  | { status: 'failed'; plan?: MailPlan; problems: Problem[] }
);

/**
 * Builds the selection, composes the Dutch message and either writes it as an
 * .eml file or sends it. Everything a user typed is checked before the build,
 * which takes seconds: a typo in an address should not cost that. Usage
 * mistakes throw a ToolkitError; what goes wrong later is returned.
 */
export async function mailMaterials(opts: MailOptions): Promise<MailOutcome> {
  const env = opts.env ?? {};
  const { problems, smtp, body, envFrom } = checkRequest(opts, env);
  if (problems.length) throw new ToolkitError('usage', problems);

  const project = loadProject(opts.dataDir);
  const selection = opts.all ? {} : { packages: opts.packages, themes: opts.themes };
  const { packages } = selectPackages(project, selection);
  const total = project.packages.length + project.broken.length;
  const { subject, text } = compose(project.toolkit, packages, total, body);
  const from: Mailbox = envFrom ?? { name: project.toolkit.contact.name, address: project.toolkit.contact.email };
  // Both come from the data, so they are the data's problems to fix, not the command's.
  const late = [...subjectProblems(subject, project.toolkit, packages), ...(envFrom ? [] : contactProblems(from, project.toolkit.file))];
  if (late.length) throw new ToolkitError('content', late);

  const result = await build(project, { ...selection, outDir: opts.outDir, onEvent: opts.onBuild });
  if (result.failed.length) return { status: 'build-failed', failed: result.failed, warnings: [] };
  const paths = [...result.written, ...result.unchanged].map((w) => w.path);
  if (!paths.length)
    return { status: 'failed', problems: [{ code: 'nothing-to-attach', message: 'the build made no files to attach', hint: 'Check the selection with toolkit list.' }], warnings: [] };

  const name = selectionName(packages, total);
  const maxBytes = (opts.maxSizeMB ?? DEFAULT_MAX_MB) * MB;
  const att = attach(paths, { outDir: opts.outDir, zip: Boolean(opts.zip), maxBytes, zipName: `verandertoolkit-${name}.zip`, mtime: sourceDate(project) });
  const warnings: Problem[] = [];
  const sent = att.files.reduce((n, f) => n + f.content.length, 0);
  if (att.zipped && sent > maxBytes)
    warnings.push({
      code: 'mail-size',
      message: `the zip is ${formatSize(sent)}, more than the ${formatSize(maxBytes)} limit`,
      hint: 'Many mail servers refuse messages this large; send fewer packages per mail.',
    });

  const to = splitAddresses(opts.to);
  const cc = splitAddresses(opts.cc ?? []);
  const now = opts.now ?? new Date();
  const emlPath = smtp ? undefined : join(opts.outDir, 'mail', `${localDate(now)}-${name}-${slug(to[0]!)}.eml`);
  const plan: MailPlan = {
    from,
    to,
    cc,
    subject,
    text,
    attachments: att.files.map((f) => ({ filename: f.filename, bytes: f.content.length })),
    zipped: att.zipped,
    total: att.total,
    via: smtp ? describeSmtp(smtp) : emlPath!,
    smtp,
    emlPath,
  };
  if (opts.dryRun) return { status: 'dry-run', plan, warnings };

  const draft: Draft = { from, to, cc, subject, text, attachments: att.files };
  const raw = await renderMessage(draft, { date: now, unsent: !smtp });
  if (!smtp) {
    writeAtomic(emlPath!, raw);
    return { status: 'written', plan, path: emlPath!, warnings };
  }
  const r = await send(raw, { from: from.address, to: recipients(draft) }, smtp, opts.retry);
  if (!r.ok) return { status: 'failed', plan, problems: r.problems, warnings };
  return { status: 'sent', plan, attempts: r.attempts, accepted: r.accepted, warnings };
}

/** Everything that can be checked without the data: what the user typed and the environment. */
function checkRequest(opts: MailOptions, env: NodeJS.ProcessEnv) {
  const problems: Problem[] = [...addressProblems('--to', opts.to), ...addressProblems('--cc', opts.cc ?? [])];
  if (!problems.length && !splitAddresses(opts.to).length)
    problems.push({ code: 'no-recipient', message: 'no address to send to', hint: 'Add --to, for example --to iemand@example.org.' });

  const chosen = Boolean(opts.packages?.length || opts.themes?.length);
  if (!chosen && !opts.all)
    problems.push({ code: 'no-selection', message: 'nothing chosen to send', hint: 'Add --package 8, --theme C or --all.' });
  if (chosen && opts.all)
    problems.push({ code: 'selection', message: '--all already sends every package', hint: 'Leave out --all, or leave out --package and --theme.' });

  if (opts.maxSizeMB !== undefined && !(opts.maxSizeMB > 0))
    problems.push({ code: 'max-size', message: `--max-size must be a number of MB above 0, not ${opts.maxSizeMB}`, hint: `The default is ${DEFAULT_MAX_MB}.` });

  let envFrom: Mailbox | undefined;
  if (env.TOOLKIT_MAIL_FROM) {
    envFrom = parseMailbox(env.TOOLKIT_MAIL_FROM);
    problems.push(...contactProblems(envFrom));
  }

  let smtp: SmtpConfig | undefined;
  if (opts.smtp) {
    const c = smtpConfig(opts.smtp, env, Boolean(opts.insecure));
    problems.push(...c.problems);
    smtp = c.config;
  }

  let body: string | undefined;
  if (opts.messageFile) {
    try {
      body = readFileSync(opts.messageFile, 'utf8');
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
      problems.push({ code: 'message-file', message: `the message file ${opts.messageFile} ${why}`, hint: 'Give the path of a text file with the body of the mail.' });
    }
  }
  return { problems, smtp, body, envFrom };
}

/** The sender: TOOLKIT_MAIL_FROM, or the contact in data/toolkit.yaml (then `file` says where). */
function contactProblems(from: Mailbox, file?: string): Problem[] {
  const what = file ? 'the contact e-mail' : 'TOOLKIT_MAIL_FROM';
  const broken = [...headerProblems(what, from.address), ...headerProblems(what, from.name ?? '')];
  if (broken.length) return broken.map((p) => (file ? { ...p, at: { file, path: 'contact' } } : p));
  if (isAddress(from.address)) return [];
  return [
    {
      code: 'from-address',
      message: `${what} "${from.address}" is not an e-mail address`,
      hint: file ? 'Correct contact.email in data/toolkit.yaml.' : 'Set TOOLKIT_MAIL_FROM to an address such as naam@example.org.',
      at: file ? { file, path: 'contact.email' } : undefined,
    },
  ];
}

/** `08-hoort-het-of-helpt-het`, `werkpakketten-13-14-15` or `alle-werkpakketten`: names the .eml and the zip. */
export function selectionName(packages: Package[], total: number): string {
  if (packages.length === 1) return packages[0]!.id;
  if (packages.length === total) return 'alle-werkpakketten';
  return `werkpakketten-${packages.map((p) => String(p.number).padStart(2, '0')).join('-')}`;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const localDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
