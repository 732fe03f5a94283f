import { Command } from 'commander';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Problem } from '../errors.js';
import type { BuildEvent } from '../build.js';
import { dataOption } from './options.js';
import { painter, type IO } from './io.js';
import { progress } from './progress.js';
import { count, seconds } from './words.js';
import type { Opener } from './open.js';

export interface SiteRun {
  siteDir: string;
  /** Problems in the sources: the preview shows them on the page. */
  problems: Problem[];
  /** Every file written this time, in full: PDFs and site. */
  written: string[];
  /** The site's files written this time, in full. */
  site: string[];
}

/**
 * Builds every PDF and the site from them, in `outDir/site/`: one plan, run
 * by the executor. Used by `toolkit site` and by each round of `toolkit preview`.
 */
export async function makeSite(
  dataDir: string,
  outDir: string,
  o: { filmPasswords?: boolean; force?: boolean; warm?: boolean; quiet?: boolean },
  io: IO,
  also: { onEvent?: (e: BuildEvent) => void; wanted?: () => readonly string[] } = {},
): Promise<SiteRun> {
  const { buildSite, SITE_DIR } = await import('../outputs/site/build.js');
  const t0 = performance.now();
  // The live line of bouw --alles on a terminal; no line per file (the site has hundreds), one line for what waits on a failure.
  const report = progress(io, { quiet: o.quiet, brief: true });
  const onEvent = (e: BuildEvent) => {
    report.onEvent(e);
    also.onEvent?.(e);
  };
  const { result } = await buildSite(dataDir, { outDir, force: o.force, filmPasswords: o.filmPasswords, warm: o.warm, onEvent, wanted: also.wanted }).catch((e) => {
    report.clear();
    throw e;
  });
  report.finish(result, (performance.now() - t0) / 1000, outDir);
  const siteDir = join(outDir, SITE_DIR);
  const written = result.written.map((w) => w.path);
  return { siteDir, problems: result.failed.flatMap((f) => f.problems), written, site: written.filter((p) => p.startsWith(siteDir + sep)) };
}

export function registerSite(program: Command, io: IO, setCode: (code: number) => void, open?: Opener): void {
  const paint = painter(io);
  program
    .command('site')
    .alias('website')
    .description('maak de toolkit als website om zonder internet te openen: out/site/index.html')
    .option('-o, --out <map>', 'map waarin de pdf\'s komen; de website komt in de map site/ daarin (ook: --uit)', 'out')
    .option('--film-passwords', 'zet de wachtwoorden van de films op de pagina\'s (alleen voor een website binnen je eigen organisatie)')
    .option('--open', 'open de website als hij klaar is')
    .option('-q, --quiet', 'toon alleen fouten')
    .option('-f, --force', 'maak alles opnieuw, ook wat al bijgewerkt is')
    .addOption(dataOption(io.env))
    .action(async (o) => {
      const t0 = performance.now();
      const run = await makeSite(resolve(o.data), resolve(o.out), o, io);
      const index = join(run.siteDir, 'index.html');
      if (!o.quiet) {
        const made = run.site.length;
        const time = seconds((performance.now() - t0) / 1000);
        io.out(made ? `${paint.green('Klaar')}: ${count(made, 'bestand', 'bestanden')} van de website gemaakt in ${time}.` : `${paint.green('Klaar')}: er was niets veranderd aan de website.`);
        const shown = relative(process.cwd(), run.siteDir);
        io.out(`De website staat in ${shown && !shown.startsWith('..') ? shown : run.siteDir}. Open ${pathToFileURL(index).href} in je browser,`);
        io.out('of zet de hele map site/ op een USB-stick, een gedeelde map of een webserver: hij werkt zonder internet.');
      }
      setCode(run.problems.length ? 1 : 0);
      if (o.open && open) open(index);
    });
}
