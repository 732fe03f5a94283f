import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { problemsOf, type Problem } from '../errors.js';
import { hash } from './fingerprint.js';
import type { Family, Job, JobFile, OutputFacts } from './job.js';
import { Cache } from './cache.js';
import { alive, lockOutput } from './lock.js';
import { outdatedFiles, removeStale } from './stale.js';
import { staleCompiledCode } from './staleCode.js';
import { removeLeftovers } from './write.js';
import { stopPoint } from './interrupt.js';
import { Lane } from './lane.js';

export type BuildEvent =
  | { type: 'start'; total: number }
  | { type: 'step'; id: string; what: string; index: number; total: number }
  | { type: 'written'; path: string; bytes: number; ms: number }
  | { type: 'failed'; id: string; problems: Problem[] }
  | { type: 'skipped'; path: string; reason: string }
  /** Another run is writing into the same output folder; this one waits for it. */
  | { type: 'waiting'; pid: number }
  /** The compiled code in dist/ is older than this source file in src/ or templates/. */
  | { type: 'stale-code'; file: string }
  /** Something the user should know about the output folder (a cache that was not trusted), in Dutch. */
  | { type: 'note'; message: string }
  /** A job made its files, but with something worth fixing (cards shrunk to fit): a problem of severity 'warning'. */
  | { type: 'warning'; id: string; problem: Problem };

export interface Written {
  path: string;
  bytes: number;
  ms: number;
  /** What the file is (kind, package, werkplaat), as the job that planned it said. */
  facts?: OutputFacts;
}

export interface Failed {
  id: string;
  file: string;
  problems: Problem[];
}

export interface BuildResult {
  written: Written[];
  /** Outputs that were already up to date and were left as they are. */
  unchanged: Written[];
  failed: Failed[];
  /** Bundles and documents not written because a package they hold failed. */
  skipped: { path: string; reason: string }[];
  /** Files of a failed output kept from an earlier build: there, but not up to date. */
  outdated?: { path: string; facts?: OutputFacts }[];
  /** Files of outputs that no longer exist (a removed werkplaat, a package gone), removed now. */
  removed?: string[];
  /** What the jobs made this time warned about (severity 'warning'), by whom; an output left as it was warns nothing. */
  warnings?: { id: string; problem: Problem }[];
}

export interface RunOptions {
  outDir: string;
  /** Make everything, whatever the cache says. */
  force?: boolean;
  /** Compare every kept output's bytes with its recorded hash, even where size and time agree. */
  verify?: boolean;
  /** Called as work goes on; the CLI turns it into progress output. */
  onEvent?: (e: BuildEvent) => void;
  /**
   * Per command family this run speaks for, every group that family has in
   * the project, planned or not: a recorded file of that family in any other
   * group is of something gone, and removed. Files of a family not named here
   * are never removed for their group (a build does not know the site's).
   */
  owns?: ReadonlyMap<Family, ReadonlySet<string>>;
  /**
   * Groups planned whole in this run (a session): a recorded file of such a
   * group that no job of this plan makes any more is removed.
   */
  whole?: ReadonlySet<string>;
  /** A warm process's round (build --watch, preview): the cache is saved after a group only when the last save is a second old. */
  warm?: boolean;
  /**
   * Groups (or, for a job without a group, job ids) to make first, most wanted first, asked again before each group:
   * the preview makes the package whose page is being looked at before the
   * rest (with what that package needs). Unset: the plan's order.
   */
  wanted?: () => readonly string[];
  /** Called with the result just before the run's last save of the cache: what the caller records there goes with it. */
  beforeSave?: (result: BuildResult) => void;
}

/** Runs a plan in its output folder: takes the lock, clears leftovers, then `execute`. */
export function runPlan(jobs: Job[], opts: RunOptions): Promise<BuildResult> {
  return withOutput(opts, () => execute(jobs, opts, new Cache(opts.outDir, opts.force)));
}

/** Runs `work` holding the output folder's lock, after clearing what interrupted runs left there. */
export async function withOutput<T>(opts: Pick<RunOptions, 'outDir' | 'onEvent'>, work: () => Promise<T>): Promise<T> {
  const emit = opts.onEvent ?? (() => {});
  const stale = staleCompiledCode();
  if (stale) emit({ type: 'stale-code', file: stale.file });
  const release = await lockOutput(opts.outDir, (pid) => emit({ type: 'waiting', pid }));
  try {
    removeLeftovers(opts.outDir, alive);
    return await work();
  } finally {
    release();
  }
}

/**
 * Runs the jobs of a plan, in its order, with the folder's lock held. A job
 * whose files are those recorded for its fingerprint (its own, with those of
 * the jobs it needs) is left alone. A group's stale jobs are all made before
 * any is written, so a package never ends up with a mix of new and stale
 * files. A job that fails fails its group; what needs it is skipped, saying
 * why. A job gets the files of the jobs it needs as bytes: made in this run,
 * or read from disk and checked against the hash recorded when written.
 */
export async function execute(jobs: Job[], opts: RunOptions, cache: Cache): Promise<BuildResult> {
  const emit = opts.onEvent ?? (() => {});
  for (const message of cache.notes.splice(0)) emit({ type: 'note', message });
  const result: BuildResult = { written: [], unchanged: [], failed: [], skipped: [], warnings: [] };
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const fingerprint = new Map<string, string>();
  for (const j of jobs) {
    const missing = j.needs.find((n) => !fingerprint.has(n));
    if (missing) throw new Error(`plan: ${j.id} needs ${missing}, which is not planned before it`);
    fingerprint.set(j.id, j.needs.length ? hash(j.fingerprint, ...j.needs.map((n) => fingerprint.get(n)!)) : j.fingerprint);
  }
  const fp = (j: Job) => fingerprint.get(j.id)!;

  // Dependents first: a job that will run has the files it reads checked byte for byte, not just by size and time.
  const stale = new Set<string>();
  const verify = new Set<string>();
  for (const j of [...jobs].reverse()) {
    if (j.problems || (j.intermediate && !verify.has(j.id))) continue;
    if (!j.outputs.every((p) => cache.fresh(p, fp(j), opts.verify || verify.has(j.id)))) {
      stale.add(j.id);
      j.needs.forEach((n) => verify.add(n));
    }
  }

  const units = unitsOf(jobs);
  const failed = new Set<string>();
  const failedUnits: Job[][] = [];
  const fail = (unit: Job[], by: Job, problems: Problem[]) => {
    const f = { id: by.owner, file: by.source ?? by.owner, problems };
    result.failed.push(f);
    emit({ type: 'failed', id: f.id, problems });
    unit.forEach((j) => failed.add(j.id));
    failedUnits.push(unit);
  };
  for (const unit of units) if (unit.every((j) => j.problems)) fail(unit, unit[0]!, unit.flatMap((j) => j.problems!));
  const counted = (unit: Job[]) => unit.some((j) => !j.intermediate && !j.problems);
  const total = units.filter(counted).length;
  emit({ type: 'start', total });

  const made = new Map<string, JobFile[]>();
  const done = new Map<string, readonly string[]>();
  const rel = (p: string) => join(opts.outDir, p);
  let index = 0;
  let begun = 0; // groups started: the earlier, the sooner its jobs get a place (Lane)
  let savedAt = performance.now();
  const left = [...units];
  // A group that draws (Job.offThread) goes on beside the next ones, as far as their jobs allow
  // (makeAll): its pages are drawn on threads while this thread makes the next group's PDFs.
  const inFlight = new Map<Job[], Promise<void>>();
  const unitOf = groupOf(units);
  const slots = availableParallelism();
  const lanes: Lanes = { drawing: new Lane(slots), main: new Lane(1) };
  const makeUnit = async (unit: Job[], step: number, rank: number) => {
    for (const j of unit) if (!stale.has(j.id) && !j.intermediate) j.outputs.forEach((p) => result.unchanged.push({ path: rel(p), bytes: cache.sizeOf(p), ms: 0, ...factsOf(j, p) }));
    const todo = unit.filter((j) => stale.has(j.id));
    const timed: { job: Job; files: JobFile[]; ms: number }[] = [];
    // The group's last job to make may write a file as soon as it is final: every other job of
    // the group is made by then. Should the job still fail, the files written early are put back.
    const early = new Set<JobFile>();
    const undo: (() => void)[] = [];
    const makeOne = async (job: Job) => {
      const writeEarly = (f: JobFile) => {
        if (!job.outputs.includes(f.path) || early.has(f)) return;
        undo.push(cache.undoWrite(f.path));
        cache.write(f.path, fp(job), f.bytes, { job: job.id, group: job.group, family: job.family, facts: job.facts?.[f.path] });
        early.add(f);
      };
      if (!job.intermediate) emit({ type: 'step', id: job.owner, what: job.what, index: step, total });
      const warn = (problem: Problem) => {
        result.warnings!.push({ id: job.owner, problem });
        emit({ type: 'warning', id: job.owner, problem });
      };
      const input = { files: inputOf(job, byId, made, cache, fp), warn, ...(job === todo.at(-1) && { ready: writeEarly }) };
      const t0 = performance.now();
      const files = await job.make(input);
      const ms = (performance.now() - t0) / Math.max(1, files.length);
      const paths = files.map((f) => f.path);
      if (paths.length !== job.outputs.length || paths.some((p) => !job.outputs.includes(p))) throw new Error(`${job.id} made ${paths.join(', ')} where it planned ${job.outputs.join(', ')}`);
      made.set(job.id, files);
      return { job, files, ms };
    };
    const failure = await makeAll(todo, makeOne, timed, lanes, rank);
    if (failure) {
      undo.reverse().forEach((u) => u());
      unit.forEach((j) => made.delete(j.id));
      fail(unit, failure.job, problemsOf(failure.error));
      return;
    }
    for (const { job, files, ms } of timed)
      for (const f of files) {
        if (!early.has(f)) cache.write(f.path, fp(job), f.bytes, { job: job.id, group: job.group, family: job.family, facts: job.facts?.[f.path] });
        if (job.intermediate) continue;
        const w = { path: rel(f.path), bytes: f.bytes.length, ms: Math.round(ms), ...factsOf(job, f.path) };
        result.written.push(w);
        emit({ type: 'written', ...w });
      }
    for (const j of unit) done.set(j.id, j.outputs);
    // After each group: an interrupted build keeps what it finished. A warm round is short and saves at its end.
    if (todo.length && (!opts.warm || performance.now() - savedAt > 1000)) {
      cache.save();
      savedAt = performance.now();
    }
  };
  try {
    while (left.length) {
      const unit = left.splice(nextUnit(left, opts.wanted?.() ?? []), 1)[0]!;
      if (unit.every((j) => j.problems)) continue;
      // A warm process serves pages while it builds (preview): let it answer between groups.
      if (opts.warm && unit.some((j) => stale.has(j.id))) await new Promise((r) => setImmediate(r));
      const inUnit = new Set(unit.map((j) => j.id));
      const outside = [...new Set(unit.flatMap(waitsFor).filter((n) => !inUnit.has(n)))];
      // What it needs of another group is made (or has failed) before it starts.
      await Promise.all(outside.map((n) => inFlight.get(unitOf.get(n)!)));
      while (inFlight.size > slots) await Promise.race(inFlight.values());
      const step = counted(unit) ? ++index : index;
      const blockers = [...new Set(outside.filter((n) => failed.has(n)).map((n) => byId.get(n)!.owner))];
      if (blockers.length) {
        const reason = `want ${blockers.join(', ')} ${blockers.length === 1 ? 'is' : 'zijn'} mislukt`;
        for (const j of unit) {
          failed.add(j.id);
          if (!j.intermediate)
            for (const path of j.outputs) {
              result.skipped.push({ path, reason });
              emit({ type: 'skipped', path, reason });
            }
        }
        continue;
      }
      const making = makeUnit(unit, step, begun++);
      inFlight.set(unit, making);
      // Done, it leaves the list; stopped (Ctrl-C), it stays, and the wait below throws.
      making.then(() => inFlight.delete(unit), () => {});
      // A group that draws nothing is made before the next begins, as it always was.
      if (!unit.some((j) => j.offThread && stale.has(j.id))) await making;
    }
    await Promise.all(inFlight.values());
  } catch (e) {
    await Promise.allSettled(inFlight.values());
    throw e;
  }

  // A family's groups planned now are its groups too, whatever the caller listed.
  const owns = new Map([...(opts.owns ?? [])].map(([family, groups]) => [family, new Set([...groups, ...jobs.flatMap((j) => (j.family === family && j.group !== undefined ? [j.group] : []))])]));
  const whole = opts.whole && { groups: opts.whole, outputs: new Set(jobs.flatMap((j) => j.outputs)) };
  result.removed = removeStale(opts.outDir, cache, { done, owns, whole }).map(rel);
  // A failed group keeps its old files, and what is made of them: say they are out of date.
  const outdated = new Set<string>();
  for (const unit of failedUnits) {
    const j = unit[0]!;
    if (j.group !== undefined) outdatedFiles(opts.outDir, cache, j.group).forEach((p) => outdated.add(p));
    for (const u of unit) if (!u.intermediate) u.outputs.filter((p) => existsSync(rel(p))).forEach((p) => outdated.add(p));
  }
  for (const s of result.skipped) if (existsSync(rel(s.path))) outdated.add(s.path);
  result.outdated = [...outdated].map((p) => ({ path: rel(p), ...(cache.madeBy(p)?.facts && { facts: cache.madeBy(p)!.facts }) }));
  opts.beforeSave?.(result);
  cache.save();
  return result;
}

/** What the groups under way share: a place on a drawing thread, or in this one. */
interface Lanes {
  /** Jobs that draw (Job.offThread): one per core. */
  drawing: Lane;
  /** Every other job: one at a time, as a render in this thread is not made to share it. */
  main: Lane;
}

/**
 * Makes a group's jobs, each once what it needs of the group is made: jobs that draw run side
 * by side, beside one job in this thread. The last job waits for the rest (it may write early:
 * all else of its group is made by then). Ctrl-C stops before the next job. The first failure,
 * in plan order, fails the group; no later job of it starts after that.
 */
async function makeAll<T>(todo: Job[], makeOne: (job: Job) => Promise<T>, results: T[], lanes: Lanes, rank: number): Promise<{ job: Job; error: unknown } | undefined> {
  const outcome: ({ value: T } | { error: unknown })[] = [];
  const ended = new Map<string, Promise<void>>();
  let failedAt = Infinity;
  let stopped: { error: unknown } | undefined;
  for (const [i, job] of todo.entries()) {
    const before = i === todo.length - 1 ? [...ended.values()] : job.needs.map((n) => ended.get(n));
    const run = async () => {
      await Promise.all(before);
      const release = await (job.offThread ? lanes.drawing : lanes.main).take([rank, i]);
      try {
        if (failedAt < i || stopped) return;
        try {
          await stopPoint();
        } catch (error) {
          stopped = { error };
          return;
        }
        outcome[i] = { value: await makeOne(job) };
      } catch (error) {
        outcome[i] = { error };
        failedAt = Math.min(failedAt, i);
      } finally {
        release();
      }
    };
    ended.set(job.id, run());
  }
  await Promise.all(ended.values());
  if (stopped) throw stopped.error;
  for (const [i, o] of outcome.entries()) {
    if (!o) continue;
    if ('error' in o) return { job: todo[i]!, error: o.error };
    results.push(o.value);
  }
  return undefined;
}

const factsOf = (job: Job, path: string) => (job.facts?.[path] ? { facts: job.facts[path] } : {});

/**
 * Which of the groups left to make comes next: the first, unless a wanted
 * group (or job) is among them; then the first (in plan order) of that group and what
 * it needs, however indirectly. Plan order puts what a job needs before it,
 * so the first of those has all it needs made already.
 */
function nextUnit(left: Job[][], wanted: readonly string[]): number {
  for (const group of wanted) {
    const named = (u: Job[]) => u[0]!.group === group || u.some((j) => j.id === group);
    if (!left.some(named)) continue;
    const unitOf = groupOf(left);
    const closure = new Set<string>();
    // A group is made whole: all its jobs, and all they need, come along with one of them.
    const add = (id: string) => {
      if (closure.has(id) || !unitOf.has(id)) return; // made already (or not in the plan)
      for (const j of unitOf.get(id)!) {
        closure.add(j.id);
        waitsFor(j).forEach(add);
      }
    };
    left.filter(named).forEach((u) => add(u[0]!.id));
    const i = left.findIndex((u) => closure.has(u[0]!.id));
    if (i >= 0) return i;
  }
  return 0;
}

/** What a job waits for: the jobs it needs, and those whose failure fails it too. */
export const waitsFor = (j: Job): string[] => [...j.needs, ...(j.failsWith ?? [])];

/** Each job's group (of unitsOf), by the job's id. */
export const groupOf = (units: Job[][]): Map<string, Job[]> => new Map(units.flatMap((u) => u.map((j) => [j.id, u] as const)));

/** The jobs in groups, in the order each group first appears; a job without a group is a unit of its own. */
export function unitsOf(jobs: Job[]): Job[][] {
  const units = new Map<string, Job[]>();
  for (const j of jobs) {
    const key = j.group === undefined ? `\0${j.id}` : j.group;
    const unit = units.get(key);
    if (unit) unit.push(j);
    else units.set(key, [j]);
  }
  return [...units.values()];
}

/** The files of the jobs `job` needs, by path: made in this run, or the recorded ones read back and checked. */
function inputOf(job: Job, byId: Map<string, Job>, made: Map<string, JobFile[]>, cache: Cache, fp: (j: Job) => string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const id of job.needs) {
    const need = byId.get(id)!;
    const fresh = made.get(id);
    if (fresh) for (const f of fresh) files.set(f.path, f.bytes);
    else
      for (const path of need.outputs) {
        const bytes = cache.read(path, fp(need));
        if (!bytes) throw new Error(`${path}, which ${job.id} is made from, changed on disk during the build`);
        files.set(path, bytes);
      }
  }
  return files;
}
