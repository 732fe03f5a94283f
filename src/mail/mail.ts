import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ToolkitError, type Problem, problem } from '../errors.js';
import { loadProject } from '../model/load.js';
import type { Package } from '../model/types.js';
import { build, type BuildEvent, type Failed } from '../build.js';
import { selectPackages } from '../plan/selection.js';
import { sourceDate } from '../plan/date.js';
import { addressProblems, headerProblems, isAddress, parseMailbox, splitAddresses } from './address.js';
import { attach, DEFAULT_MAX_MB, formatSize, MB, type ToAttach } from './attach.js';
import { compose, dutchList, subjectProblems } from './compose.js';
import { recipients, renderMessage, type Draft, type Mailbox } from './message.js';
import { send, type RetryOptions } from './send.js';
import type { Sender, ToolkitConfig } from './config.js';
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

/**
 * Builds the selection, composes the Dutch message and either writes it as an
 * .eml file or sends it. Everything a user typed is checked before the build,
 * which takes seconds: a typo in an address should not cost that. Usage
 * mistakes throw a ToolkitError; what goes wrong later is returned.
 */
export async function mailMaterials(opts: MailOptions): Promise<MailOutcome> {
  const env = opts.env ?? {};
  const { problems, smtp, body, envFrom } = checkRequest(opts, env);
  const from: Mailbox | undefined = envFrom ?? senderBox(opts.config?.sender);
  if (smtp && !from)
    problems.push(problem('no-sender', {}));
  if (problems.length) throw new ToolkitError('usage', problems);
  if (opts.session) return (await import('./session.js')).mailSession(opts, { from, smtp, body });

  const project = await projectOf(opts);
  const selection = opts.all ? {} : { packages: opts.packages, themes: opts.themes };
  const { packages } = selectPackages(project, selection);
  const total = project.packages.length + project.broken.length;
  const byTheme = !opts.all && opts.themes?.length && !opts.packages?.length;
  const titles = byTheme ? dutchList(project.toolkit.themes.filter((t) => opts.themes!.includes(t.id)).map((t) => `thema ${t.id} (${t.name})`)) : undefined;
  const composeOpts = { sender: opts.config?.sender, thanks: opts.thanks, body, titles };
  // The subject comes from the data, so it is the data's problem to fix, not the command's.
  const late = subjectProblems(compose(project.toolkit, packages, total, { ...composeOpts, attachments: [] }).subject, project.toolkit, packages);
  if (late.length) throw new ToolkitError('content', late);

  // A theme or everything goes as its bundles with the guide and the overview: a few files rather than a hundred.
  const whole = Boolean(opts.all || opts.themes?.length);
  const result = await build(project, { ...selection, documents: whole, outDir: opts.outDir, onEvent: opts.onBuild });
  if (result.failed.length || result.skipped.length)
    return { status: 'build-failed', failed: [...result.failed, ...result.skipped.map((s) => ({ id: s.path, file: s.path, problems: [problem('skipped', { reason: s.reason })] }))], warnings: [] };
  const files = chooseAttachments([...result.written, ...result.unchanged], whole, Boolean(opts.zip));
  if (!files.length)
    return { status: 'failed', problems: [problem('nothing-to-attach', {})], warnings: [] };

  const name = !opts.all && opts.themes?.length && !opts.packages?.length ? `thema-${opts.themes.join('-')}` : selectionName(packages, total);
  const maxBytes = (opts.maxSizeMB ?? DEFAULT_MAX_MB) * MB;
  const att = attach(files, { outDir: opts.outDir, zip: Boolean(opts.zip), maxBytes, zipName: `verandertoolkit-${name}.zip`, mtime: sourceDate(project) });
  const warnings: Problem[] = [];
  const sent = att.files.reduce((n, f) => n + f.content.length, 0);
  if (att.zipped && sent > maxBytes)
    warnings.push(problem('mail-size', { size: formatSize(sent), max: formatSize(maxBytes) }));
  const { subject, text } = compose(project.toolkit, packages, total, { ...composeOpts, attachments: att.files });
  return deliver(opts, { from, smtp, subject, text, att, name, warnings });
}

/**
 * The project as the last run into this output folder kept it, when the sources are the same:
 * mailing files already built then parses no YAML (as a build does). Into a folder that holds
 * no build yet nothing is written before the build: the data may still stop the mail.
 */
async function projectOf(opts: MailOptions) {
  const [{ Cache, CACHE_DIR }, { cachedProject }, { sourcesFingerprint }] = await Promise.all([import('../run/cache.js'), import('../run/cachedProject.js'), import('../plan/fingerprint.js')]);
  if (!existsSync(join(opts.outDir, CACHE_DIR))) return loadProject(opts.dataDir);
  return cachedProject(new Cache(opts.outDir), opts.dataDir, sourcesFingerprint(opts.dataDir));
}

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

/** Everything that can be checked without the data: what the user typed and the environment. */
function checkRequest(opts: MailOptions, env: NodeJS.ProcessEnv) {
  const problems: Problem[] = [...addressProblems('--to', opts.to), ...addressProblems('--cc', opts.cc ?? [])];
  if (!problems.length && !splitAddresses(opts.to).length)
    problems.push(problem('no-recipient', { what: 'er is geen adres om naar te sturen' }));

  const chosen = Boolean(opts.packages?.length || opts.themes?.length);
  if (!chosen && !opts.all && !opts.session)
    problems.push(problem('no-selection', {}));
  if (chosen && opts.all)
    problems.push(problem('selection-conflict', { what: '--all stuurt al alle werkpakketten' }, { hint: 'Laat --all weg, of laat --package en --theme weg.' }));
  if (opts.session && (chosen || opts.all))
    problems.push(
      problem('selection-conflict', { what: '--session stuurt de printopdrachten van één bijeenkomst, en kan niet samen met --package, --theme of --all' }, { hint: 'Stuur de bijeenkomst en de werkpakketten in twee mails.' }),
    );

  if (opts.maxSizeMB !== undefined && !(opts.maxSizeMB > 0))
    problems.push(problem('max-size', { value: String(opts.maxSizeMB), standard: DEFAULT_MAX_MB }));

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
      const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'bestaat niet' : 'kan niet gelezen worden';
      problems.push(problem('message-file', { file: opts.messageFile, why }));
    }
  }
  return { problems, smtp, body, envFrom };
}

/** TOOLKIT_MAIL_FROM, when set: one line, and an address. */
function contactProblems(from: Mailbox): Problem[] {
  const what = 'TOOLKIT_MAIL_FROM';
  const broken = [...headerProblems(what, from.address), ...headerProblems(what, from.name ?? '')];
  if (broken.length) return broken;
  if (isAddress(from.address)) return [];
  return [problem('from-address', { what, address: from.address })];
}

const senderBox = (s?: Sender): Mailbox | undefined => (s ? { name: s.name, address: s.email } : undefined);

/**
 * A package goes as its own files. A theme or everything goes as its bundles,
 * the guide and the overview; with --zip, as one zip of the files per package
 * (and the guide and overview), not the bundles that repeat them.
 */
export function chooseAttachments<F extends ToAttach>(files: F[], whole: boolean, zip: boolean): F[] {
  if (!whole) return files;
  const documents = files.filter((f) => f.facts?.kind === 'gebruiksaanwijzer' || f.facts?.kind === 'overzicht');
  const bundles = files.filter((f) => f.facts?.kind === 'bundel');
  return zip ? files.filter((f) => !bundles.includes(f)) : [...bundles, ...documents];
}

/** `08-hoort-het-of-helpt-het`, `werkpakketten-13-14-15` or `alle-werkpakketten`: names the .eml and the zip. */
export function selectionName(packages: Package[], total: number): string {
  if (packages.length === 1) return packages[0]!.id;
  if (packages.length === total) return 'alle-werkpakketten';
  return `werkpakketten-${packages.map((p) => String(p.number).padStart(2, '0')).join('-')}`;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const localDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
