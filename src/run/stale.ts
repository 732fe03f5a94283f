import { existsSync, readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Project } from '../model/load.js';
import type { Package } from '../model/types.js';
import type { Cache } from './cache.js';
import { CACHE_DIR } from './cache.js';
import { bundleName, filesOf, type OutputKind } from '../outputs/files.js';
import { kindOfFile, type FileKind } from '../outputs/printNotes.js';

// Which output kind wrote a file of each kind: a kind that is built again owns its old files.
const KIND_OF: Partial<Record<FileKind, string>> = {
  werkblad: 'werkblad',
  'werkplaat-A3': 'werkplaten',
  'werkplaat-2xA4': 'werkplaten',
  'kaarten-A4': 'kaarten',
  'kaarten-drukker': 'kaarten',
  draaiboek: 'draaiboek',
};

/**
 * Files this tool wrote that no output makes any more: a werkplaat that was
 * removed, a package that is gone or renamed, a theme bundle under an old
 * name. Only files the cache recorded are touched, never anything else in the
 * folder. Returns the paths removed, relative to the output folder.
 */
export function removeStale(outDir: string, cache: Cache, project: Project, built: { pkg: Package; kinds: OutputKind[] }[], everything: boolean): string[] {
  const ids = new Set([...project.packages.map((p) => p.id), ...project.broken.map((b) => b.id)]);
  const bundles = new Set(project.toolkit.themes.map(bundleName));
  const stale: string[] = [];
  for (const path of cache.recorded()) {
    if (path.startsWith(CACHE_DIR + '/')) continue;
    const folder = path.includes('/') ? path.slice(0, path.indexOf('/')) : '';
    const kind = kindOfFile(path);
    if (folder && !ids.has(folder) && /^\d+-/.test(folder)) stale.push(path);
    else if (!folder && kind === 'bundel' && everything && !bundles.has(path)) stale.push(path);
  }
  for (const { pkg, kinds } of built) {
    const own = recordedUnder(cache, pkg.id);
    for (const k of kinds) {
      const now = new Set(filesOf(pkg, k));
      for (const path of own) {
        const kind = kindOfFile(path);
        if (kind && KIND_OF[kind] === k && !now.has(path)) stale.push(path);
      }
    }
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

/** The files of a failed package (and what is made from it) that are still there from an earlier build. */
export function outdatedFiles(outDir: string, cache: Cache, id: string): string[] {
  return recordedUnder(cache, id).filter((p) => existsSync(join(outDir, p)));
}

const recordedUnder = (cache: Cache, id: string) => cache.recorded().filter((p) => p.startsWith(`${id}/`));

function removeIfEmpty(dir: string, outDir: string) {
  if (dir === outDir || !dir.startsWith(outDir)) return;
  try {
    if (!readdirSync(dir).length) rmdirSync(dir);
  } catch {
    // not there, or not empty: leave it
  }
}
