/**
 * A session: the plan of its packages' jobs and the session's own, run by the
 * one executor (cache, byte checks, failures). An unchanged session is
 * answered from the cache without reading any YAML or loading a renderer.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ToolkitError, problem } from '../../errors.js';
import type { Project } from '../../model/load.js';
import { sourceDate } from '../../plan/date.js';
import { selectPackages } from '../../plan/selection.js';
import { runFromData } from '../../run/fromData.js';
import type { BuildEvent, Failed } from '../../run/run.js';
import { SESSION_FACTS, type SessionFacts } from './facts.js';
import { today, type CardChoice, type Printer, type SessionRequest } from './plan.js';

export interface SessionOptions {
  packages: number[];
  participants: number;
  groups?: number;
  printer: Printer;
  /** YYYY-MM-DD; without it, today (the folder's name; the print sheet then shows no date). */
  date?: string;
  /** Which cards to print (default all), and how many sets per group (default 1). */
  cards?: CardChoice;
  sets?: number;
  /** Also each werkplaat as a PNG for an online whiteboard, in the session folder. */
  online?: boolean;
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
  // Today, in the key too: an unchanged session of yesterday is not today's folder.
  const date = opts.date ?? today();
  const key = ['session', opts.packages, opts.participants, opts.groups, opts.printer, date, opts.title ?? '', opts.cards ?? 'alle', opts.sets ?? 1, Boolean(opts.online)];
  let planned: { dir: string; files: string[] } | undefined;
  const { result } = await runFromData(opts.dataDir, key, opts, async (project) => {
    // Loaded only now: an unchanged session needs none of it.
    const [{ plan }, { defaultTitle, sessionJobs }] = await Promise.all([import('../../plan/plan.js'), import('./jobs.js')]);
    const req = request(project, { ...opts, date }, Boolean(opts.date), defaultTitle);
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
    planned = { dir, files };
    // No family's groups: a session speaks for no group of the project. Its own group is planned whole:
    // a file it no longer makes (an A3 job after --printer a4) goes, by the executor's one stale rule.
    return { jobs: [...packageJobs, ...jobs], whole: new Set([dir]) };
  });
  const failed = [...result.failed, ...result.skipped.map((s) => ({ id: s.path, file: s.path, problems: [problem('skipped', { reason: s.reason })] }))];
  if (failed.length) return { dir: '', files: [], written: [], failed };
  const all = [...result.written, ...result.unchanged];
  // Unchanged, the session was not planned: its facts file, among the files, names its print jobs in order.
  const { dir, files } = planned ?? factsOf(opts.outDir, all.map((w) => relative(opts.outDir, w.path)));
  const bytes = new Map(all.map((w) => [relative(opts.outDir, w.path), w.bytes]));
  return {
    dir: join(opts.outDir, dir),
    files: files.map((p) => ({ path: join(opts.outDir, p), bytes: bytes.get(p) ?? 0 })),
    written: result.written.map((w) => w.path),
    failed: [],
  };
}

function factsOf(outDir: string, paths: string[]): { dir: string; files: string[] } {
  const file = paths.find((p) => p.endsWith(`/${SESSION_FACTS}`));
  if (!file) throw new Error(`session: no ${SESSION_FACTS} among the files of the run`);
  const dir = file.slice(0, -SESSION_FACTS.length - 1);
  const facts = JSON.parse(readFileSync(join(outDir, file), 'utf8')) as SessionFacts;
  return { dir, files: facts.files.map((f) => `${dir}/${f.file}`) };
}

/** The request, checked against the toolkit: packages that exist, in the order given. */
function request(project: Project, opts: SessionOptions & { date: string }, dateGiven: boolean, defaultTitle: (r: Pick<SessionRequest, 'packages'>) => string): SessionRequest {
  selectPackages(project, { packages: opts.packages }); // a number that does not exist: a usage error naming the ones that do
  const broken = project.broken.filter((b) => b.number !== undefined && opts.packages.includes(b.number));
  if (broken.length) throw new ToolkitError('content', broken.flatMap((b) => b.problems));
  const packages = opts.packages.map((n) => project.packages.find((p) => p.number === n)!);
  const base = {
    packages,
    participants: opts.participants,
    groups: opts.groups ?? defaultGroups(opts.participants),
    printer: opts.printer,
    date: opts.date,
    dateGiven,
    cards: opts.cards ?? 'alle',
    sets: opts.sets ?? 1,
    online: Boolean(opts.online),
  };
  return { ...base, title: opts.title?.replace(/\s+/g, ' ').trim() || defaultTitle(base) };
}
