import type { Project } from '../model/load.js';
import type { Theme } from '../model/types.js';
import { bundleJobs } from '../outputs/kinds/bundel/job.js';
import { toolkitContent } from '../outputs/content.js';
import type { PlanContext } from '../outputs/context.js';
import { bundleName } from '../outputs/files.js';
import { guideJob } from '../outputs/kinds/gebruiksaanwijzer/job.js';
import { overviewJob } from '../outputs/kinds/overzicht/job.js';
import { brokenJob, packageJob } from '../outputs/package.js';
import { BUNDLE_KINDS, OUTPUT_KINDS, PACKAGE_FAMILIES, type OutputKind } from '../outputs/kinds/index.js';
import { stampsJob } from '../outputs/stamps.js';
import { sourceDate } from './date.js';
import { codeFingerprint, hash } from '../run/fingerprint.js';
import type { Job } from '../run/job.js';
import { selectPackages, type Selection } from './selection.js';

export interface PlanOptions extends Selection {
  only?: OutputKind[];
  /** Also the guide and the overview for a selection: mail sends them with a theme. */
  documents?: boolean;
  /** The date stamped into every PDF; by default the one `sourceDate` gives. */
  date?: Date;
}

/**
 * The jobs that make a selection, in an order the executor can run them in
 * (a job comes after the jobs it needs): for each selected package its
 * families' jobs, then (for whole themes) their bundles, and (for everything
 * or with `documents`) the guide and the overview. Nothing is read, rendered
 * or written here; a selection that names nothing that exists is a usage error.
 */
export function plan(project: Project, opts: PlanOptions = {}): Job[] {
  const { packages, broken } = selectPackages(project, opts);
  const date = opts.date ?? sourceDate(project);
  const pc: PlanContext = { project, date, base: hash(codeFingerprint(), date.toISOString(), toolkitContent(project.toolkit)), glyphsOf: new Map() };
  const kinds = opts.only?.length ? opts.only : [...OUTPUT_KINDS];
  // Whole themes get a bundle; --all or no selection adds the guide and the overview.
  const everything = !opts.packages?.length && !opts.themes?.length;
  const themes = BUNDLE_KINDS.every((k) => kinds.includes(k)) ? themesWithPackages(project).filter((t) => everything || opts.themes?.includes(t.id)) : [];
  const documents = everything || Boolean(opts.documents);

  // The overview lists every package: then a package that did not load is told about, wherever it is.
  const failing = (documents ? project.broken : broken).map(brokenJob);
  const made = packages.flatMap((pkg) => kinds.map((k) => packageJob(PACKAGE_FAMILIES[k], pc, pkg)));
  const stamps = made.some((j) => j.needs.length) ? [stampsJob()] : [];
  const bundles = themes.flatMap((t) => bundleJobs(pc, t));
  const docs = documents ? [guideJob(pc), overviewJob(pc, [...made, ...failing].map((j) => j.id))] : [];
  return [...failing, ...stamps, ...made, ...bundles, ...docs];
}

/**
 * Every group the project has, planned or not: a file recorded for a group
 * not among them (a package removed or renamed, a theme gone) is removed.
 * A broken package's group is here: its old files stay, said to be outdated.
 */
export function knownGroups(project: Project): Set<string> {
  return new Set([...project.packages.map((p) => p.id), ...project.broken.map((b) => b.id), ...themesWithPackages(project).map(bundleName)]);
}

/** The themes a bundle is made for: those with a package, even one that did not load. A bundle of no package would be a contents page of nothing. */
function themesWithPackages(project: Project): Theme[] {
  return project.toolkit.themes.filter((t) => project.packages.some((p) => p.theme.id === t.id) || project.broken.some((b) => b.theme === t.id));
}
