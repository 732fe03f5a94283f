import { Command, Option } from 'commander';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblem, type Problem } from '../errors.js';
import { defaultDataDir } from '../paths.js';
import { painter, type IO } from './io.js';
import { progress } from './progress.js';
import { count, seconds } from './words.js';
import type { Opener } from './open.js';
import type { SiteResult } from '../outputs/site/runSite.js';

export interface SiteRun {
  siteDir: string;
  /** Problems in the sources: the preview shows them on the page. */
  problems: Problem[];
  site: SiteResult;
  /** Every file the build and the site wrote this time, in full. */
  written: string[];
}

/**
 * Builds every PDF, then the site from them, in `outDir/site/`. Used by
 * `toolkit site` and by each round of `toolkit preview`.
 */
export async function makeSite(dataDir: string, outDir: string, o: { filmPasswords?: boolean; force?: boolean }, io: IO, quiet = true): Promise<SiteRun> {
  const [{ buildFromData }, { loadProject }, { runSite, SITE_DIR }] = await Promise.all([import('../build/build.js'), import('../model/load.js'), import('../outputs/site/runSite.js')]);
  const t0 = performance.now();
  const report = progress(io, { quiet });
  const built = await buildFromData(dataDir, { outDir, force: o.force, onEvent: report.onEvent });
  report.finish(built, (performance.now() - t0) / 1000, outDir);
  (await import('../build/loadRenderer.js')).saveCompiledCode();
  // The build keeps the project it loaded for these sources: reading the YAML again would take most of a no-op.
  const [{ Cache }, { hash, sourcesFingerprint }] = await Promise.all([import('../build/cache.js'), import('../build/fingerprint.js')]);
  const sources = sourcesFingerprint(dataDir);
  const project = new Cache(outDir).project(hash(sources, dataDir, process.cwd())) ?? loadProject(dataDir);
  const site = await runSite(project, outDir, { filmPasswords: o.filmPasswords, force: o.force, sources: built.failed.length ? undefined : sources });
  const problems = [...built.failed.flatMap((f) => f.problems), ...site.failed.flatMap((f) => f.problems)];
  return { siteDir: join(outDir, SITE_DIR), problems, site, written: [...built.written.map((w) => w.path), ...site.written.map((p) => join(outDir, p))] };
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
    .addOption(new Option('--data <map>', 'map met toolkit.yaml en packages/').default(defaultDataDir, 'data/ van deze toolkit'))
    .action(async (o) => {
      const t0 = performance.now();
      const run = await makeSite(resolve(o.data), resolve(o.out), o, io);
      for (const f of run.site.failed) f.problems.forEach((p) => io.err(paint.red('fout ') + formatProblem(p)));
      const index = join(run.siteDir, 'index.html');
      if (!o.quiet) {
        const made = run.site.written.length;
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
