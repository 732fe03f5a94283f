import { Argument, Command, InvalidArgumentError } from 'commander';
import { relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { formatProblem, ToolkitError, type Problem, problem } from '../errors.js';
import { DEFAULT_MAX_MB, formatSize } from '../mail/attach.js';
import { isAddress } from '../mail/address.js';
import type { Sender } from '../mail/config.js';
import type { MailPlan } from '../mail/mail.js';
import type { RetryOptions } from '../mail/send.js';
import { painter, type IO } from './io.js';
import { dataOption, parseNumbers, parseThemes } from './options.js';
import { count } from './words.js';
import { readFileSync } from 'node:fs';

const EXAMPLES = `
Voorbeelden:
  $ toolkit mail --setup                                      stel één keer je naam, adres en ondertekening in
  $ toolkit mail --to iemand@example.org --package 8          een concept (.eml) in out/mail/ om te openen en te versturen
  $ toolkit mail --to "Jan Jansen <jan@example.org>" --thema C
                                                              de bundel van thema C, met gebruiksaanwijzer en overzicht
  $ toolkit mail --to drukwerk@example.org --session out/sessies/2027-01-14-08-hoort-het-of-helpt-het
                                                              de printopdrachten van een bijeenkomst, met het printplan
  $ toolkit mail --to iemand@example.org --all --dry-run      laat zien wat er mee zou gaan, verstuur niets
  $ TOOLKIT_SMTP_USER=naam TOOLKIT_SMTP_PASS=geheim \\
    toolkit mail --to iemand@example.org --package 8 --smtp smtp://mail.example.org:587

De afzender staat in toolkit.config.yaml (in de projectmap, of in je eigen instellingenmap: toolkit mail --setup).
Inloggen gaat alleen via TOOLKIT_SMTP_USER en TOOLKIT_SMTP_PASS; de server mag ook in TOOLKIT_SMTP_URL.`;

/** How to send an .eml draft, per mail program: Outlook alone is not enough. */
export const SEND_HINT = [
  'Open het concept in je mailprogramma, kijk het na en verstuur het:',
  '  Outlook: dubbelklik het bestand; het opent als concept, klik op Verzenden.',
  '  Thunderbird: Bestand > Openen > Opgeslagen bericht, kies het bestand, dan Bericht > Bewerken als nieuw bericht (Ctrl+E), en Verzenden.',
  '  Apple Mail: open het bestand, kies Bericht > Stuur opnieuw (Shift-Cmd-D), en Verstuur.',
];

/** What tests replace: the waits between retries, the clock, and the answers to --setup. */
export interface MailDeps {
  retry?: Pick<RetryOptions, 'delays' | 'sleep'>;
  now?: () => Date;
  ask?: (question: string) => Promise<string>;
}

export function registerMail(program: Command, io: IO, setCode: (code: number) => void, deps: MailDeps = {}): void {
  const paint = painter(io);
  const printProblems = (ps: Problem[], label = paint.red('fout ')) => ps.forEach((p) => io.err(label + formatProblem(p)));

  program
    .command('mail')
    .description('maak een selectie en mail hem: een concept (.eml) om te openen, of verstuurd via SMTP')
    .addArgument(new Argument('[pakketten...]', 'werkpakketnummers, zoals 8 of 8,9 (hetzelfde als --package)').argParser(parseNumbers))
    .option('--to <adres>', 'ontvanger, als adres of als "Naam <adres>"; herhaal of scheid met komma\'s voor meer (ook: --aan)', collect)
    .option('--cc <adres>', 'kopie aan; herhaal of scheid met komma\'s voor meer', collect)
    .option('-p, --package <nummers>', 'werkpakketten, zoals 8 of 8,9 of 13-18 (ook: --pakket)', parseNumbers)
    .option('-t, --theme <letters>', 'thema\'s, zoals C of C,D: de bundels, de gebruiksaanwijzer en het overzicht (ook: --thema)', parseThemes)
    .option('-a, --all', 'alles: alle bundels, de gebruiksaanwijzer en het overzicht (ook: --alles)')
    .option('--session <map>', 'de printopdrachten van een bijeenkomst (een map van toolkit sessie), met het printplan in de mail (ook: --sessie)')
    .option('--thanks', 'begin met "Dank je wel voor je vraag." (als iemand erom vroeg)')
    .option('--message <bestand>', 'tekstbestand met de tekst van de mail, in plaats van de tekst in toolkit.yaml')
    .option('--zip', 'stuur één zip met de losse bestanden per werkpakket, in plaats van de pdf\'s (of de bundels)')
    .option('--max-size <MB>', 'zip de bijlagen als ze samen groter zijn dan dit', parseMegabytes, DEFAULT_MAX_MB)
    .option('--smtp <url>', 'verstuur via deze server, smtp://host:poort (standaard: TOOLKIT_SMTP_URL; zonder: een concept)')
    .option('--insecure', 'eis geen STARTTLS en controleer het certificaat niet (alleen voor een server die je vertrouwt)')
    .option('--dry-run', 'laat ontvangers, onderwerp en bijlagen zien; verstuur en schrijf niets')
    .option('--setup', 'stel je naam, adres, organisatie en ondertekening in (één keer)')
    .option('-o, --out <map>', 'map voor de bestanden; het concept komt in <map>/mail/ (ook: --uit)', 'out')
    .addOption(dataOption(io.env))
    .addHelpText('after', EXAMPLES)
    .action(async (positional: number[] | undefined, o) => {
      if (o.setup) return setCode(await setup(io, deps));
      // Loaded here: the YAML parser is not needed for other commands.
      const { loadConfig } = await import('../mail/config.js');
      const { config, problems } = loadConfig(process.cwd(), io.env);
      if (problems.length) throw new ToolkitError('usage', problems);
      if (!o.to?.length)
        throw new ToolkitError('usage', [problem('no-recipient', { what: 'de optie --to is nodig: aan wie gaat de mail?' }, { hint: 'Bijvoorbeeld --to iemand@example.org of --to "Jan Jansen <jan@example.org>".' })]);
      // Loaded here: nodemailer and the build are not needed for other commands.
      const { mailMaterials } = await import('../mail/mail.js');
      const packages = [...(positional ?? []), ...(o.package ?? [])];
      const outcome = await mailMaterials({
        to: o.to ?? [],
        cc: o.cc,
        packages: packages.length ? packages : undefined,
        themes: o.theme,
        all: o.all,
        thanks: o.thanks,
        session: o.session && resolve(o.session),
        config,
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
          onRetry: ({ delay, reason }) => io.err(`${paint.dim('opnieuw')} ${reason}; nog een poging over ${seconds(delay)}`),
        },
      });
      printProblems(outcome.warnings, paint.bold('waarschuwing '));
      const noSender = () => {
        if ('plan' in outcome && outcome.plan && !outcome.plan.from)
          io.out(`Let op: er staat geen afzender in het concept. Je mailprogramma vult je eigen adres in; stel het één keer in met toolkit mail --setup, dan staat het er voortaan in.`);
      };

      switch (outcome.status) {
        case 'build-failed':
          for (const f of outcome.failed) {
            io.err(paint.red(`mislukt ${f.id}`) + (f.file !== f.id ? ` (${f.file})` : ''));
            printProblems(f.problems);
          }
          io.err('Er is niets verstuurd: los eerst de fouten hierboven op, zodat de mail niet half de deur uit gaat.');
          return setCode(1);
        case 'failed':
          printProblems(outcome.problems);
          return setCode(1);
        case 'dry-run':
          io.out(paint.bold('proefrit: er wordt niets verstuurd of geschreven'));
          for (const line of describePlan(outcome.plan)) io.out(line);
          noSender();
          return setCode(0);
        case 'written':
          io.out(`${paint.green('concept klaar')} ${outcome.path} ${paint.dim(`(${summary(outcome.plan)})`)}`);
          noSender();
          for (const line of SEND_HINT) io.out(line);
          return setCode(0);
        case 'sent':
          io.out(`${paint.green('verstuurd')} aan ${[...outcome.plan.to, ...outcome.plan.cc].join(', ')} via ${outcome.plan.via.replace(/ \(.*$/, '')} ${paint.dim(`(${summary(outcome.plan)})`)}`);
          return setCode(0);
      }
    });
}

/** Asks for the sender once and keeps it in the user's config folder. */
async function setup(io: IO, deps: MailDeps): Promise<number> {
  const { readConfig, userConfigFile, writeConfig } = await import('../mail/config.js');
  const file = io.env.TOOLKIT_CONFIG || userConfigFile(io.env);
  let old: Sender | undefined;
  try {
    old = readConfig(readFileSync(file, 'utf8'), file).config.sender;
  } catch {
    // no config yet
  }
  const rl = deps.ask ? undefined : createInterface({ input: process.stdin, output: process.stdout });
  const ask = deps.ask ?? ((q: string) => rl!.question(q));
  const question = async (q: string, now?: string) => (await ask(`${q}${now ? ` [${now}]` : ''}: `)).trim() || now || '';
  try {
    io.out('De afzender van je mails. Laat iets leeg om het te houden zoals het tussen [ ] staat.');
    const name = await question('Je naam', old?.name);
    let email = await question('Je e-mailadres', old?.email);
    while (!isAddress(email)) {
      io.err(`"${email}" is geen e-mailadres; schrijf het als naam@domein.`);
      email = await question('Je e-mailadres', old?.email);
    }
    const organisation = await question('Je organisatie (mag leeg)', old?.organisation);
    const signature = await question('Je ondertekening op één regel, of leeg voor naam en organisatie', old?.signature);
    writeConfig(file, { name, email, organisation, signature });
    io.out(`${paint(io).green('opgeslagen')} in ${file}. Je kunt dat bestand ook zelf aanpassen.`);
    return 0;
  } finally {
    rl?.close();
  }
}

const paint = painter;

export function describePlan(plan: MailPlan): string[] {
  const from = !plan.from ? '(geen: je mailprogramma vult het in)' : plan.from.name ? `${plan.from.name} <${plan.from.address}>` : plan.from.address;
  const lines = [`van        ${from}`, `aan        ${plan.to.join(', ')}`];
  if (plan.cc.length) lines.push(`cc         ${plan.cc.join(', ')}`);
  lines.push(`onderwerp  ${plan.subject}`);
  plan.attachments.forEach((a, i) => lines.push(`${i ? '           ' : 'bijlagen   '}${a.filename}  ${formatSize(a.bytes)}`));
  if (plan.zipped) lines.push(`           (een zip van ${formatSize(plan.total)} aan bestanden)`);
  lines.push(plan.smtp ? `via        ${plan.via}` : `concept    ${rel(plan.via)}`);
  return lines;
}

const summary = (plan: MailPlan) => `${count(plan.attachments.length, 'bijlage', 'bijlagen')}, ${formatSize(plan.attachments.reduce((s, a) => s + a.bytes, 0))}`;

const collect = (value: string, previous: string[] = []) => [...previous, value];

function parseMegabytes(value: string): number {
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is geen grootte in MB; schrijf bijvoorbeeld 15 of 7,5.`);
  return n;
}

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);

const rel = (p: string) => {
  const r = relative(process.cwd(), p);
  return r && !r.startsWith('..' + sep) && r !== '..' ? r : p;
};
