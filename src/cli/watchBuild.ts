import { relative, resolve } from 'node:path';
import type { BuildOptions } from '../build.js';
import { painter, type IO } from './io.js';
import { progress } from './progress.js';
import { INTERRUPTED, takeOverSignals } from './signals.js';

/**
 * `toolkit build --watch`: builds, then builds again after every save under
 * the data folder, in this same process (the renderer stays loaded, the
 * cache says what changed). Stops on Ctrl-C.
 */
export async function watchBuild(io: IO, dataDir: string, opts: BuildOptions, mode: { quiet?: boolean }, setCode: (code: number) => void): Promise<void> {
  const [{ buildFromData }, { watchFolders, untilStopped }] = await Promise.all([import('../build.js'), import('../preview/watch.js')]);
  const paint = painter(io);
  const round = async (first: boolean) => {
    const t0 = performance.now();
    const report = progress(io, { quiet: mode.quiet || !first });
    const result = await buildFromData(dataDir, { ...opts, force: first && opts.force, warm: true, onEvent: report.onEvent });
    report.finish(result, (performance.now() - t0) / 1000, opts.outDir);
    setCode(result.failed.length || result.skipped.length ? 1 : 0);
    if (!first && result.written.length && !mode.quiet) {
      const files = result.written.map((w) => relative(process.cwd(), w.path) || w.path);
      io.out(`${paint.green('Bijgewerkt')} in ${Math.round(performance.now() - t0)} ms: ${files.join(', ')}`);
    }
  };
  // Watching before the first round, so that no save is missed: one during that round, or right after
  // the line below (whose reader may save before this process runs on), is built once the first round is done.
  let firstDone!: () => void;
  const ready = new Promise<void>((r) => (firstDone = r));
  const stopData = watchFolders([dataDir], () => ready.then(() => round(false)));
  try {
    await round(true);
    const { loadRenderer } = await import('../outputs/loadRenderer.js');
    // Loaded now, while the editor reads: a first round with nothing to do did not load it, and the first save should not wait for it.
    await loadRenderer();
  } catch (e) {
    stopData(); // a watcher left on would keep the process from ending
    throw e;
  }
  firstDone();
  takeOverSignals();
  const where = relative(process.cwd(), resolve(dataDir));
  io.out(`Ik kijk naar ${where && !where.startsWith('..') ? where : dataDir}: na elke keer opslaan maak ik opnieuw wat veranderd is. Stoppen: Ctrl+C.`);
  await untilStopped();
  stopData();
  io.out("Gestopt met kijken.");
  // Stopped by Ctrl-C or SIGTERM, as every command: the shell's code for it.
  setCode(INTERRUPTED);
}
