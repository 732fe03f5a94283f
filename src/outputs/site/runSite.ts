import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Project } from '../../model/load.js';
import { Cache } from '../../build/cache.js';
import { hash } from '../../build/fingerprint.js';
import { lockOutput } from '../../build/lock.js';
import { problemsOf, type Problem } from '../../errors.js';
import { siteJobs, type SiteOptions } from './jobs.js';

export const SITE_DIR = 'site';

export interface SiteEvent {
  type: 'written' | 'unchanged' | 'failed' | 'removed';
  path: string;
  problems?: Problem[];
}

export interface SiteResult {
  written: string[];
  unchanged: string[];
  failed: { id: string; problems: Problem[] }[];
  removed: string[];
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

// The hash of each PDF read, by size and time: a warm preview hashes only the files that changed.
const known = new Map<string, { size: number; mtimeMs: number; sha: string }>();

/**
 * Runs the site's jobs on the PDFs already in the output folder (the build
 * wrote them just before): a job whose fingerprint and inputs did not change
 * is left alone, so an unchanged site is a no-op and an edit remakes only the
 * pages and previews it touched. Stands in for the shared executor until the
 * site family is planned with the other outputs.
 */
export async function runSite(project: Pick<Project, 'toolkit' | 'packages'> & Partial<Pick<Project, 'broken'>>, outDir: string, options: RunOptions = {}): Promise<SiteResult> {
  const release = await lockOutput(outDir);
  try {
    return await runLocked(project, outDir, options);
  } finally {
    release();
  }
}

interface RunOptions extends SiteOptions {
  force?: boolean;
  onEvent?: (e: SiteEvent) => void;
  /** The fingerprint of the source files (and code): the same as last run, with every file in place, is a no-op without reading a PDF. */
  sources?: string;
  /**
   * Only the HTML pages and the search index, from the PDFs as they are now:
   * the preview shows an edited text at once, before the PDFs are remade.
   */
  pagesOnly?: boolean;
}

const isPage = (id: string) => id.startsWith('site:page:') || id === 'site:index' || id === 'site:zoekindex';

async function runLocked(project: Pick<Project, 'toolkit' | 'packages'> & Partial<Pick<Project, 'broken'>>, outDir: string, options: RunOptions): Promise<SiteResult> {
  const emit = options.onEvent ?? (() => {});
  const cache = new Cache(outDir, options.force);
  const runKey = hash('site', Boolean(options.filmPasswords));
  const same = options.sources ? cache.sameRun(runKey, options.sources) : undefined;
  if (same) return { written: [], unchanged: same, failed: [], removed: [] };
  const producers = (pdf: string) => (existsSync(join(outDir, pdf)) ? `file:${pdf}` : undefined);
  const jobs = siteJobs(project, producers, { ...options, prefix: `${SITE_DIR}/` });
  const result: SiteResult = { written: [], unchanged: [], failed: [], removed: [] };
  const bytesOf = (path: string) => new Uint8Array(readFileSync(join(outDir, path)));
  const shaOf = (path: string) => {
    const file = join(outDir, path);
    const st = statSync(file);
    const k = known.get(file);
    if (k && k.size === st.size && k.mtimeMs === st.mtimeMs) return k.sha;
    const h = sha(bytesOf(path));
    known.set(file, { size: st.size, mtimeMs: st.mtimeMs, sha: h });
    return h;
  };
  for (const job of jobs) {
    if (options.pagesOnly && !isPage(job.id)) continue;
    const inputs = job.needs.map((id) => id.replace(/^file:/, ''));
    const fingerprint = hash(job.fingerprint, inputs.map((p) => [p, shaOf(p)]));
    if (job.outputs.every((o) => cache.fresh(o, fingerprint))) {
      result.unchanged.push(...job.outputs);
      continue;
    }
    try {
      const files = await job.make({ files: new Map(inputs.map((p) => [p, bytesOf(p)])) });
      const made = new Set(files.map((f) => f.path));
      const missing = job.outputs.filter((o) => !made.has(o));
      if (missing.length) throw new Error(`${job.id} maakte ${missing.join(', ')} niet`);
      for (const f of files) {
        cache.write(f.path, fingerprint, f.bytes);
        result.written.push(f.path);
        emit({ type: 'written', path: f.path });
      }
    } catch (e) {
      const problems = problemsOf(e);
      result.failed.push({ id: job.id, problems });
      emit({ type: 'failed', path: job.owner, problems });
    }
  }
  if (options.pagesOnly) {
    cache.save();
    return result;
  }
  // Site files no job makes any more (a package removed, a werkplaat gone) go too; only what this tool wrote.
  // A package that does not load now keeps its page, as the build keeps its PDFs: someone is editing it.
  const current = new Set(jobs.flatMap((j) => j.outputs));
  const kept = (project.broken ?? []).map((b) => `${SITE_DIR}/${b.id}/`);
  for (const path of cache.recorded()) {
    if (!path.startsWith(`${SITE_DIR}/`) || current.has(path) || kept.some((k) => path.startsWith(k))) continue;
    rmSync(join(outDir, path), { force: true });
    cache.forget(path);
    result.removed.push(path);
    emit({ type: 'removed', path });
  }
  if (options.sources && !result.failed.length) cache.rememberRun(runKey, options.sources, [...current]);
  cache.save();
  return result;
}
