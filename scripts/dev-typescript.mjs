// The TypeScript half of `npm run build` (tsc -p tsconfig.json), held warm in
// the process that supervises `toolkit preview` and `toolkit build --watch`
// in a checkout (src/dev/compile.ts runs it, and the scripts around it). It is
// here, with the other build scripts, because TypeScript is a dev dependency.
// Each compile re-reads only the files that changed and checks only what they
// touch (tsc itself parses all 600 files, the libraries' types among them,
// every time), and writes only the outputs that changed; nothing at all while
// there is a fault anywhere, so dist/ stays whole for the loop that runs on.
// What was checked is kept in dist/dev.tsbuildinfo, for the first compile of
// the next session.
import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** @param {string} root the checkout, with its tsconfig.json */
export function warmTypeScript(root) {
  /** @type {ts.CompilerHost | undefined} */
  let host;
  /** @type {ts.EmitAndSemanticDiagnosticsBuilderProgram | undefined} */
  let builder;
  /** @param {ts.Diagnostic} d */
  const where = (d) => {
    const message = `${ts.flattenDiagnosticMessageText(d.messageText, '\n')} (TS${d.code})`;
    if (!d.file || d.start === undefined) return { message };
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return { file: relative(root, d.file.fileName), line: line + 1, col: character + 1, message };
  };
  /** @param {readonly ts.Diagnostic[]} ds */
  const errors = (ds) => ds.filter((d) => d.category === ts.DiagnosticCategory.Error).map(where);
  return {
    /** @returns {{ faults: { file?: string; line?: number; col?: number; message: string }[]; written: string[] }} */
    compile() {
      /** @type {ts.Diagnostic | undefined} */
      let fatal;
      const config = ts.getParsedCommandLineOfConfigFile(
        join(root, 'tsconfig.json'),
        { incremental: true, tsBuildInfoFile: join(root, 'dist', 'dev.tsbuildinfo') },
        { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => (fatal = d) },
      );
      if (!config) return { faults: fatal ? [where(fatal)] : [{ message: 'tsconfig.json is niet te lezen' }], written: [] };
      if (config.errors.length) return { faults: errors(config.errors), written: [] };
      host ??= cachingHost(config.options);
      builder = ts.createEmitAndSemanticDiagnosticsBuilderProgram(config.fileNames, config.options, host, builder ?? ts.readBuilderProgram(config.options, host), ts.getConfigFileParsingDiagnostics(config));
      const faults = errors([...builder.getOptionsDiagnostics(), ...builder.getGlobalDiagnostics(), ...builder.getSyntacticDiagnostics(), ...builder.getSemanticDiagnostics()]);
      if (faults.length) return { faults, written: [] };
      /** @type {string[]} */
      const written = [];
      const emitted = builder.emit(undefined, (file, text, bom) => {
        written.push(file);
        ts.sys.writeFile(file, text, bom);
      });
      return { faults: errors(emitted.diagnostics), written };
    },
  };
}

/**
 * Source files parsed before are used again while their file is unchanged.
 * @param {ts.CompilerOptions} options
 */
function cachingHost(options) {
  const host = ts.createIncrementalCompilerHost(options, ts.sys);
  const parse = host.getSourceFile.bind(host);
  /** @type {Map<string, { stamp: string; file: ts.SourceFile | undefined }>} */
  const parsed = new Map();
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
