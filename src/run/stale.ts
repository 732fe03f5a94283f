import { existsSync, readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { Family } from './job.js';
import { CACHE_DIR, type Cache } from './cache.js';
import { insideOutput } from './inside.js';

export interface StaleRule {
  /** The jobs that ran or were found up to date in this run, with the files they make now. */
  done: ReadonlyMap<string, readonly string[]>;
  /** Per family the run speaks for, all of that family's groups in the project. */
  owns: ReadonlyMap<Family, ReadonlySet<string>>;
  /** Groups planned whole, with every file this plan makes. */
  whole?: { groups: ReadonlySet<string>; outputs: ReadonlySet<string> };
}

/**
 * The one stale rule of the output folder. A recorded file is of something
 * gone when the job that made it ran now and no longer makes it (a removed
 * werkplaat), when its family is one this run speaks for and its group is not
 * among that family's groups (a package or theme gone), or when its group
 * was planned whole and nothing makes it now (an A3 job of a session printed
 * on A4 since). Only files the cache recorded are touched, never a file of
 * another family's group, never a path outside the folder (links followed).
 * Returns the paths removed, relative to the output folder.
 */
export function removeStale(outDir: string, cache: Cache, rule: StaleRule): string[] {
  const stale: string[] = [];
  for (const path of cache.recorded()) {
    const by = cache.madeBy(path)!;
    const outputs = rule.done.get(by.job);
    const familyGroups = rule.owns.get(by.family);
    const gone =
      (outputs && !outputs.includes(path)) ||
      (by.group !== undefined && familyGroups && !familyGroups.has(by.group)) ||
      (by.group !== undefined && rule.whole?.groups.has(by.group) && !rule.whole.outputs.has(path));
    if (gone) stale.push(path);
  }
  const removed: string[] = [];
  for (const path of stale) {
    const file = insideOutput(outDir, path);
    cache.forget(path);
    if (!file) continue; // recorded, but not a path in this folder: forgotten, never followed
    try {
      unlinkSync(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    removed.push(path);
    removeIfEmpty(dirname(file), outDir);
  }
  return removed;
}

/** The files of a failed group (and what is made from it) that are still there from an earlier build. */
export function outdatedFiles(outDir: string, cache: Cache, group: string): string[] {
  return cache.recorded().filter((p) => !p.startsWith(`${CACHE_DIR}/`) && cache.madeBy(p)!.group === group && existsSync(join(outDir, p)));
}

/** Removes the emptied folders up to the output folder, never it or anything above it. */
function removeIfEmpty(dir: string, outDir: string) {
  const root = resolve(outDir);
  for (let d = resolve(dir); d !== root && d.startsWith(root + sep); d = dirname(d)) {
    try {
      if (readdirSync(d).length) return;
      rmdirSync(d);
    } catch {
      return; // not there, or not empty: leave it
    }
  }
}
