import { statSync } from 'node:fs';
import { join } from 'node:path';
import { problemsOf, type Problem } from '../errors.js';
import type { Project } from '../model/load.js';
import type { Package } from '../model/types.js';
import { checkGlyphs } from '../render/fonts.js';
import { OUTPUT_KINDS, type Context, type OutputFile, type OutputKind } from './outputs.js';
import { selectPackages, type Selection } from './select.js';
import { sourceDate } from './date.js';
import { writeAtomic } from './write.js';

export interface BuildOptions extends Selection {
  outDir: string;
  only?: OutputKind[];
  /** Called as work goes on; the CLI turns it into progress output. */
  onEvent?: (e: BuildEvent) => void;
}

export type BuildEvent =
  | { type: 'start'; total: number }
  | { type: 'package'; id: string; index: number; total: number }
  | { type: 'written'; path: string; bytes: number; ms: number }
  | { type: 'failed'; id: string; problems: Problem[] };

export interface Written {
  path: string;
  bytes: number;
  ms: number;
}

export interface Failed {
  id: string;
  file: string;
  problems: Problem[];
}

export interface BuildResult {
  written: Written[];
  /** Outputs that were already up to date and were left as they are. */
  unchanged: Written[];
  failed: Failed[];
}

type Maker = (ctx: Context, pkg: Package) => Promise<OutputFile[]>;

// Loaded on first use: react-pdf costs ~0.3 s to import, and check, list and
// up-to-date builds never need it.
const makers: Record<OutputKind, () => Promise<Maker>> = {
  werkblad: async () => (await import('./werkblad.js')).makeWerkblad,
  werkplaten: async () => (await import('./werkplaten.js')).makeWerkplaten,
  kaarten: async () => (await import('./kaarten.js')).makeKaarten,
};

/**
 * Builds the selected packages' outputs. A package that fails (content, glyphs,
 * text that does not fit) is reported and the others go on; nothing is thrown
 * for a user's mistake except a bad selection.
 */
export async function build(project: Project, opts: BuildOptions): Promise<BuildResult> {
  const { packages, broken } = selectPackages(project, opts);
  const ctx: Context = { toolkit: project.toolkit, date: sourceDate(project) };
  const kinds = opts.only?.length ? opts.only : [...OUTPUT_KINDS];
  const emit = opts.onEvent ?? (() => {});
  const result: BuildResult = { written: [], unchanged: [], failed: broken.map((b) => ({ id: b.id, file: b.file, problems: b.problems })) };
  for (const f of result.failed) emit({ type: 'failed', id: f.id, problems: f.problems });
  emit({ type: 'start', total: packages.length });

  for (const [index, pkg] of packages.entries()) {
    emit({ type: 'package', id: pkg.id, index, total: packages.length });
    try {
      const glyphs = await checkGlyphs(pkg.texts);
      if (glyphs.length) throw glyphsError(glyphs);
      // Render every output first and write only when all succeeded, so a
      // package never ends up with a mix of new and stale files.
      const files: (OutputFile & { ms: number })[] = [];
      for (const kind of kinds) {
        const t0 = performance.now();
        const made = await (await makers[kind]())(ctx, pkg);
        const ms = (performance.now() - t0) / made.length;
        files.push(...made.map((f) => ({ ...f, ms })));
      }
      for (const f of files) {
        const path = join(opts.outDir, f.path);
        writeAtomic(path, f.bytes);
        const w = { path, bytes: f.bytes.length, ms: Math.round(f.ms) };
        result.written.push(w);
        emit({ type: 'written', ...w });
      }
    } catch (e) {
      const problems = problemsOf(e);
      result.failed.push({ id: pkg.id, file: pkg.file, problems });
      emit({ type: 'failed', id: pkg.id, problems });
    }
  }
  return result;
}

function glyphsError(problems: Problem[]) {
  return Object.assign(new Error('glyphs'), { problems, kind: 'content' });
}

export const sizeOf = (path: string) => statSync(path).size;
