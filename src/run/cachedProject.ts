import type { Project, SourceMemo } from '../model/load.js';
import { codeFingerprint, hash } from './fingerprint.js';
import type { Cache } from './cache.js';

// What a warm process (build --watch, preview) keeps between rounds: the last project, by the key
// that names its sources' bytes, and the package files parsed, by the hash of their bytes.
let kept: { key: string; project: Project } | undefined;
let keptMemo: SourceMemo | undefined;

/**
 * The project as the last run with these sources left it in the cache, else
 * loaded (and kept for the next run). Places in error messages are relative
 * to the working folder, so it is part of the key. With `warm`, the project
 * and the parsed files stay in memory for the next round; only the first
 * round writes them into the cache folder (some MB of JSON, too slow for
 * every save): a later process parses again just the files edited since.
 */
export async function cachedProject(cache: Cache, dataDir: string, sources: string, opts: { warm?: boolean } = {}): Promise<Project> {
  const key = hash(sources, dataDir, process.cwd());
  if (opts.warm && kept?.key === key) return kept.project;
  // A warm process that loaded before wrote the cache's project itself: it is of other sources.
  const onDisk = opts.warm && kept ? undefined : cache.project(key);
  if (onDisk) {
    if (opts.warm) kept = { key, project: onDisk };
    return onDisk;
  }
  const { loadProject } = await import('../model/load.js');
  const memo = (opts.warm && keptMemo) || cache.sources(codeFingerprint());
  const project = loadProject(dataDir, process.cwd(), memo);
  if (!opts.warm || !keptMemo) {
    cache.saveSources(codeFingerprint(), memo);
    cache.saveProject(key, project);
  }
  if (opts.warm) {
    kept = { key, project };
    keptMemo = memo;
  }
  return project;
}

/**
 * The project of the sources as they are now, for a warm process outside a
 * build (the preview's quick pages): the build right after, with the same
 * sources, gets the same project without loading it again.
 */
export async function warmProject(dataDir: string, outDir: string): Promise<Project> {
  const { Cache } = await import('./cache.js');
  const { sourcesFingerprint } = await import('./fingerprint.js');
  return cachedProject(Cache.open(outDir, { warm: true }), dataDir, sourcesFingerprint(dataDir), { warm: true });
}
