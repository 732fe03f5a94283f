/**
 * A session: the plan of its packages' jobs and the session's own, run by the
 * one executor (cache, byte checks, failures). An unchanged session is
 * answered from the cache without reading any YAML or loading a renderer.
 */
import { join } from 'node:path';
import { ToolkitError } from '../../errors.js';
import type { Project } from '../../model/load.js';
import { sourceDate } from '../../plan/date.js';
import { hash, sourcesFingerprint } from '../../plan/fingerprint.js';
import { selectPackages } from '../../plan/selection.js';
import { Cache } from '../../run/cache.js';
import { cachedProject } from '../../run/cachedProject.js';
import type { BuildEvent, BuildResult, Failed } from '../../run/run.js';
import type { Printer, SessionRequest } from './plan.js';

export interface SessionOptions {
  packages: number[];
  participants: number;
  groups?: number;
  printer: Printer;
  /** YYYY-MM-DD; without it, the toolkit's source date (SOURCE_DATE_EPOCH or toolkit.yaml). */
  date?: string;
  title?: string;
  outDir: string;
  dataDir: string;
  onEvent?: (e: BuildEvent) => void;
}

export interface SessionResult {
  /** The session folder, absolute. */
  dir: string;
  /** The print job files in print order, absolute, with their size. */
  files: { path: string; bytes: number }[];
  written: string[];
  failed: Failed[];
}

export const defaultGroups = (participants: number) => Math.ceil(participants / 4);

export async function runSession(opts: SessionOptions): Promise<SessionResult> {
  const key = hash('session', opts.dataDir, opts.packages, opts.participants, opts.groups, opts.printer, opts.date ?? '', opts.title ?? '');
  const sources = sourcesFingerprint(opts.dataDir);
  const same = new Cache(opts.outDir).sameRun(key, sources);
  if (same) {
    const cache = new Cache(opts.outDir);
    const files = same.filter((p) => p.endsWith('.pdf') && !p.startsWith('.'));
    const dir = join(opts.outDir, files[0]!.slice(0, files[0]!.lastIndexOf('/')));
    return { dir, files: files.map((p) => ({ path: join(opts.outDir, p), bytes: cache.sizeOf(p) })), written: [], failed: [] };
  }

  // Loaded only now: an unchanged session needs none of it.
  const [{ plan }, { execute, withOutput }, { defaultTitle, sessionJobs }] = await Promise.all([import('../../plan/plan.js'), import('../../run/run.js'), import('./jobs.js')]);
  const project = await cachedProject(new Cache(opts.outDir), opts.dataDir, sources);
  const req = request(project, opts, defaultTitle);
  if (opts.title) {
    // A sign the font lacks would print as an empty box on the print sheet.
    const { checkGlyphs } = await (await import('../loadRenderer.js')).loadRenderer();
    const glyphs = await checkGlyphs([{ text: req.title, at: { file: '--title', line: 0, col: 0 } }]);
    if (glyphs.length) throw new ToolkitError('usage', glyphs.map(({ at: _, ...p }) => ({ ...p, message: `in de titel (--title): ${p.message}` })));
  }

  const packageJobs = plan(project, { packages: opts.packages });
  const jobOf = (path: string) => {
    const job = packageJobs.find((j) => j.outputs.includes(path));
    if (!job) throw new Error(`session: no job in the plan makes ${path}`);
    return job.id;
  };
  const ctx = {
    toolkit: project.toolkit,
    date: sourceDate(project),
    stamps: () => Promise.reject(new Error('session jobs print no sheet stamps')),
  };
  const { dir, jobs, files } = sessionJobs(req, ctx, jobOf);

  return withOutput(opts, async () => {
    const cache = new Cache(opts.outDir);
    // No family's groups: a session speaks for no group of the project. Its own group is planned whole:
    // a file it no longer makes (an A3 job after --printer a4) goes, by the executor's one stale rule.
    const now = jobs.flatMap((j) => j.outputs);
    const remember = (r: BuildResult) => {
      if (!r.failed.length && !r.skipped.length) cache.rememberRun(key, sources, now);
    };
    const result = await execute([...packageJobs, ...jobs], { outDir: opts.outDir, onEvent: opts.onEvent, whole: new Set([dir]), beforeSave: remember }, cache);
    const failed = [...result.failed, ...result.skipped.map((s) => ({ id: s.path, file: s.path, problems: [{ code: 'skipped', message: s.reason }] }))];
    if (failed.length) return { dir: '', files: [], written: [], failed };
    return {
      dir: join(opts.outDir, dir),
      files: files.map((p) => ({ path: join(opts.outDir, p), bytes: cache.sizeOf(p) })),
      written: result.written.map((w) => w.path),
      failed: [],
    };
  });
}

/** The request, checked against the toolkit: packages that exist, in the order given. */
function request(project: Project, opts: SessionOptions, defaultTitle: (r: Pick<SessionRequest, 'packages'>) => string): SessionRequest {
  selectPackages(project, { packages: opts.packages }); // a number that does not exist: a usage error naming the ones that do
  const broken = project.broken.filter((b) => b.number !== undefined && opts.packages.includes(b.number));
  if (broken.length) throw new ToolkitError('content', broken.flatMap((b) => b.problems));
  const packages = opts.packages.map((n) => project.packages.find((p) => p.number === n)!);
  const date = opts.date ?? sourceDate(project).toISOString().slice(0, 10);
  const base = { packages, participants: opts.participants, groups: opts.groups ?? defaultGroups(opts.participants), printer: opts.printer, date, dateGiven: Boolean(opts.date) };
  return { ...base, title: opts.title?.replace(/\s+/g, ' ').trim() || defaultTitle(base) };
}
