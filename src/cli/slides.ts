import type { Command } from 'commander';
import { resolve } from 'node:path';
import { Argument } from 'commander';
import type { IO } from './io.js';
import { checkSelection, dataOption, parseNumbers, parseThemes } from './options.js';
import { progress } from './progress.js';

const EXAMPLES = `
Voorbeelden:
  $ toolkit presentatie 8            de presentatie van werkpakket 8, voor de beamer
  $ toolkit presentatie --thema C    die van elk werkpakket van thema C

De presentatie (…-presentatie-16x9.pdf) volgt het draaiboek: de film, elke stap met zijn minuten,
de werkplaten, de vragen van het werkblad (drie per dia) en de afspraak. De sprekersnotities staan
als notitie op de dia's. \`toolkit bouw\` maakt hem ook, met alle andere bestanden.`;

/** `toolkit presentatie` (`slides`): a build of only the slides. */
export function registerSlides(program: Command, io: IO, setCode: (code: number) => void): void {
  program
    .command('slides')
    .alias('presentatie')
    .description('maak de presentatie voor de beamer (16:9) van werkpakketten (zonder keuze: alle)')
    .addArgument(new Argument('[pakketten...]', 'werkpakketnummers, zoals 8 of 8,9 of 13-18 (hetzelfde als --package)').argParser(parseNumbers))
    .option('-p, --package <nummers>', 'werkpakketten, zoals 8 of 8,9 of 13-18 (ook: --pakket)', parseNumbers)
    .option('-t, --theme <letters>', "thema's, zoals C of C,D (ook: --thema)", parseThemes)
    .option('-o, --out <map>', 'map waarin de bestanden komen (ook: --uit)', 'out')
    .option('-q, --quiet', 'toon alleen fouten')
    .option('-f, --force', 'maak alles opnieuw, ook wat al bijgewerkt is')
    .addOption(dataOption(io.env))
    .addHelpText('after', EXAMPLES)
    .action(async (positional: number[] | undefined, o) => {
      const packages = [...(positional ?? []), ...(o.package ?? [])];
      checkSelection({ package: packages, theme: o.theme });
      const t0 = performance.now();
      const report = progress(io, o);
      const outDir = resolve(o.out);
      const { buildFromData } = await import('../build.js');
      const result = await buildFromData(resolve(o.data), {
        packages: packages.length ? packages : undefined,
        themes: o.theme,
        only: ['presentatie'],
        force: o.force,
        outDir,
        onEvent: report.onEvent,
      }).catch((e) => {
        report.clear();
        throw e;
      });
      report.finish(result, (performance.now() - t0) / 1000, outDir);
      setCode(result.failed.length || result.skipped.length ? 1 : 0);
    });
}
