import { Argument, InvalidArgumentError, Option, type Command } from 'commander';
import { FIRST_YEAR, LAST_YEAR } from '../plan/date.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { formatProblem, ToolkitError, problem } from '../errors.js';
import { CLEAR_LINE, painter, type IO } from './io.js';
import { dataOption, parseNumbers } from './options.js';
import { progress } from './progress.js';
import type { BuildEvent } from '../run/run.js';

const EXAMPLES = `
Voorbeelden:
  $ toolkit sessie --pakket 8 --deelnemers 12            werkpakket 8 voor 12 mensen (3 groepen van 4)
  $ toolkit sessie 8 -n 12                                hetzelfde, kort
  $ toolkit sessie --pakket 8,9 --deelnemers 20 --groepen 4 --printer a3 --datum 2027-01-14
                                                          twee werkpakketten na elkaar, werkplaten op A3
  $ toolkit sessie 8 -n 12 --kaarten doe --sets 2        alleen de doekaarten, twee sets per groep
  $ toolkit sessie 8 -n 12 --online                       ook de werkplaten als afbeelding voor Teams Whiteboard, Miro of Mural

Het printplan is de eerste pagina van het eerste bestand: daar staat per bestand op welk papier,
hoe (enkel- of dubbelzijdig) en hoeveel vellen.`;

const MAX_PEOPLE = 500;

export function registerSession(program: Command, io: IO, setCode: (code: number) => void): void {
  const paint = painter(io);
  program
    .command('session')
    .alias('sessie')
    .description('maak de printopdrachten voor een bijeenkomst: werkbladen per deelnemer, werkplaten en kaarten per groep, met een printplan')
    .addArgument(new Argument('[pakketten...]', 'werkpakketnummers, zoals 8 of 8,9 (hetzelfde als --package)').argParser(parseNumbers))
    .option('-p, --package <nummers>', 'werkpakketten, in de volgorde van de bijeenkomst, zoals 8 of 8,9 (ook: --pakket)', parseNumbers)
    .requiredOption('-n, --participants <aantal>', 'hoeveel deelnemers (ook: --deelnemers)', count('deelnemers'))
    .option('-g, --groups <aantal>', 'hoeveel groepen; elke groep krijgt eigen werkplaten en kaarten (standaard: deelnemers / 4, naar boven afgerond) (ook: --groepen)', count('groepen'))
    .addOption(new Option('--printer <a3|a4>', 'a4: de werkplaten op 2 x A4 om te plakken; a3: de werkplaten op A3').default('a4').argParser(parsePrinter))
    .addOption(new Option('--cards <doe|denk|alle>', 'welke kaarten: alleen de doekaarten, alleen de denkkaarten, of alle (ook: --kaarten)').default('alle').argParser(parseCards))
    .option('--sets <aantal>', 'hoeveel sets kaarten per groep (standaard: 1)', count('sets'))
    .option('--online', 'ook elke werkplaat als afbeelding (PNG en SVG) voor een online whiteboard, in de map online/')
    .option('--date <JJJJ-MM-DD>', 'datum van de bijeenkomst, voor de mapnaam en het printplan (standaard: vandaag, voor de mapnaam; dan staat er geen datum op het printplan) (ook: --datum)', parseDate)
    .option('--title <tekst>', 'titel op het printplan (standaard: de titel van het werkpakket) (ook: --titel)')
    .option('-o, --out <map>', 'map waarin de bestanden komen; de bijeenkomst komt in <map>/sessies/ (ook: --uit)', 'out')
    .option('-q, --quiet', 'toon alleen fouten')
    .addOption(dataOption(io.env))
    .addHelpText('after', EXAMPLES)
    .action(async (positional: number[] | undefined, o) => {
      const packages = [...new Set([...(positional ?? []), ...(o.package ?? [])])];
      if (!packages.length)
        throw new ToolkitError('usage', [problem('session-package', {})]);
      const participants = o.participants as number;
      const groups = o.groups as number | undefined;
      if (groups !== undefined && groups > participants)
        throw new ToolkitError('usage', [problem('session-groups', { groups, people: `${participants} ${participants === 1 ? 'deelnemer' : 'deelnemers'}`, max: participants })]);
      const t0 = performance.now();
      const report = progress(io, o);
      const outDir = resolve(o.out);
      const { runSession } = await import('../outputs/session/runner.js');
      // On a terminal one live line of what is being made (the packages first, when they changed); else only waits and warnings.
      const live = io.isTTY && !o.quiet && io.write;
      let shown = false;
      const onEvent = (e: BuildEvent) => {
        if (e.type === 'waiting' || e.type === 'stale-code' || e.type === 'note') report.onEvent(e);
        else if (e.type === 'step' && live) {
          io.write!(`${CLEAR_LINE}${paint.dim(e.id)}: ${e.what}`);
          shown = true;
        }
      };
      const result = await runSession({ packages, participants, groups, printer: o.printer, date: o.date, title: o.title, cards: o.cards, sets: o.sets, online: o.online, outDir, dataDir: resolve(o.data), onEvent }).finally(() => {
        if (shown) io.write!(CLEAR_LINE);
      });
      if (result.failed.length) {
        for (const f of result.failed) {
          io.err(paint.red(`mislukt ${f.id}`) + (f.file !== f.id ? ` (${f.file})` : ''));
          f.problems.forEach((p) => io.err(paint.red('fout ') + formatProblem(p)));
        }
        io.err('De printopdrachten zijn niet gemaakt: los eerst de fouten hierboven op.');
        return setCode(1);
      }
      const seconds = ((performance.now() - t0) / 1000).toFixed(1).replace('.', ',');
      if (o.quiet) return setCode(0);
      io.out(`${paint.green(result.written.length ? 'Klaar' : 'Al klaar')} in ${seconds} s: de printopdrachten staan in ${result.dir}`);
      for (const f of result.files) io.out(`  ${f.path.slice(result.dir.length + 1)}  ${paint.dim(`${Math.max(1, Math.round(f.bytes / 1024))} kB`)}`);
      const screen = screenFiles(result.dir, result.files.map((f) => f.path));
      if (screen.length) {
        io.out('Voor op het scherm (niet printen):');
        for (const f of screen) io.out(`  ${f}`);
      }
      io.out('');
      io.out(readFileSync(join(result.dir, 'printplan.txt'), 'utf8').trimEnd());
      setCode(0);
    });
}

/** What the session folder holds besides its print jobs and print sheet: the slides, and with --online the whiteboard PNGs and SVGs. */
function screenFiles(dir: string, printJobs: string[]): string[] {
  const all = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.split(sep).join('/'));
  return all.filter((f) => /\.(pdf|png|svg)$/.test(f) && !printJobs.includes(join(dir, f))).sort();
}

function count(what: 'deelnemers' | 'groepen' | 'sets') {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value)) throw new InvalidArgumentError(`"${value}" is geen aantal ${what}; schrijf een heel getal, bijvoorbeeld 12.`);
    if (n < 1) throw new InvalidArgumentError(`0 ${what} kan niet: er is minstens één nodig.`);
    if (n > MAX_PEOPLE) throw new InvalidArgumentError(`${n} ${what} is meer dan een bijeenkomst aankan (hoogstens ${MAX_PEOPLE}); maak er meer bijeenkomsten van.`);
    return n;
  };
}

function parseCards(value: string): 'doe' | 'denk' | 'alle' {
  const v = value.trim().toLowerCase().replace(/kaarten$/, '');
  if (v === 'doe' || v === 'denk' || v === 'alle') return v;
  throw new InvalidArgumentError(`"${value}" is geen keuze van kaarten; kies doe (alleen de doekaarten), denk (alleen de denkkaarten) of alle.`);
}

function parsePrinter(value: string): 'a3' | 'a4' {
  const v = value.trim().toLowerCase();
  if (v === 'a3' || v === 'a4') return v;
  throw new InvalidArgumentError(`"${value}" is geen printer; kies a4 (de werkplaten op 2 x A4) of a3 (de werkplaten op A3).`);
}

function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const d = m ? new Date(`${m[0]}T00:00:00Z`) : undefined;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== m[0])
    throw new InvalidArgumentError(`"${value}" is geen datum; schrijf hem als jaar-maand-dag, bijvoorbeeld 2027-01-14.`);
  const year = d.getUTCFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR) throw new InvalidArgumentError(`"${value}" ligt in het jaar ${year}; kies een datum tussen ${FIRST_YEAR} en ${LAST_YEAR}.`);
  return m[0];
}
