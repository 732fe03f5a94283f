import { Argument, Command, CommanderError } from 'commander';
import { relative, resolve } from 'node:path';
import { fileProblem, formatProblem, isToolkitError, isWarning, problem, ToolkitError, type Problem } from '../errors.js';
import { OUTPUT_KINDS } from '../outputs/kinds/index.js';
import type { BuildEvent } from '../build.js';
import { progress } from './progress.js';
import { painter, processIO, screened, type IO } from './io.js';
import { checkSelection, dataOption as dataOptionFor, parseList, parseNumbers, parseThemes } from './options.js';
import { version } from '../version.js';
import { registerMail, type MailDeps } from './mail.js';
import { registerSession } from './session.js';
import { registerSite } from './site.js';
import { registerSlides } from './slides.js';
import { registerPreview } from './preview.js';
import { systemOpener, type Opener } from './open.js';
import { dutchHelp, englishOption, inDutch, keptByNpm, typedDutch, usageProblem } from './usage.js';
import { count } from './words.js';
import { INTERRUPTED, stopOnSignals } from './signals.js';
import { isInterrupted } from '../run/interrupt.js';
import { epochProblem } from '../plan/date.js';
import type { PatchState } from '../patches/patch.js';

const EXAMPLES = `
Voorbeelden:
  $ toolkit build --package 8           alles van werkpakket 8 (kort: toolkit bouw 8)
  $ toolkit build --theme D             elk werkpakket van thema D, en de bundel van het thema
  $ toolkit build --all --out print     alles, in de map print/
  $ toolkit check                       zoek fouten in data/, zonder iets te maken
  $ toolkit list                        de werkpakketten en wat er in elk zit
  $ toolkit mail --to iemand@example.org --package 8
                                        een e-mail (.eml) met de pdf's van werkpakket 8, klaar om te versturen
  $ toolkit session --package 8 --participants 12
                                        printopdrachten voor een bijeenkomst van 12 mensen, met printplan
  $ toolkit slides 8                    de presentatie van werkpakket 8 voor de beamer (kort: toolkit presentatie 8)

  $ toolkit init mijn-toolkit           begin een eigen toolkit in de nieuwe map mijn-toolkit/ (kort: toolkit nieuw)
  $ toolkit build --data mijn-toolkit   maak de pdf's van die toolkit (of zet TOOLKIT_DATA=mijn-toolkit)

Nederlandse namen mogen ook: bouw, controleer, lijst, nieuw, presentatie, sessie, website, voorbeeld; --pakket, --thema, --alles, --alleen, --uit.`;

/** What tests replace: opening the output folder, and mail's waits and clock. */
export interface RunDeps {
  open?: Opener;
  mail?: MailDeps;
}

/** --verbose: each patch of a library met in this run, on or off, and why off. */
function printPatches(io: IO, states: PatchState[]) {
  if (!states.length) return io.err('patches: geen (er is niets getekend)');
  for (const s of states) {
    const what = s.kind === 'speed-up' ? 'versnelling' : s.kind === 'fix' ? 'reparatie' : 'nodig';
    io.err(`patch ${s.name} (${what}): ${s.on ? `aan, ${s.uses} keer gebruikt` : (s.note ?? 'uit (TOOLKIT_RENDER_SPEEDUPS)')}`);
  }
}

/** Exit codes: 0 fine, 1 content errors or failed outputs, 2 usage errors. */
export async function run(argv: string[], rawIO: IO = processIO(), deps: RunDeps = {}): Promise<number> {
  const io = screened(rawIO);
  const paint = painter(io);
  const printProblems = (ps: Problem[]) => ps.forEach((p) => io.err((isWarning(p) ? paint.yellow('waarschuwing ') : paint.red('fout ')) + formatProblem(p)));
  const json = argv.slice(2).includes('--json');
  let code = 0;

  const program = new Command('toolkit')
    .description('Maakt een verandertoolkit klaar om te printen, uit YAML-bestanden: standaard de Verandertoolkit "Werken vanuit de bedoeling bij de gemeente" in data/, of een andere met --data.')
    .version(version, '-v, --version', 'toon het versienummer')
    .helpOption('-h, --help', 'toon deze hulp')
    .helpCommand('help [opdracht]', 'toon de hulp bij een opdracht')
    .exitOverride()
    // Commander's own (English) error lines are replaced by usageProblem's Dutch ones.
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()), outputError: () => {} })
    .configureHelp(dutchHelp)
    .addHelpText('after', EXAMPLES);

  const dataOption = () => dataOptionFor(io.env);
  const numbers = () => new Argument('[pakketten...]', 'werkpakketnummers, zoals 8 of 8,9 of 13-18 (hetzelfde als --package)').argParser(parseNumbers);

  program
    .command('build')
    .alias('bouw')
    .description('maak de pdf\'s om te printen (zonder keuze: alle werkpakketten)')
    .addArgument(numbers())
    .option('-p, --package <nummers>', 'werkpakketten, zoals 8 of 8,9 of 13-18 (ook: --pakket)', parseNumbers)
    .option('-t, --theme <letters>', 'thema\'s, zoals C of C,D (ook: --thema)', parseThemes)
    .option('-a, --all', 'alle werkpakketten, met de bundels, de gebruiksaanwijzer en het overzicht (ook: --alles)')
    .option('--only <soorten>', `alleen deze soorten: ${OUTPUT_KINDS.join(', ')} (ook: --alleen)`, parseList(OUTPUT_KINDS))
    .option('-o, --out <map>', 'map waarin de bestanden komen (ook: --uit)', 'out')
    .option('--open', 'open de map (of het ene bestand) als het klaar is')
    .option('-w, --watch', 'blijf kijken: maak opnieuw wat veranderd is zodra je een bestand in data/ opslaat (stoppen: Ctrl+C)')
    .option('-q, --quiet', 'toon alleen fouten')
    .option('--json', 'geef een overzicht voor programma\'s: bestanden, groottes, tijden, fouten')
    .option('-f, --force', 'maak alles opnieuw, ook wat al bijgewerkt is')
    .option('--verify', 'lees elk gemaakt bestand terug en maak opnieuw wat niet meer klopt, ook als grootte en tijd gelijk zijn (ook: --nakijken)')
    .option('--verbose', 'toon ook welke patches van de bibliotheken aan staan, en waarom een uit staat (ook: --uitgebreid)')
    .addOption(dataOption())
    .addHelpText('after', EXAMPLES)
    .action(async (positional: number[] | undefined, o) => {
      checkSelection({ ...o, package: [...(positional ?? []), ...(o.package ?? [])] });
      const t0 = performance.now();
      const report = progress(io, o);
      const packages = [...(positional ?? []), ...(o.package ?? [])];
      const outDir = resolve(o.out);
      if (o.watch) {
        const selection = { packages: packages.length ? packages : undefined, themes: o.theme, only: o.only, force: o.force, outDir };
        return (await import('./watchBuild.js')).watchBuild(io, resolve(o.data), selection, o, (c) => (code = c));
      }
      const { buildFromData } = await import('../build.js');
      // Ctrl+C: say what is kept (each finished package is).
      let made = 0;
      stopped = () =>
        `Onderbroken. ${count(made, 'bestand', 'bestanden')} van deze keer ${made === 1 ? 'is' : 'zijn'} af en bewaard in ${outDir}; bouw opnieuw voor de rest (wat klaar is, wordt niet opnieuw gemaakt).`;
      const onEvent = (e: BuildEvent) => {
        if (e.type === 'written') made++;
        report.onEvent(e);
      };
      const result = await buildFromData(resolve(o.data), { packages: packages.length ? packages : undefined, themes: o.theme, only: o.only, force: o.force, verify: o.verify, outDir, onEvent }).catch((e) => {
        report.clear(); // the live line goes before the message
        throw e;
      });
      report.finish(result, (performance.now() - t0) / 1000, outDir);
      if (o.verbose) printPatches(io, (await import('../patches/patch.js')).patchStates());
      code = result.failed.length || result.skipped.length ? 1 : 0;
      if (o.open) {
        const files = [...result.written, ...result.unchanged];
        (deps.open ?? systemOpener)(files.length === 1 ? files[0]!.path : outDir);
      }
    });

  program
    .command('check')
    .alias('controleer')
    .description('controleer alle bestanden: opbouw, tekens en of de tekst past; maakt niets')
    .option('--json', 'geef de problemen als JSON, voor programma\'s')
    .addOption(dataOption())
    .action(async (o) => {
      const [{ loadProject }, { check }] = await Promise.all([import('../model/load.js'), import('../check.js')]);
      const project = loadProject(resolve(o.data));
      const problems = await check(project);
      const n = project.packages.length + project.broken.length;
      code = problems.some((p) => p.severity !== 'warning') ? 1 : 0;
      if (o.json) {
        io.out(JSON.stringify({ ok: code === 0, packages: n, problems: problems.map(problemJson) }, null, 2));
        return;
      }
      const errors = problems.filter((p) => p.severity !== 'warning');
      const warnings = problems.filter((p) => p.severity === 'warning');
      errors.forEach((p) => io.err(paint.red('fout ') + formatProblem(p)));
      warnings.forEach((p) => io.err(paint.yellow('waarschuwing ') + formatProblem(p)));
      const checked = count(n, 'werkpakket', 'werkpakketten');
      if (!problems.length) io.out(`${checked} gecontroleerd: geen problemen`);
      else {
        const parts = [errors.length && count(errors.length, 'fout', 'fouten'), warnings.length && count(warnings.length, 'waarschuwing', 'waarschuwingen')].filter(Boolean);
        io.out(`${checked} gecontroleerd: ${parts.join(' en ')}`);
      }
    });

  program
    .command('list')
    .alias('lijst')
    .description('de werkpakketten: nummer, thema, titel en wat er in elk zit')
    .option('--json', 'geef de lijst als JSON, voor programma\'s')
    .addOption(dataOption())
    .action(async (o) => {
      const [{ loadProject }, { listPackages }] = await Promise.all([import('../model/load.js'), import('../list.js')]);
      const project = loadProject(resolve(o.data));
      if (o.json) {
        const packages = project.packages.map((p) => ({
          number: p.number,
          theme: p.theme.implicit ? null : p.theme.id,
          title: p.title,
          file: p.file,
          questions: p.questions.length,
          werkplaten: p.werkplaten.length,
          cards: p.cards.length,
        }));
        const broken = project.broken.map((b) => ({ file: b.file, problems: b.problems.map(problemJson) }));
        io.out(JSON.stringify({ ok: !broken.length, packages, broken }, null, 2));
      } else {
        for (const line of listPackages(project)) io.out(line);
        for (const b of project.broken) printProblems(b.problems);
      }
      if (project.broken.length) code = 1;
    });

  program
    .command('init')
    .alias('nieuw')
    .description('begin een eigen toolkit: schrijft een kleine toolkit om op verder te bouwen in een nieuwe, lege map')
    .argument('<map>', 'de map voor de nieuwe toolkit; hij mag nog niet bestaan, of moet leeg zijn')
    .action(async (dir: string) => {
      const { initToolkit } = await import('../init/init.js');
      const full = resolve(dir);
      const files = initToolkit(full);
      io.out(`Een nieuwe toolkit staat klaar in ${full}:`);
      for (const f of files) io.out(`  ${relative(full, f)}`);
      io.out('');
      io.out('Pas de teksten aan, en kijk dan of alles klopt en maak de pdf\'s:');
      io.out(`  toolkit check --data ${JSON.stringify(dir).slice(1, -1)}`);
      io.out(`  toolkit build --data ${JSON.stringify(dir).slice(1, -1)}`);
      io.out('Of zet TOOLKIT_DATA op die map, dan hoeft --data er niet bij.');
    });

  registerMail(program, io, (c) => (code = c), deps.mail);
  registerSession(program, io, (c) => (code = c));
  registerSlides(program, io, (c) => (code = c));
  registerSite(program, io, (c) => (code = c), deps.open ?? systemOpener);
  registerPreview(program, io, (c) => (code = c), deps.open ?? systemOpener);

  // Ctrl+C and SIGTERM stop a command at its next stop point; watching commands stop in their own way (preview/watch.ts).
  let stopped = () => 'Onderbroken. Wat al af was, is bewaard.';
  let release = () => {};
  program.hook('preAction', (_, action) => {
    // Every command stamps or names a date: a bad SOURCE_DATE_EPOCH is told before any work.
    const epoch = epochProblem(io.env);
    if (epoch) throw new ToolkitError('usage', [epoch]);
    // A watching command too, during its first round: then it takes the signals over (takeOverSignals).
    release = stopOnSignals(io, () => stopped());
  });
  try {
    const kept = keptByNpm(io.env, program);
    if (kept.length) throw new ToolkitError('usage', [problem('usage-npm-options', { flags: kept.join(', ') })]);
    await program.parseAsync(englishOption(argv));
    return code;
  } catch (e) {
    if (isInterrupted(e)) {
      io.err(stopped());
      return INTERRUPTED;
    }
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0;
      const problem = usageProblem(e, program, argv);
      if (problem) e = new ToolkitError('usage', [problem]);
      else return 2; // help shown after a bare `toolkit`
    }
    if (isToolkitError(e)) {
      if (json) io.out(JSON.stringify({ ok: false, problems: e.problems.map(problemJson) }, null, 2));
      // A user who typed Dutch (bouw, --pakket) reads the options by their Dutch names; the ones npm kept are quoted as typed.
      else printProblems(e.problems.map((p) => (p.code === 'usage-npm-options' ? p : inDutch(p, program, typedDutch(program, argv)))));
      return e.kind === 'usage' ? 2 : 1;
    }
    const file = fileProblem(e);
    if (file) {
      if (json) io.out(JSON.stringify({ ok: false, problems: [problemJson(file)] }, null, 2));
      else printProblems([file]);
      return 1;
    }
    io.err(paint.red('interne fout: ') + (e instanceof Error ? e.message : String(e)));
    io.err('Dit is een fout in de toolkit, niet in je teksten. Meld het, met de opdracht die je gaf.');
    if (io.env.TOOLKIT_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    return 1;
  } finally {
    release();
  }
}

const problemJson = (p: Problem) => ({ code: p.code, severity: p.severity ?? 'error', message: p.message, hint: p.hint, ...p.at });
