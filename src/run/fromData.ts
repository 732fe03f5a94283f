import { join, relative } from 'node:path';
import { formatProblem } from '../errors.js';
import type { Project } from '../model/load.js';
import type { Family, Job } from './job.js';
import { hash, sourcesFingerprint } from './fingerprint.js';
import { Cache } from './cache.js';
import { cachedProject } from './cachedProject.js';
import { execute, withOutput, type BuildEvent, type BuildResult } from './run.js';

export interface FromDataOptions {
  outDir: string;
  force?: boolean;
  verify?: boolean;
  warm?: boolean;
  onEvent?: (e: BuildEvent) => void;
  /** Groups to make first (see RunOptions.wanted). */
  wanted?: () => readonly string[];
}

/** What a use case hands the engine: its jobs, and what its run speaks for (see RunOptions). */
export interface UseCasePlan {
  jobs: Job[];
  owns?: ReadonlyMap<Family, ReadonlySet<string>>;
  whole?: ReadonlySet<string>;
}

export interface FromDataResult {
  result: BuildResult;
  /** The project the plan was made from; undefined when nothing had changed and it was not needed. */
  project?: Project;
}

/**
 * The one way every command that writes into an output folder runs: with the
 * folder's lock, a run whose key (command and options) and sources are those
 * of an earlier run whose files are all still in place is answered from the
 * cache without reading any YAML; otherwise the project (from the cache when
 * its sources did not change), the use case's plan, the executor, and the
 * run remembered with the cache's last save when nothing failed.
 */
export function runFromData(dataDir: string, key: unknown[], opts: FromDataOptions, planOf: (project: Project) => UseCasePlan | Promise<UseCasePlan>): Promise<FromDataResult> {
  return withOutput(opts, async () => {
    const cache = Cache.open(opts.outDir, opts);
    const runKey = hash(dataDir, ...key);
    const sources = sourcesFingerprint(dataDir);
    const same = opts.force || opts.verify ? undefined : cache.sameRun(runKey, sources);
    if (same) {
      opts.onEvent?.({ type: 'start', total: 0 });
      const unchanged = same.map((p) => ({ path: join(opts.outDir, p), bytes: cache.sizeOf(p), ms: 0, ...(cache.madeBy(p)?.facts && { facts: cache.madeBy(p)!.facts }) }));
      return { result: { written: [], unchanged, failed: [], skipped: [] } };
    }
    const project = await cachedProject(cache, dataDir, sources, opts);
    // What check warns of in the names under packages/ (a .YAML that is not read): every command says it.
    for (const p of project.notes ?? []) opts.onEvent?.({ type: 'note', message: formatProblem(p) });
    const { jobs, owns, whole } = await planOf(project);
    // The run is remembered with the last save of the cache, not in a save of its own.
    const remember = (r: BuildResult) => {
      if (!r.failed.length && !r.skipped.length) cache.rememberRun(runKey, sources, [...r.written, ...r.unchanged].map((w) => relative(opts.outDir, w.path)));
    };
    const result = await execute(jobs, { ...opts, owns, whole, beforeSave: remember }, cache);
    return { result, project };
  });
}
