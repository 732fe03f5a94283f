/**
 * Runs a session's jobs until the engine's one executor does: builds the
 * packages first (their cache as usual), then each session job whose
 * fingerprint and received bytes changed, writing atomically. An unchanged
 * session is answered from the cache without reading any YAML.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildEvent, Failed } from '../../build/build.js';
import { Cache } from '../../build/cache.js';
import { sourceDate } from '../../build/date.js';
import { codeFingerprint, hash, sourcesFingerprint } from '../../build/fingerprint.js';
import { ToolkitError } from '../../errors.js';
import type { Project } from '../../model/load.js';
import { selectPackages } from '../../build/select.js';
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
  const cache = new Cache(opts.outDir);
  const key = hash('session', opts.dataDir, opts.packages, opts.participants, opts.groups, opts.printer, opts.date ?? '', opts.title ?? '');
  const sources = sourcesFingerprint(opts.dataDir);
  const same = cache.sameRun(key, sources);
  if (same) {
    const files = same.filter((p) => p.endsWith('.pdf') && !p.startsWith('.'));
    const dir = join(opts.outDir, files[0]!.slice(0, files[0]!.lastIndexOf('/')));
    return { dir, files: files.map((p) => ({ path: join(opts.outDir, p), bytes: cache.sizeOf(p) })), written: [], failed: [] };
  }

  // Loaded only now: an unchanged session needs none of it.
  const [{ build }, { lockOutput }, { cachedStamps }, { defaultTitle, sessionJobs }] = await Promise.all([
    import('../../build/build.js'),
    import('../../build/lock.js'),
    import('../../build/stamps.js'),
    import('./jobs.js'),
  ]);
  const project = await loadCached(cache, opts.dataDir, sources);
  const req = request(project, opts, defaultTitle);
  if (opts.title) {
    // A sign the font lacks would print as an empty box on the print sheet.
    const { checkGlyphs } = await (await import('../../build/loadRenderer.js')).loadRenderer();
    const glyphs = await checkGlyphs([{ text: req.title, at: { file: '--title', line: 0, col: 0 } }]);
    if (glyphs.length) throw new ToolkitError('usage', glyphs.map(({ at: _, ...p }) => ({ ...p, message: `in de titel (--title): ${p.message}` })));
  }
  const built = await build(project, { packages: opts.packages, outDir: opts.outDir, onEvent: opts.onEvent });
  if (built.failed.length) return { dir: '', files: [], written: [], failed: built.failed };

  const release = await lockOutput(opts.outDir);
  try {
    const fresh = new Cache(opts.outDir);
    const ctx = { toolkit: project.toolkit, date: sourceDate(project), stamps: cachedStamps(opts.outDir, fresh, hash(codeFingerprint(), 'stamps')) };
    // Until the engine: a package file's job is named for the file.
    const { dir, jobs, files } = sessionJobs(req, ctx, (path) => `file:${path}`);
    const made = new Map<string, Uint8Array>();
    const read = (path: string) => made.get(path) ?? new Uint8Array(readFileSync(join(opts.outDir, path)));
    const written: string[] = [];
    for (const [i, job] of jobs.entries()) {
      const inputs = [...new Set(jobs.filter((j) => job.needs.includes(j.id)).flatMap((j) => j.outputs))];
      const sourcePaths = job.needs.filter((n) => n.startsWith('file:')).map((n) => n.slice(5));
      const received = new Map([...sourcePaths, ...inputs].map((p) => [p, read(p)]));
      const fingerprint = hash(job.fingerprint, [...received].map(([p, b]) => [p, hash(b)]));
      if (job.outputs.every((o) => fresh.fresh(o, fingerprint))) continue;
      opts.onEvent?.({ type: 'step', id: job.outputs.find((o) => o.endsWith('.pdf') && !o.startsWith('.'))?.slice(dir.length + 1) ?? 'printplan', what: job.what, index: i + 1, total: jobs.length });
      for (const f of await job.make({ files: received })) {
        fresh.write(f.path, fingerprint, f.bytes);
        made.set(f.path, f.bytes);
        written.push(join(opts.outDir, f.path));
      }
    }
    // A job this session no longer has (an A3 job after --printer a4) goes: only files the cache wrote.
    const now = new Set(jobs.flatMap((j) => j.outputs));
    for (const p of fresh.recorded())
      if ((p.startsWith(`${dir}/`) || p.startsWith(`.toolkit-cache/${dir}/`)) && !now.has(p)) {
        try {
          unlinkSync(join(opts.outDir, p));
        } catch {
          // already gone
        }
        fresh.forget(p);
      }
    fresh.rememberRun(key, sources, [...now]);
    fresh.save();
    return { dir: join(opts.outDir, dir), files: files.map((p) => ({ path: join(opts.outDir, p), bytes: fresh.sizeOf(p) })), written, failed: [] };
  } finally {
    release();
  }
}

/** The project as the last run with these sources left it in the cache (as buildFromData does), else loaded. */
async function loadCached(cache: Cache, dataDir: string, sources: string): Promise<Project> {
  const key = hash(sources, dataDir, process.cwd());
  const kept = cache.project(key);
  if (kept) return kept;
  const { loadProject } = await import('../../model/load.js');
  const memo = cache.sources(codeFingerprint());
  const project = loadProject(dataDir, process.cwd(), memo);
  cache.saveSources(codeFingerprint(), memo);
  cache.saveProject(key, project);
  return project;
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
