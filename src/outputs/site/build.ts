import type { Project } from '../../model/load.js';
import { runFromData } from '../../run/fromData.js';
import { soonest } from '../../run/soonest.js';
import type { BuildEvent, BuildResult } from '../../run/run.js';
import { siteJobs, siteGroup } from './jobs.js';
import { SITE_DIR } from './layout.js';
import { publicPdfs } from './public.js';

export { SITE_DIR } from './layout.js';

export interface SiteBuildOptions {
  outDir: string;
  force?: boolean;
  filmPasswords?: boolean;
  onEvent?: (e: BuildEvent) => void;
  /** A round of `toolkit preview`: see BuildOptions.warm. */
  warm?: boolean;
  /** Groups to make first (see RunOptions.wanted). */
  wanted?: () => readonly string[];
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
  return runFromData(dataDir, ['site', Boolean(opts.filmPasswords)], opts, async (project) => {
    const { knownGroups, plan } = await import('../../plan/plan.js');
    const pdfs = plan(project, {});
    // Without --film-passwords the site's PDFs are made without them (public.ts); the printed ones keep them.
    const shown = publicPdfs(project, pdfs, opts.filmPasswords ? undefined : (p) => plan(p, {}));
    const site = siteJobs(project, shown.producer, { prefix: `${SITE_DIR}/`, filmPasswords: opts.filmPasswords, fileOf: shown.fileOf });
    // The site's run speaks for the PDFs it makes (the build family's) and for the site's own files.
    // A package that does not load keeps its page, as it keeps its PDFs; a theme's bundle is on the site while the theme has packages.
    const known = knownGroups(project);
    const owns = new Map([
      ['build', known],
      ['site', new Set([...known].map(siteGroup))],
    ] as const);
    return { jobs: soonest([...pdfs, ...shown.jobs, ...site]), owns };
  });
}
