import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import type { Problem } from '../errors.js';
import type { BuildEvent, Failed } from '../build.js';
import { parseMailbox, splitAddresses } from './address.js';
import type { attach } from './attach.js';
import type { ToolkitConfig } from './config.js';
import { recipients, renderMessage, type Draft, type Mailbox } from './message.js';
import { send, type RetryOptions } from './send.js';
import { describeSmtp, type SmtpConfig } from './smtp.js';

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
  /** The sender and the SMTP time bounds, from toolkit.config.yaml. */
  config?: ToolkitConfig;
  /** Start the body with a thank-you for the question. */
  thanks?: boolean;
  /** A folder `toolkit session` wrote: its print jobs go, the print sheet's text is the body. */
  session?: string;
  /** For the Date header and the .eml file name. */
  now?: Date;
  retry?: RetryOptions;
  onBuild?: (e: BuildEvent) => void;
}

/** What the message holds and where it goes: enough for a dry run to show. */
export interface MailPlan {
  /** None when no sender is configured: the .eml then has no From. */
  from?: Mailbox;
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

/** Writes the message as an .eml draft, or sends it; a dry run only says what it would do. */
export async function deliver(
  opts: MailOptions,
  m: { from?: Mailbox; smtp?: SmtpConfig; subject: string; text: string; att: ReturnType<typeof attach>; name: string; warnings: Problem[] },
): Promise<MailOutcome> {
  const { from, smtp, subject, text, att, name, warnings } = m;
  const to = splitAddresses(opts.to);
  const cc = splitAddresses(opts.cc ?? []);
  const now = opts.now ?? new Date();
  const emlPath = smtp ? undefined : join(opts.outDir, 'mail', `${localDate(now)}-${name}-${slug(parseMailbox(to[0]!).address)}.eml`);
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
    const failed = await writeDraft(opts.outDir, emlPath!, raw);
    if (failed.length) return { status: 'failed', plan, problems: failed, warnings };
    return { status: 'written', plan, path: emlPath!, warnings };
  }
  const r = await send(raw, { from: from!.address, to: recipients(draft) }, smtp, opts.retry, opts.config?.smtp);
  if (!r.ok) return { status: 'failed', plan, problems: r.problems, warnings };
  return { status: 'sent', plan, attempts: r.attempts, accepted: r.accepted, warnings };
}

/**
 * The draft goes into the output folder as every other file does: by the
 * executor, under the folder's lock, recorded as the mail family's (its own
 * group, which no other command removes).
 */
async function writeDraft(outDir: string, emlPath: string, raw: Uint8Array | string): Promise<Problem[]> {
  const { runPlan } = await import('../run/run.js');
  const path = relative(outDir, emlPath).split(sep).join('/');
  const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
  const result = await runPlan(
    [{ id: `mail:${path}`, family: 'mail', group: path, what: 'concept-mail', owner: path, outputs: [path], needs: [], fingerprint: createHash('sha256').update(bytes).digest('hex'), make: async () => [{ path, bytes }] }],
    { outDir },
  );
  return result.failed.flatMap((f) => f.problems);
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const localDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
