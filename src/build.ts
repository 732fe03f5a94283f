import { join, relative } from 'node:path';
import type { Project } from './model/load.js';
import { hash, sourcesFingerprint } from './plan/fingerprint.js';
import type { PlanOptions } from './plan/plan.js';
import { Cache } from './run/cache.js';
import { cachedProject } from './run/cachedProject.js';
import { execute, withOutput, type BuildEvent, type BuildResult } from './run/run.js';

export type { BuildEvent, BuildResult, Failed, Written } from './run/run.js';

export interface BuildOptions extends Omit<PlanOptions, 'date'> {
  outDir: string;
  /** Render everything, whatever the cache says. */
  force?: boolean;
  /** Called as work goes on; the CLI turns it into progress output. */
  onEvent?: (e: BuildEvent) => void;
  /**
   * This process builds again after each save (build --watch, preview): keep
   * the project, the parsed files and the cache's record in memory for the
   * next round, each checked against the files before it is used.
   */
  warm?: boolean;
}

/**
 * Builds the selected packages' outputs, then (for whole themes) their
 * bundles, and (for everything) the guide and the overview: `plan`, then
 * `execute`. Outputs whose fingerprint did not change are left alone. A
 * package that fails is reported and the others go on; nothing is thrown for
 * a user's mistake except a bad selection.
 */
export async function build(project: Project, opts: BuildOptions): Promise<BuildResult> {
  return withOutput(opts, () => buildLocked(project, opts, new Cache(opts.outDir, opts.force)));
}

// Imported here, not above: a build where nothing changed plans nothing and need not load the families.
async function buildLocked(project: Project, opts: BuildOptions, cache: Cache): Promise<BuildResult> {
  const { knownGroups, plan } = await import('./plan/plan.js');
  return execute(plan(project, opts), { ...opts, owns: new Map([['build', knownGroups(project)]]) }, cache);
}

/**
 * Loads the sources and builds, unless an earlier run with the same options
 * saw the very same source files and its outputs are all still in place: a
 * build where nothing changed then reads no YAML and loads no renderer.
 */
export async function buildFromData(dataDir: string, opts: BuildOptions): Promise<BuildResult> {
  return withOutput(opts, () => buildFromDataLocked(dataDir, opts));
}

async function buildFromDataLocked(dataDir: string, opts: BuildOptions): Promise<BuildResult> {
  const cache = Cache.open(opts.outDir, opts);
  const key = hash(dataDir, opts.packages ?? [], opts.themes ?? [], opts.only ?? []);
  const sources = sourcesFingerprint(dataDir);
  const same = cache.sameRun(key, sources);
  if (same) {
    const unchanged = same.map((p) => ({ path: join(opts.outDir, p), bytes: cache.sizeOf(p), ms: 0 }));
    opts.onEvent?.({ type: 'start', total: 0 });
    return { written: [], unchanged, failed: [], skipped: [] };
  }
  const project = await cachedProject(cache, dataDir, sources, opts);
  const { knownGroups, plan } = await import('./plan/plan.js');
  const rel = (p: string) => relative(opts.outDir, p);
  const result = await execute(plan(project, opts), {
    ...opts,
    owns: new Map([['build', knownGroups(project)]]),
    // Remembered with the last save of the run, not in a save of its own.
    beforeSave: (r) => {
      if (!r.failed.length && !r.skipped.length) cache.rememberRun(key, sources, [...r.written, ...r.unchanged].map((w) => rel(w.path)));
    },
  }, cache);
  return result;
}
