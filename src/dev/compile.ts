import { spawn } from 'node:child_process';
import { existsSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../paths.js';
import type { CodeProblem } from './messages.js';

/** Makes dist/ from src/ and templates/ again, as `npm run build` does; says what failed, if anything did. */
export interface Compiler {
  compile(): Promise<CodeProblem[]>;
}

/** What src/run/staleCode.ts compares with the sources. */
const COMPILED = ['dist/src/index.js', 'dist/renderer.cjs'];

/**
 * The compiler of a checkout: the one `TOOLKIT_DEV_COMPILE` names (a shell
 * command), or TypeScript's. After it compiled, the files whose time
 * src/run/staleCode.ts goes by are touched: a compile writes only what changed.
 */
export function devCompiler(root: string, env: NodeJS.ProcessEnv): Compiler {
  const command = env.TOOLKIT_DEV_COMPILE;
  // As `npm run build` does it, build-stamp.mjs around it: `npm test` then knows dist/ is current.
  const stamp = existsSync(join(root, 'scripts/build-stamp.mjs')) ? 'scripts/build-stamp.mjs' : undefined;
  const steps = { before: stamp ? [[stamp, 'begin']] : [], after: [['scripts/vendor-layout.mjs'], ['scripts/bundle.mjs'], ...(stamp ? [[stamp, 'end']] : [])] };
  const compiler = command ? commandCompiler(root, command) : typescriptCompiler(root, steps);
  return {
    async compile() {
      const faults = await compiler.compile();
      if (!faults.length) for (const f of COMPILED.map((c) => join(root, c)).filter(existsSync)) utimesSync(f, new Date(), new Date());
      return faults;
    },
  };
}

/** A command run by the shell in `root`: it compiled when it exits with 0; otherwise its output says why. */
export function commandCompiler(root: string, command: string): Compiler {
  return {
    async compile() {
      const r = await output(command, [], root, true);
      return r.code === 0 ? [] : compilerProblems(r.text, `\`${command}\` stopte met code ${r.code}`);
    },
  };
}

/** scripts/dev-typescript.mjs: TypeScript is a dev dependency, so it is not loaded from src/. */
interface WarmTypeScript {
  compile(): { faults: CodeProblem[]; written: string[] };
}

/**
 * TypeScript, held warm in this process (scripts/dev-typescript.mjs), with
 * the scripts `npm run build` runs before and after tsc around it;
 * vendor-layout only when the one file it uses changed.
 */
export function typescriptCompiler(root: string, scripts: { before: string[][]; after: string[][] }): Compiler {
  let tsc: WarmTypeScript | undefined;
  const run = async (steps: string[][]) => {
    for (const step of steps) {
      const r = await output(process.execPath, step, root, false);
      if (r.code !== 0) return compilerProblems(r.text, `${step.join(' ')} stopte met code ${r.code}`);
    }
    return [];
  };
  return {
    async compile() {
      const before = await run(scripts.before);
      if (before.length) return before;
      tsc ??= ((await import(pathToFileURL(join(packageRoot, 'scripts', 'dev-typescript.mjs')).href)) as { warmTypeScript: (root: string) => WarmTypeScript }).warmTypeScript(root);
      const { faults, written } = tsc.compile();
      if (faults.length) return faults;
      const layoutKept = existsSync(join(root, 'dist/vendor/react-pdf-layout.js')) && !written.some((f) => f.endsWith('lineBreakHook.js'));
      return run(scripts.after.filter(([script]) => !(layoutKept && script!.endsWith('vendor-layout.mjs'))));
    },
  };
}

function output(command: string, args: string[], cwd: string, shell: boolean): Promise<{ code: number; text: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, shell, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (c) => (text += c));
    child.stderr.on('data', (c) => (text += c));
    child.on('error', (e) => resolve({ code: -1, text: e.message }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), text }));
  });
}

/**
 * The faults in a compiler's output: lines as tsc writes them
 * (`file(line,col): error TS1: ...`) or as most tools do (`file:line:col: ...`);
 * otherwise the whole output as one.
 */
export function compilerProblems(text: string, failed: string): CodeProblem[] {
  const found: CodeProblem[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line) ?? /^([^\s:][^:]*):(\d+):(\d+): (?:error:? )?(.*)$/.exec(line);
    if (!m) continue;
    const [, file, l, c, ...rest] = m;
    const message = rest.length === 2 ? `${rest[1]} (${rest[0]})` : rest[0]!;
    found.push({ file, line: Number(l), col: Number(c), message });
  }
  const all = text.trim();
  return found.length ? found : [{ message: all ? `${failed}:\n${all}` : `${failed}.` }];
}
