import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { join, relative } from 'node:path';
import { packageRoot } from '../paths.js';
import { CHILD_ENV, codeFolders } from '../dev/devMode.js';
import { devCompiler } from '../dev/compile.js';
import { codeWhere, type CodeProblem, type ToChild, type ToSupervisor } from '../dev/messages.js';
import { painter, type IO } from './io.js';
import { count, seconds } from './words.js';

/**
 * `toolkit preview` and `toolkit build --watch` in a checkout: the loop itself
 * runs in a child process, started with the same arguments. After an edit
 * under src/ or templates/ this compiles the code again; when that works, it
 * stops the loop (as Ctrl-C does) and starts a new one with the new code, on
 * the same port: an ES module cannot be loaded twice in one process. When it
 * fails, the old loop goes on and the faults are shown, in the terminal and
 * (preview) on the page, until the code compiles. Returns the loop's exit code.
 */
export async function supervise(io: IO, args: string[], what: 'preview' | 'watch'): Promise<number> {
  const { watchFolders, untilStopped } = await import('../preview/watch.js');
  const paint = painter(io);
  const compiler = devCompiler(packageRoot, io.env);
  const loop = what === 'preview' ? 'het voorbeeld' : 'het kijken';
  let child: ChildProcess | undefined;
  let exited: Promise<number> = Promise.resolve(0);
  let port: number | undefined;
  let faults: CodeProblem[] = [];
  let stopping = false;
  let started = 0;
  let endedAlone: (code: number) => void = () => {};
  const ended = new Promise<number>((resolve) => (endedAlone = resolve));

  // Loops stopped on purpose: for a new one with new code, or on Ctrl-C.
  const asked = new WeakSet<ChildProcess>();
  const stopLoop = () => {
    if (!child) return exited;
    asked.add(child);
    child.kill('SIGINT');
    return exited;
  };
  const tellFaults = () => what === 'preview' && child?.connected && child.send({ type: 'code-problems', problems: faults } satisfies ToChild);

  const start = () => {
    // A new loop keeps the port of the first, so open pages find it again; and opens no second browser.
    const again = started++ > 0;
    const argv = [...(again ? args.filter((a) => a !== '--open') : args), ...(port === undefined ? [] : ['--port', String(port)])];
    // Its own process group: Ctrl-C in the terminal reaches only this process, which passes it on once.
    const c = spawn(process.execPath, [...process.execArgv, join(packageRoot, 'bin', 'toolkit.js'), ...argv], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...io.env, [CHILD_ENV]: '1' },
      detached: process.platform !== 'win32',
    });
    child = c;
    c.on('message', (m: ToSupervisor) => {
      if (m?.type !== 'port') return;
      port = m.port;
      // Faults found while this loop was starting, before it listened.
      if (faults.length) tellFaults();
    });
    exited = new Promise((resolve) =>
      c.once('exit', (code, signal) => {
        if (child === c) child = undefined;
        const n = code ?? 128 + (signal ? constants.signals[signal] : 0);
        resolve(n);
        if (asked.has(c) || stopping) return;
        // The first loop ends as the command would have (a port in use, a broken toolkit.yaml); a later one most likely because of the new code.
        if (!again) return endedAlone(n);
        io.err(paint.red(`${loop[0]!.toUpperCase()}${loop.slice(1)} is gestopt met code ${n}`) + `, waarschijnlijk door de nieuwe code. Verbeter hem en sla op: dan start ik opnieuw. Stoppen: Ctrl+C.`);
      }),
    );
  };

  const compile = async () => {
    const t0 = performance.now();
    faults = await compiler.compile();
    const took = seconds((performance.now() - t0) / 1000);
    if (faults.length) {
      const still = child ? `${loop} gaat door met de vorige code` : 'er draait nu niets';
      io.err(`${paint.red('De code compileert niet')} (${count(faults.length, 'fout', 'fouten')}, na ${took}): ${still}. Verbeter de code en sla op.`);
      faults.forEach((f) => io.err(`${paint.red('fout ')}${codeWhere(f)}: ${f.message}`));
      tellFaults();
    }
    return { ok: !faults.length, took };
  };

  start();
  const stopWatching = watchFolders(
    codeFolders(),
    async (files) => {
      if (stopping) return;
      io.err(`De code is gewijzigd (${files.map((f) => relative(process.cwd(), f) || f).join(', ')}): ik compileer opnieuw.`);
      const r = await compile();
      if (!r.ok || stopping) return;
      io.out(`${paint.green('Gecompileerd')} in ${r.took}: ik start ${loop} opnieuw met de nieuwe code.`);
      await stopLoop();
      if (!stopping) start();
    },
    100,
  );
  const alone = await Promise.race([untilStopped().then(() => undefined), ended]);
  stopping = true;
  stopWatching();
  if (alone !== undefined) return alone;
  return stopLoop();
}
