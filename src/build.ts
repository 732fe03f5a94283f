import type { Project } from './model/load.js';
import type { PlanOptions } from './plan/plan.js';
import { Cache } from './run/cache.js';
import { runFromData } from './run/fromData.js';
import { execute, withOutput, type BuildEvent, type BuildResult } from './run/run.js';

export type { BuildEvent, BuildResult, Failed, Written } from './run/run.js';

export interface BuildOptions extends Omit<PlanOptions, 'date'> {
  outDir: string;
  /** Render everything, whatever the cache says. */
  force?: boolean;
  /** Compare every kept file's bytes with its recorded hash, not only its size and time: damage that kept both is rebuilt. */
  verify?: boolean;
  /** Called as work goes on; the CLI turns it into progress output. */
  onEvent?: (e: BuildEvent) => void;
  /**
   * This process builds again after each save (build --watch, preview): keep
   * the project, the parsed files and the cache's record in memory for the
   * next round, each checked against the files before it is used.
   */
  warm?: boolean;
}

/**
 * Builds the selected packages' outputs, then (for whole themes) their
 * bundles, and (for everything) the guide and the overview: `plan`, then
 * `execute`. Outputs whose fingerprint did not change are left alone. A
 * package that fails is reported and the others go on; nothing is thrown for
 * a user's mistake except a bad selection.
 */
export async function build(project: Project, opts: BuildOptions): Promise<BuildResult> {
  return withOutput(opts, async () => execute(...(await buildPlan(project, opts)), new Cache(opts.outDir, opts.force)));
}

/**
 * The same from the data folder, by the engine's one run (src/run/fromData.ts):
 * a build where nothing changed reads no YAML and loads no renderer.
 */
export async function buildFromData(dataDir: string, opts: BuildOptions): Promise<BuildResult> {
  const key = ['build', opts.packages ?? [], opts.themes ?? [], opts.only ?? []];
  return (await runFromData(dataDir, key, opts, async (project) => {
    const [jobs, { owns }] = await buildPlan(project, opts);
    return { jobs, owns };
  })).result;
}

// Imported here, not above: a build where nothing changed plans nothing and need not load the families.
async function buildPlan(project: Project, opts: BuildOptions) {
  const { knownGroups, plan } = await import('./plan/plan.js');
  return [plan(project, opts), { ...opts, owns: new Map([['build', knownGroups(project)]] as const) }] as const;
}
