import { Command, InvalidArgumentError, Option } from 'commander';
import { relative, resolve, sep } from 'node:path';
import { formatProblem, type Problem } from '../errors.js';
import { defaultDataDir } from '../paths.js';
import { DEFAULT_MAX_MB, formatSize } from '../mail/attach.js';
import type { MailPlan } from '../mail/mail.js';
import type { RetryOptions } from '../mail/send.js';
import { painter, type IO } from './io.js';
import { parseNumbers, parseThemes } from './options.js';

const EXAMPLES = `
Examples:
  $ toolkit mail --to iemand@example.org --package 8          an .eml in out/mail/ to open and send
  $ toolkit mail --to iemand@example.org --theme C --zip      theme C as one zip
  $ toolkit mail --to iemand@example.org --all --dry-run      show what would go, send nothing
  $ TOOLKIT_SMTP_USER=naam TOOLKIT_SMTP_PASS=geheim \\
    toolkit mail --to iemand@example.org --package 8 --smtp smtp://mail.example.org:587

The login is read only from TOOLKIT_SMTP_USER and TOOLKIT_SMTP_PASS, the server also
from TOOLKIT_SMTP_URL, the sender from TOOLKIT_MAIL_FROM (default: the contact in toolkit.yaml).`;

/** What tests replace: the waits between retries and the clock. */
export interface MailDeps {
  retry?: Pick<RetryOptions, 'delays' | 'sleep'>;
  now?: () => Date;
}

export function registerMail(program: Command, io: IO, setCode: (code: number) => void, deps: MailDeps = {}): void {
  const paint = painter(io);
  const printProblems = (ps: Problem[], label = paint.red('error ')) => ps.forEach((p) => io.err(label + formatProblem(p)));

  program
    .command('mail')
    .description('build a selection and mail it: an .eml file to open, or sent over SMTP')
    .requiredOption('--to <address>', 'recipient; repeat or separate with commas for more', collect)
    .option('--cc <address>', 'copy to; repeat or separate with commas for more', collect)
    .option('-p, --package <numbers>', 'package numbers, e.g. 8 or 8,9 or 13-18', parseNumbers)
    .option('-t, --theme <letters>', 'themes, e.g. C or C,D', parseThemes)
    .option('-a, --all', 'all packages')
    .option('--message <file>', 'text file with the body, instead of the template in toolkit.yaml')
    .option('--zip', 'attach one zip instead of the separate PDFs')
    .option('--max-size <MB>', `zip the attachments when together larger than this`, parseMegabytes, DEFAULT_MAX_MB)
    .option('--smtp <url>', 'send through this server, smtp://host:port (default: TOOLKIT_SMTP_URL; none: write an .eml)')
    .option('--insecure', 'do not require STARTTLS nor check the certificate (only for a server you trust)')
    .option('--dry-run', 'show recipients, subject and attachments; send and write nothing')
    .option('-o, --out <dir>', 'output folder; the .eml goes to <dir>/mail/', 'out')
    .addOption(new Option('--data <dir>', 'folder with toolkit.yaml and packages/').default(defaultDataDir, 'data/ of this tool'))
    .addHelpText('after', EXAMPLES)
    .action(async (o) => {
      // Loaded here: nodemailer and the build are not needed for other commands.
      const { mailMaterials } = await import('../mail/mail.js');
      const outcome = await mailMaterials({
        to: o.to,
        cc: o.cc,
        packages: o.package,
        themes: o.theme,
        all: o.all,
        messageFile: o.message && resolve(o.message),
        zip: o.zip,
        maxSizeMB: o.maxSize,
        smtp: o.smtp ?? (io.env.TOOLKIT_SMTP_URL || undefined),
        insecure: o.insecure,
        dryRun: o.dryRun,
        outDir: resolve(o.out),
        dataDir: resolve(o.data),
        env: io.env,
        now: deps.now?.(),
        retry: {
          ...deps.retry,
          onRetry: ({ delay, reason }) => io.err(`${paint.dim('retry')} ${reason}; trying again in ${seconds(delay)}`),
        },
      });
      printProblems(outcome.warnings, paint.bold('warning '));

      switch (outcome.status) {
        case 'build-failed':
          for (const f of outcome.failed) {
            io.err(paint.red(`failed ${f.id}`) + ` (${f.file})`);
            printProblems(f.problems);
          }
          io.err('Nothing was sent: fix the packages above first, so the mail does not go out incomplete.');
          return setCode(1);
        case 'failed':
          printProblems(outcome.problems);
          return setCode(1);
        case 'dry-run':
          io.out(paint.bold('dry run: nothing is sent or written'));
          for (const line of describePlan(outcome.plan)) io.out(line);
          return setCode(0);
        case 'written':
          io.out(`${paint.green('wrote')} ${rel(outcome.path)} ${paint.dim(`(${summary(outcome.plan)})`)}`);
          io.out('Open it in your mail client, check it and press Send.');
          return setCode(0);
        case 'sent':
          io.out(`${paint.green('sent')} to ${[...outcome.plan.to, ...outcome.plan.cc].join(', ')} via ${outcome.plan.via.replace(/ \(.*$/, '')} ${paint.dim(`(${summary(outcome.plan)})`)}`);
          return setCode(0);
      }
    });
}

export function describePlan(plan: MailPlan): string[] {
  const from = plan.from.name ? `${plan.from.name} <${plan.from.address}>` : plan.from.address;
  const lines = [`from     ${from}`, `to       ${plan.to.join(', ')}`];
  if (plan.cc.length) lines.push(`cc       ${plan.cc.join(', ')}`);
  lines.push(`subject  ${plan.subject}`);
  plan.attachments.forEach((a, i) => lines.push(`${i ? '         ' : 'attach   '}${a.filename}  ${formatSize(a.bytes)}`));
  if (plan.zipped) lines.push(`         (a zip of ${formatSize(plan.total)} of files)`);
  lines.push(plan.smtp ? `via      ${plan.via}` : `write    ${rel(plan.via)}`);
  return lines;
}

const summary = (plan: MailPlan) => {
  const n = plan.attachments.length;
  const size = formatSize(plan.attachments.reduce((s, a) => s + a.bytes, 0));
  return `${n} ${n === 1 ? 'attachment' : 'attachments'}, ${size}`;
};

const collect = (value: string, previous: string[] = []) => [...previous, value];

function parseMegabytes(value: string): number {
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a size in MB; use for example 15 or 7.5.`);
  return n;
}

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);

const rel = (p: string) => {
  const r = relative(process.cwd(), p);
  return r && !r.startsWith('..' + sep) && r !== '..' ? r : p;
};
