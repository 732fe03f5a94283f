import type { Project } from '../model/load.js';
import { codeFingerprint, hash } from '../plan/fingerprint.js';
import type { Cache } from './cache.js';

/**
 * The project as the last run with these sources left it in the cache, else
 * loaded (and kept for the next run). Places in error messages are relative
 * to the working folder, so it is part of the key.
 */
export async function cachedProject(cache: Cache, dataDir: string, sources: string): Promise<Project> {
  const key = hash(sources, dataDir, process.cwd());
  const kept = cache.project(key);
  if (kept) return kept;
  const { loadProject } = await import('../model/load.js');
  const memo = cache.sources(codeFingerprint());
  const project = loadProject(dataDir, process.cwd(), memo);
  cache.saveSources(codeFingerprint(), memo);
  cache.saveProject(key, project);
  return project;
}
