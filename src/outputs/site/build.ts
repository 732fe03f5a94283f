import { join, relative } from 'node:path';
import type { Project } from '../../model/load.js';
import { hash, sourcesFingerprint } from '../../plan/fingerprint.js';
import { Cache } from '../../run/cache.js';
import { cachedProject } from '../../run/cachedProject.js';
import { execute, withOutput, type BuildEvent, type BuildResult } from '../../run/run.js';
import { siteJobs, siteGroup } from './jobs.js';
import { publicPdfs } from './public.js';

export const SITE_DIR = 'site';

export interface SiteBuildOptions {
  outDir: string;
  force?: boolean;
  filmPasswords?: boolean;
  onEvent?: (e: BuildEvent) => void;
  /** A round of `toolkit preview`: see BuildOptions.warm. */
  warm?: boolean;
}

export interface SiteBuild {
  result: BuildResult;
  /** The project the site was made from; undefined when nothing changed and it was not needed. */
  project?: Project;
}

/**
 * Every PDF and the site made from them, as one plan run by the one
 * executor: what did not change is left alone, and an unchanged toolkit is
 * a no-op that reads no YAML. The site goes into `site/` of the output folder.
 */
export function buildSite(dataDir: string, opts: SiteBuildOptions): Promise<SiteBuild> {
  return withOutput(opts, async () => {
    const cache = Cache.open(opts.outDir, opts);
    const key = hash('site', dataDir, Boolean(opts.filmPasswords));
    const sources = sourcesFingerprint(dataDir);
    const same = cache.sameRun(key, sources);
    if (same) {
      opts.onEvent?.({ type: 'start', total: 0 });
      return { result: { written: [], unchanged: same.map((p) => ({ path: join(opts.outDir, p), bytes: cache.sizeOf(p), ms: 0 })), failed: [], skipped: [] } };
    }
    const project = await cachedProject(cache, dataDir, sources, opts);
    const { knownGroups, plan } = await import('../../plan/plan.js');
    const pdfs = plan(project, {});
    // Without --film-passwords the site's PDFs are made without them (public.ts); the printed ones keep them.
    const shown = publicPdfs(project, pdfs, opts.filmPasswords ? undefined : (p) => plan(p, {}));
    const site = siteJobs(project, shown.producer, { prefix: `${SITE_DIR}/`, filmPasswords: opts.filmPasswords, fileOf: shown.fileOf });
    // A package that does not load keeps its page, as it keeps its PDFs; a theme's bundle is on the site while the theme has packages.
    const known = knownGroups(project);
    const groups = new Set([...known, ...[...known].map(siteGroup)]);
    const remember = (r: BuildResult) => {
      if (!r.failed.length && !r.skipped.length) cache.rememberRun(key, sources, [...r.written, ...r.unchanged].map((w) => relative(opts.outDir, w.path)));
    };
    const result = await execute([...pdfs, ...shown.jobs, ...site], { ...opts, groups, beforeSave: remember }, cache);
      return { result, project };
  });
}
