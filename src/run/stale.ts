import { existsSync, readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Cache } from './cache.js';
import { CACHE_DIR } from './cache.js';

/**
 * Files this tool wrote that no job makes any more: a werkplaat that was
 * removed (its job ran and no longer makes it), a package that is gone or
 * renamed, a theme bundle under an old name (their group is not among the
 * project's `groups`). Only files the cache recorded are touched, never
 * anything else in the folder. Returns the paths removed, relative to the
 * output folder.
 */
export function removeStale(outDir: string, cache: Cache, done: ReadonlyMap<string, readonly string[]>, groups?: ReadonlySet<string>): string[] {
  const stale: string[] = [];
  for (const path of cache.recorded()) {
    if (path.startsWith(CACHE_DIR + '/')) continue;
    const { job, group } = cache.madeBy(path);
    const outputs = job === undefined ? undefined : done.get(job);
    if ((outputs && !outputs.includes(path)) || (group !== undefined && groups && !groups.has(group))) stale.push(path);
  }
  for (const path of stale) {
    try {
      unlinkSync(join(outDir, path));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    cache.forget(path);
    removeIfEmpty(join(outDir, dirname(path)), outDir);
  }
  return stale;
}

/** The files of a failed group (and what is made from it) that are still there from an earlier build. */
export function outdatedFiles(outDir: string, cache: Cache, group: string): string[] {
  return cache.recorded().filter((p) => !p.startsWith(CACHE_DIR + '/') && cache.madeBy(p).group === group && existsSync(join(outDir, p)));
}

function removeIfEmpty(dir: string, outDir: string) {
  if (dir === outDir || !dir.startsWith(outDir)) return;
  try {
    if (!readdirSync(dir).length) rmdirSync(dir);
  } catch {
    // not there, or not empty: leave it
  }
}
