import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ToolkitError, type Problem, problem } from '../errors.js';
import { loadProject } from '../model/load.js';
import type { Package } from '../model/types.js';
import { build } from '../build.js';
import { selectPackages } from '../plan/selection.js';
import { sourceDate } from '../plan/date.js';
import { addressProblems, headerProblems, isAddress, parseMailbox, splitAddresses } from './address.js';
import { attach, DEFAULT_MAX_MB, formatSize, MB, type ToAttach } from './attach.js';
import { compose, dutchList, subjectProblems } from './compose.js';
import type { Mailbox } from './message.js';
import type { Sender } from './config.js';
import { smtpConfig, type SmtpConfig } from './smtp.js';
import { deliver, type MailOptions, type MailOutcome } from './deliver.js';

export { DEFAULT_MAX_MB };
export { deliver, type MailOptions, type MailOutcome, type MailPlan } from './deliver.js';

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
  const [{ Cache, CACHE_DIR }, { cachedProject }, { sourcesFingerprint }] = await Promise.all([import('../run/cache.js'), import('../run/cachedProject.js'), import('../run/fingerprint.js')]);
  if (!existsSync(join(opts.outDir, CACHE_DIR))) return loadProject(opts.dataDir);
  return cachedProject(new Cache(opts.outDir), opts.dataDir, sourcesFingerprint(opts.dataDir));
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

