import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Project } from '../../model/load.js';
import { Cache } from '../../run/cache.js';
import { hash } from '../../run/fingerprint.js';
import { lockOutput } from '../../run/lock.js';
import { siteJobs, type SiteOptions } from './jobs.js';
import { SITE_DIR } from './layout.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

// The hash of each PDF read, by size and time: a warm preview hashes only the files that changed.
const known = new Map<string, { size: number; mtimeMs: number; sha: string }>();

// The content fingerprint of each page as last shown in this process: a save remakes only the pages whose text changed.
const seen = new Map<string, string>();

const isPage = (id: string) => id.startsWith('site:page:') || id.startsWith('site:doc:') || id.startsWith('site:slides:') || id === 'site:index' || id === 'site:zoekindex';
const isPackagePage = (id: string) => id.startsWith('site:page:');

/** Remembers what the pages show now (after a full build), so that the next quick round remakes only what an edit changes. */
export function primeQuickPages(project: Pick<Project, 'toolkit' | 'packages'>, options: SiteOptions = {}): void {
  for (const job of siteJobs(project, () => undefined, { ...options, prefix: `${SITE_DIR}/`, pagesOnly: true })) if (isPage(job.id)) seen.set(job.id, job.fingerprint);
}

/**
 * The site's HTML pages and search index, made at once from the new text
 * and the PDFs as they are on disk now: `toolkit preview` shows an edit
 * before the PDFs and previews are remade (by the executor, right after,
 * which then writes these pages again with the new PDFs' sizes). The
 * packages' pages come first; `onPackagePages` is called as soon as those
 * that changed are written, before the start page and the search index.
 * Returns the pages written.
 */
export async function quickPages(
  project: Pick<Project, 'toolkit' | 'packages'>,
  outDir: string,
  options: SiteOptions & { onPackagePages?: (written: string[]) => void } = {},
): Promise<string[]> {
  const release = await lockOutput(outDir);
  try {
    // The warm process's own record, kept in memory for the executor's round right after.
    const cache = Cache.open(outDir, { warm: true });
    const producers = (pdf: string) => (existsSync(join(outDir, pdf)) ? pdf : undefined);
    const jobs = siteJobs(project, producers, { ...options, prefix: `${SITE_DIR}/`, pagesOnly: true }).filter((j) => isPage(j.id));
    const ordered = [...jobs.filter((j) => isPackagePage(j.id)), ...jobs.filter((j) => !isPackagePage(j.id))];
    const written: string[] = [];
    const bytesOf = (path: string) => new Uint8Array(readFileSync(join(outDir, path)));
    const shaOf = (path: string) => {
      const st = statSync(join(outDir, path));
      const k = known.get(path);
      if (k && k.size === st.size && k.mtimeMs === st.mtimeMs) return k.sha;
      const h = sha(bytesOf(path));
      known.set(path, { size: st.size, mtimeMs: st.mtimeMs, sha: h });
      return h;
    };
    let told = false;
    for (const job of ordered) {
      if (!told && !isPackagePage(job.id)) {
        told = true;
        if (written.length && options.onPackagePages) {
          options.onPackagePages([...written]);
          await new Promise((r) => setImmediate(r)); // the event goes out now, not after the rest
        }
      }
      // The job's needs are the PDFs' paths here; the fingerprint is this quick one's own, never the executor's.
      if (seen.get(job.id) === job.fingerprint) continue;
      const fingerprint = hash('quick', job.fingerprint, job.needs.map((p) => [p, shaOf(p)]));
      seen.set(job.id, job.fingerprint);
      const files = await job.make({ files: new Map(job.needs.map((p) => [p, bytesOf(p)])) });
      for (const f of files) {
        cache.write(f.path, fingerprint, f.bytes, { job: job.id, group: job.group, family: job.family });
        written.push(f.path);
      }
    }
    // Saved with the executor's round that follows; until then this process keeps the record.
    cache.keep();
    return written;
  } finally {
    release();
  }
}
