import { Command, CommanderError, Option } from 'commander';
import { resolve } from 'node:path';
import { fileProblem, formatProblem, isToolkitError, isWarning, type Problem } from '../errors.js';
import { OUTPUT_KINDS } from '../build/outputs.js';
import { progress } from './progress.js';
import { defaultDataDir } from '../paths.js';
import { painter, processIO, type IO } from './io.js';
import { checkSelection, parseList, parseNumbers, parseThemes } from './options.js';
import { version } from '../version.js';
import { registerMail } from './mail.js';

const EXAMPLES = `
Examples:
  $ toolkit build --package 8           all materials of package 8
  $ toolkit build --theme D             every package of theme D
  $ toolkit build --all --out print     everything, into the folder print/
  $ toolkit check                       find mistakes in data/ without writing anything
  $ toolkit list                        the 18 packages and what each contains
  $ toolkit mail --to iemand@example.org --package 8
                                        a ready e-mail (.eml) with the PDFs of package 8`;

/** Exit codes: 0 fine, 1 content errors or failed outputs, 2 usage errors. */
export async function run(argv: string[], io: IO = processIO()): Promise<number> {
  const paint = painter(io);
  const printProblems = (ps: Problem[]) => ps.forEach((p) => io.err((isWarning(p) ? paint.yellow('warning ') : paint.red('error ')) + formatProblem(p)));
  let code = 0;

  const program = new Command('toolkit')
    .description('Prints the Verandertoolkit "Werken vanuit de bedoeling bij de gemeente" from YAML sources.')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run toolkit --help for usage)');

  const dataOption = () => new Option('--data <dir>', 'folder with toolkit.yaml and packages/').default(defaultDataDir, 'data/ of this tool');

  program
    .command('build')
    .description('write print-ready PDFs (no selection means all packages)')
    .option('-p, --package <numbers>', 'package numbers, e.g. 8 or 8,9 or 13-18', parseNumbers)
    .option('-t, --theme <letters>', 'themes, e.g. C or C,D', parseThemes)
    .option('-a, --all', 'all packages')
    .option('--only <outputs>', `only these outputs: ${OUTPUT_KINDS.join(', ')}`, parseList(OUTPUT_KINDS))
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-q, --quiet', 'print only errors')
    .option('--json', 'print a machine-readable summary (files, sizes, timings, errors)')
    .option('-f, --force', 'render everything, also what is up to date')
    .addOption(dataOption())
    .addHelpText('after', EXAMPLES)
    .action(async (o) => {
      checkSelection(o);
      const t0 = performance.now();
      const report = progress(io, o);
      const { buildFromData } = await import('../build/build.js');
      const result = await buildFromData(resolve(o.data), { packages: o.package, themes: o.theme, only: o.only, force: o.force, outDir: resolve(o.out), onEvent: report.onEvent });
      report.finish(result, (performance.now() - t0) / 1000);
      (await import('../build/loadRenderer.js')).saveCompiledCode();
      code = result.failed.length || result.skipped.length ? 1 : 0;
    });

  program
    .command('check')
    .description('validate every source, glyphs and text fit; writes nothing')
    .addOption(dataOption())
    .action(async (o) => {
      const [{ loadProject }, { check }] = await Promise.all([import('../model/load.js'), import('../check.js')]);
      const project = loadProject(resolve(o.data));
      const problems = await check(project);
      printProblems(problems);
      const n = project.packages.length + project.broken.length;
      const errors = problems.filter((p) => !isWarning(p)).length;
      const warnings = problems.length - errors;
      const also = warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : '';
      io.out(errors ? `${errors} problems in ${n} packages${also}` : `${n} packages checked: no problems${also}`);
      code = errors ? 1 : 0;
    });

  program
    .command('list')
    .description('the packages: number, theme, title and what each contains')
    .addOption(dataOption())
    .action(async (o) => {
      const [{ loadProject }, { listPackages }] = await Promise.all([import('../model/load.js'), import('../list.js')]);
      const project = loadProject(resolve(o.data));
      for (const line of listPackages(project)) io.out(line);
      if (project.broken.length) {
        for (const b of project.broken) printProblems(b.problems);
        code = 1;
      }
    });

  registerMail(program, io, (c) => (code = c));

  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (isToolkitError(e)) {
      printProblems(e.problems);
      return e.kind === 'usage' ? 2 : 1;
    }
    const file = fileProblem(e);
    if (file) {
      printProblems([file]);
      return 1;
    }
    io.err(paint.red('internal error: ') + (e instanceof Error ? e.message : String(e)));
    io.err('This is a bug in toolkit, not in your content. Please report it with the command you ran.');
    if (io.env.TOOLKIT_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    return 1;
  }
}
