import { Command, InvalidArgumentError } from 'commander';
import { join, relative, resolve, sep } from 'node:path';
import type { BuildEvent } from '../build.js';
import { formatLoc, formatProblem, ToolkitError, type Problem, problem } from '../errors.js';
import { dataOption } from './options.js';
import { INTERRUPTED, takeOverSignals } from './signals.js';
import { painter, type IO } from './io.js';
import type { Opener } from './open.js';
import { makeSite } from './site.js';
import { count, seconds } from './words.js';

const portNumber = (s: string) => {
  const n = Number(s);
  if (!/^\d+$/.test(s) || n < 1 || n > 65535) throw new InvalidArgumentError('een poort is een getal van 1 tot en met 65535, zoals 8000');
  return n;
};

const shown = (ps: Problem[]) => ps.filter((p) => p.severity !== 'warning').map((p) => ({ where: formatLoc(p.at) || 'toolkit', message: p.message, hint: p.hint }));

export function registerPreview(program: Command, io: IO, setCode: (code: number) => void, open?: Opener): void {
  const paint = painter(io);
  program
    .command('preview')
    .alias('voorbeeld')
    .description('bekijk de website terwijl je de teksten bewerkt: hij wordt bijgewerkt zodra je een bestand opslaat')
    .option('--port <nummer>', 'de poort (zonder: de eerste vrije vanaf 8000)', portNumber)
    .option('--open', 'open de website in je browser')
    .option('-o, --out <map>', 'map waarin de pdf\'s en de website (site/) komen (ook: --uit)', 'out')
    .option('--film-passwords', 'zet de wachtwoorden van de films op de pagina\'s')
    .addOption(dataOption(io.env))
    .action(async (o) => {
      const [{ serveSite }, { watchFolders, untilStopped }, { quickPages, primeQuickPages }, { warmProject }] = await Promise.all([
        import('../preview/server.js'),
        import('../preview/watch.js'),
        import('../outputs/site/quickPages.js'),
        import('../run/cachedProject.js'),
      ]);
      const dataDir = resolve(o.data);
      const outDir = resolve(o.out);
      // The port first: a port in use is said at once, not after the build.
      const server = await serveSite(join(outDir, 'site'), { port: o.port }).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'EADDRINUSE') throw e;
        throw new ToolkitError('usage', [problem('port-in-use', { port: o.port })]);
      });
      // Said at once: the address works from now on; a page not made yet says so and appears by itself.
      io.out(`Het voorbeeld staat op ${server.url}`);
      io.out('De website wordt nu gemaakt (de eerste keer duurt dat even). Open het adres gerust al: een pagina die nog niet klaar is, zegt dat en verschijnt vanzelf.');
      if (o.open && open) open(server.url);
      const siteDir = join(outDir, 'site');
      // What the open pages are told as the build goes: how far it is, and which files are there now.
      const track = (e: BuildEvent) => {
        if (e.type === 'start') server.building({ done: 0, total: e.total });
        else if (e.type === 'step') server.building({ done: e.index - 1, total: e.total });
        else if (e.type === 'written' && e.path.startsWith(siteDir + sep)) server.built([relative(siteDir, e.path).split(sep).join('/')]);
      };
      // The style first, then the package whose page was asked for last (its PDFs, images and page), then the rest.
      const wanted = () => ['site:assets', ...server.wanted().flatMap((id) => [id, `site/${id}`])];
      const building = async () => {
        try {
          return await makeSite(dataDir, outDir, { ...o, warm: true }, io, { onEvent: track, wanted });
        } finally {
          server.building(undefined);
        }
      };
      // Watching before the first build, so that no save is missed: one during it, or right after the lines
      // below (whose reader may save before this process runs on), is built once the first build is done.
      let firstDone!: () => void;
      const ready = new Promise<void>((r) => (firstDone = r));
      const stopData = watchFolders([dataDir], () => ready.then(round));
      const t0 = performance.now();
      try {
        server.building({ done: 0, total: 0 });
        const first = await building();
        server.problems(shown(first.problems));
        // Pages still open from an earlier preview show this build.
        server.reload();
        // Kept in memory with the package files parsed, by their bytes: a save re-reads only the file that changed.
        primeQuickPages(await warmProject(dataDir, outDir), { filmPasswords: o.filmPasswords });
        // A first round with nothing to do did not load the renderer: the first save should not wait for it.
        await (await import('../outputs/loadRenderer.js')).loadRenderer();
        if (first.problems.length) io.err(paint.red(`${count(first.problems.length, 'fout', 'fouten')}: de pagina toont ${first.problems.length === 1 ? 'hem' : 'ze'} tot je het verbetert.`));
      } catch (e) {
        // Nothing to show (toolkit.yaml broken, say): the error is said and the process ends, which an open
        // server or watcher would keep it from.
        stopData();
        await server.close();
        throw e;
      }
      firstDone();
      takeOverSignals();
      io.out(`${paint.green('De website is klaar')} op ${server.url} (in ${seconds((performance.now() - t0) / 1000)}).`);
      const shownData = relative(process.cwd(), dataDir);
      io.out(`Bewerk de bestanden in ${shownData && !shownData.startsWith('..') ? shownData : dataDir}: na elke keer opslaan wordt de pagina in je browser bijgewerkt. Stoppen: Ctrl+C.`);

      async function round() {
        const t0 = performance.now();
        try {
          // First the pages from the new text, so the browser shows the edit at once; then the PDFs and previews.
          const project = await warmProject(dataDir, outDir);
          // The edited package's page is the one open: reload as soon as it is written, then once more for what the round remade.
          let reloaded = false;
          const onPackagePages = () => ((reloaded = true), server.reload());
          if (!project.broken.length && (await quickPages(project, outDir, { filmPasswords: o.filmPasswords, onPackagePages })).length && !reloaded) server.reload();
          // Let the server send the reload and answer the page it brings before the heavy part of the round.
          await new Promise((r) => setImmediate(r));
          const run = await building();
          server.problems(shown(run.problems));
          if (run.site.length) server.reload();
          const ms = Math.round(performance.now() - t0);
          if (run.problems.length) io.err(paint.red(`Nog ${count(run.problems.length, 'fout', 'fouten')}: de pagina toont ${run.problems.length === 1 ? 'hem' : 'ze'} tot je het verbetert.`));
          else io.out(`${paint.green('Bijgewerkt')}: ${count(run.written.length, 'bestand', 'bestanden')} in ${ms} ms.`);
        } catch (e) {
          // toolkit.yaml itself broken: nothing can be built until it is fixed; say where, keep serving.
          const problems = (e as { problems?: Problem[] }).problems;
          if (!problems) throw e;
          problems.forEach((p) => io.err(paint.red('fout ') + formatProblem(p)));
          server.problems(shown(problems));
        }
      }
      await untilStopped();
      stopData();
      await server.close();
      io.out('Het voorbeeld is gestopt.');
      // Stopped by Ctrl-C or SIGTERM, as every command: the shell's code for it.
      setCode(INTERRUPTED);
    });
}
