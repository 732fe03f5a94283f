// The public API: what the CLI uses, usable from other programs.
export { loadProject, type Project, type BrokenPackage } from './model/load.js';
export { build, buildFromData, type BuildOptions, type BuildResult, type BuildEvent } from './build.js';
export { plan, knownGroups, type PlanOptions } from './plan/plan.js';
export type { Job, JobFile, JobInput } from './run/job.js';
export { runPlan, execute, type RunOptions } from './run/run.js';
export { check } from './check.js';
export { listPackages } from './list.js';
export { ToolkitError, formatProblem, isWarning, type Problem, type Loc } from './errors.js';
export type * from './model/types.js';
export { run } from './cli/run.js';
