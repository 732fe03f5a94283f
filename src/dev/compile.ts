import { spawn } from 'node:child_process';
import { existsSync, statSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';
import type TS from 'typescript';
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

/**
 * TypeScript, held warm in this process: each compile re-reads only the files
 * that changed and checks only what they touch (tsc itself would parse all
 * 600 files, the libraries' types among them, every time), and writes only
 * the outputs that changed. Nothing is written while there is a fault
 * anywhere, so dist/ stays whole for the loop that keeps running. Around
 * it, the scripts `npm run build` runs before and after tsc; vendor-layout
 * only when the one file it uses changed.
 */
export function typescriptCompiler(root: string, scripts: { before: string[][]; after: string[][] }): Compiler {
  let ts: typeof TS;
  let host: TS.CompilerHost | undefined;
  let builder: TS.EmitAndSemanticDiagnosticsBuilderProgram | undefined;
  const configFile = join(root, 'tsconfig.json');
  const where = (d: TS.Diagnostic): CodeProblem => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n') + ` (TS${d.code})`;
    if (!d.file || d.start === undefined) return { message };
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return { file: relative(root, d.file.fileName), line: line + 1, col: character + 1, message };
  };
  return {
    async compile() {
      const run = async (steps: string[][]) => {
        for (const step of steps) {
          const r = await output(process.execPath, step, root, false);
          if (r.code !== 0) return compilerProblems(r.text, `${step.join(' ')} stopte met code ${r.code}`);
        }
        return [];
      };
      const before = await run(scripts.before);
      if (before.length) return before;
      ts ??= ((await import('typescript')) as { default: typeof TS }).default;
      let fatal: TS.Diagnostic | undefined;
      const config = ts.getParsedCommandLineOfConfigFile(
        configFile,
        { incremental: true, tsBuildInfoFile: join(root, 'dist', 'dev.tsbuildinfo') },
        { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => (fatal = d) },
      );
      if (!config) return [where(fatal!)];
      if (config.errors.length) return config.errors.map(where);
      host ??= cachingHost(ts, config.options);
      builder = ts.createEmitAndSemanticDiagnosticsBuilderProgram(config.fileNames, config.options, host, builder ?? ts.readBuilderProgram(config.options, host), ts.getConfigFileParsingDiagnostics(config));
      const faults = [...builder.getOptionsDiagnostics(), ...builder.getGlobalDiagnostics(), ...builder.getSyntacticDiagnostics(), ...builder.getSemanticDiagnostics()].filter((d) => d.category === ts.DiagnosticCategory.Error);
      if (faults.length) return faults.map(where);
      const written: string[] = [];
      const emitted = builder.emit(undefined, (file, text, bom) => {
        written.push(file);
        ts.sys.writeFile(file, text, bom);
      });
      const emitFaults = emitted.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
      if (emitFaults.length) return emitFaults.map(where);
      const layoutKept = existsSync(join(root, 'dist/vendor/react-pdf-layout.js')) && !written.some((f) => f.endsWith('lineBreakHook.js'));
      return run(scripts.after.filter(([script]) => !(layoutKept && script!.endsWith('vendor-layout.mjs'))));
    },
  };
}

/** Source files parsed before are used again while their file is unchanged. */
function cachingHost(ts: typeof TS, options: TS.CompilerOptions): TS.CompilerHost {
  const host = ts.createIncrementalCompilerHost(options, ts.sys);
  const parse = host.getSourceFile.bind(host);
  const parsed = new Map<string, { stamp: string; file: TS.SourceFile | undefined }>();
  host.getSourceFile = (name, language, onError, fresh) => {
    let stamp = '';
    try {
      const s = statSync(name);
      stamp = `${s.mtimeMs}:${s.size}`;
    } catch {
      // gone: parse says so
    }
    const known = parsed.get(name);
    if (known && !fresh && stamp && known.stamp === stamp) return known.file;
    const file = parse(name, language, onError, fresh);
    parsed.set(name, { stamp, file });
    return file;
  };
  return host;
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
