import { join, relative } from 'node:path';
import { problemsOf, ToolkitError, type Problem } from './errors.js';
import type { Project } from './model/load.js';
import type { Package, Theme } from './model/types.js';
import { Cache } from './run/cache.js';
import { sourceDate } from './plan/date.js';
import { codeFingerprint, hash, sourcesFingerprint } from './plan/fingerprint.js';
import { bundleName, contentOf, coverContentOf, coverPath, filesOf, GUIDE, OUTPUT_KINDS, OVERVIEW, toolkitPartForPackages, type Context, type OutputFile, type OutputKind } from './outputs/files.js';
import { selectPackages, type Selection } from './plan/select.js';
import { loadRenderer, type Renderer } from './outputs/loadRenderer.js';
import { cachedStamps } from './outputs/stamps.js';
import { existsSync } from 'node:fs';
import { alive, lockOutput } from './run/lock.js';
import { staleCompiledCode } from './run/staleCode.js';
import { outdatedFiles, removeStale } from './run/stale.js';
import { removeLeftovers } from './run/write.js';

export interface BuildOptions extends Selection {
  outDir: string;
  only?: OutputKind[];
  /** Render everything, whatever the cache says. */
  force?: boolean;
  /** Also the guide and the overview for a selection: mail sends them with a theme. */
  documents?: boolean;
  /** Called as work goes on; the CLI turns it into progress output. */
  onEvent?: (e: BuildEvent) => void;
}

export type BuildEvent =
  | { type: 'start'; total: number }
  | { type: 'step'; id: string; what: string; index: number; total: number }
  | { type: 'written'; path: string; bytes: number; ms: number }
  | { type: 'failed'; id: string; problems: Problem[] }
  | { type: 'skipped'; path: string; reason: string }
  /** Another run is writing into the same output folder; this one waits for it. */
  | { type: 'waiting'; pid: number }
  /** The compiled code in dist/ is older than this source file in src/ or templates/. */
  | { type: 'stale-code'; file: string };

export interface Written {
  path: string;
  bytes: number;
  ms: number;
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
  outdated?: string[];
  /** Files of outputs that no longer exist (a removed werkplaat, a package gone), removed now. */
  removed?: string[];
}

// The renderer is loaded on first use: an up-to-date build must not pay for it.
const makerOf: Record<OutputKind, (r: Renderer) => (ctx: Context, pkg: Package) => Promise<OutputFile[]>> = {
  draaiboek: (r) => r.makeDraaiboek,
  werkblad: (r) => r.makeWerkblad,
  werkplaten: (r) => r.makeWerkplaten,
  kaarten: (r) => r.makeKaarten,
};

/**
 * Builds the selected packages' outputs, then (for whole themes) their
 * bundles, and (for everything) the guide and the overview. Outputs whose
 * fingerprint did not change are left alone. A package that fails is
 * reported and the others go on; nothing is thrown for a user's mistake
 * except a bad selection.
 */
export async function build(project: Project, opts: BuildOptions): Promise<BuildResult> {
  return withOutput(opts, () => buildLocked(project, opts, new Cache(opts.outDir, opts.force)));
}

/** Runs `work` holding the output folder's lock, after clearing what interrupted runs left there. */
async function withOutput<T>(opts: BuildOptions, work: () => Promise<T>): Promise<T> {
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

async function buildLocked(project: Project, opts: BuildOptions, cache: Cache): Promise<BuildResult> {
  const { packages, broken } = selectPackages(project, opts);
  const date = sourceDate(project);
  const kinds = opts.only?.length ? opts.only : [...OUTPUT_KINDS];
  const emit = opts.onEvent ?? (() => {});
  const base = hash(codeFingerprint(), date.toISOString(), toolkitPartForPackages(project.toolkit));
  const ctx: Context = { toolkit: project.toolkit, date, stamps: cachedStamps(opts.outDir, cache, hash(codeFingerprint(), 'stamps')) };
  const result: BuildResult = { written: [], unchanged: [], failed: broken.map((b) => ({ id: b.id, file: b.file, problems: b.problems })), skipped: [] };
  for (const f of result.failed) emit({ type: 'failed', id: f.id, problems: f.problems });

  const save = (path: string, bytes: Uint8Array, fingerprint: string, ms: number) => {
    cache.write(path, fingerprint, bytes);
    const w = { path: join(opts.outDir, path), bytes: bytes.length, ms: Math.round(ms) };
    result.written.push(w);
    emit({ type: 'written', ...w });
  };
  const keep = (path: string) => result.unchanged.push({ path: join(opts.outDir, path), bytes: cache.sizeOf(path), ms: 0 });

  // Whole themes get a bundle; --all or no selection adds the guide and the overview.
  const everything = !opts.packages?.length && !opts.themes?.length;
  const themes = project.toolkit.themes.filter((t) => everything || opts.themes?.includes(t.id));
  const fullKinds = kinds.length === OUTPUT_KINDS.length;
  const documents = everything || Boolean(opts.documents);
  const total = packages.length + (fullKinds ? themes.length : 0) + (documents ? 2 : 0);
  emit({ type: 'start', total });

  const kindHash = (pkg: Package, kind: OutputKind) => hash(base, kind, contentOf(pkg, kind));
  const membersOf = (theme: Theme) => project.packages.filter((p) => p.theme.id === theme.id);
  const bundleHash = (theme: Theme) => hash(base, 'bundle', theme, membersOf(theme).map((p) => OUTPUT_KINDS.map((k) => kindHash(p, k))));
  // A bundle is made from its parts' files: when it will be made, their bytes are checked, not just size and time.
  const remade = new Set(fullKinds ? themes.filter((t) => !cache.fresh(bundleName(t), bundleHash(t))).map((t) => t.id) : []);
  let step = 0;
  for (const pkg of packages) {
    const verify = remade.has(pkg.theme.id);
    const stale = kinds.filter((k) => !filesOf(pkg, k).every((f) => cache.fresh(f, kindHash(pkg, k), verify)));
    for (const k of kinds) if (!stale.includes(k)) filesOf(pkg, k).forEach(keep);
    step++;
    if (!stale.length) continue;
    try {
      const renderer = await loadRenderer();
      const glyphs = await renderer.checkGlyphs(pkg.texts);
      if (glyphs.length) throw new ToolkitError('content', glyphs);
      // Render every stale output first and write only when all succeeded, so a
      // package never ends up with a mix of new and stale files.
      const files: { file: OutputFile; hash: string; ms: number }[] = [];
      for (const kind of stale) {
        emit({ type: 'step', id: pkg.id, what: kind, index: step, total });
        const t0 = performance.now();
        const made = await makerOf[kind](renderer)(ctx, pkg);
        const ms = (performance.now() - t0) / Math.max(1, made.length);
        files.push(...made.map((file) => ({ file, hash: kindHash(pkg, kind), ms })));
      }
      for (const f of files) save(f.file.path, f.file.bytes, f.hash, f.ms);
    } catch (e) {
      const problems = problemsOf(e);
      result.failed.push({ id: pkg.id, file: pkg.file, problems });
      emit({ type: 'failed', id: pkg.id, problems });
    }
    cache.save(); // after each package: an interrupted build keeps what it finished
  }

  const failedIds = new Set(result.failed.map((f) => f.id));
  const missing = (ids: string[]) => ids.filter((id) => failedIds.has(id));
  const brokenOf = (theme?: Theme) => project.broken.filter((b) => !theme || b.theme === theme.id).map((b) => b.id);

  if (fullKinds)
    for (const theme of themes) {
      step++;
      const path = bundleName(theme);
      const members = membersOf(theme);
      const bad = [...missing(members.map((p) => p.id)), ...brokenOf(theme)];
      if (bad.length) {
        skip(result, emit, path, `want ${bad.join(', ')} ${bad.length === 1 ? 'is' : 'zijn'} mislukt`);
        continue;
      }
      const fingerprint = bundleHash(theme);
      if (cache.fresh(path, fingerprint)) keep(path);
      else await attempt(result, emit, path, async () => {
        emit({ type: 'step', id: path, what: 'bundel', index: step, total });
        const t0 = performance.now();
        const renderer = await loadRenderer();
        const covers = await cache.kept(coverPath(theme), hash(base, 'covers', members.map(coverContentOf)), () => renderer.makeCovers(ctx, members));
        const bytes = await renderer.makeBundle(ctx, theme, members, opts.outDir, covers);
        save(path, bytes, fingerprint, performance.now() - t0);
      });
    }

  if (documents) {
    step++;
    const guideHash = hash(base, 'guide', project.toolkit.guide);
    if (cache.fresh(GUIDE, guideHash)) keep(GUIDE);
    else await attempt(result, emit, GUIDE, async () => {
      emit({ type: 'step', id: GUIDE, what: 'gebruiksaanwijzer', index: step, total });
      const t0 = performance.now();
      save(GUIDE, await (await loadRenderer()).makeGuide(ctx), guideHash, performance.now() - t0);
    });
    step++;
    const bad = [...missing(project.packages.map((p) => p.id)), ...brokenOf()];
    const overviewHash = hash(base, 'overview', project.packages.map((p) => [p.number, p.title, p.theme.id, p.questions.length, p.werkplaten.map((w) => w.title), p.cards.map((c) => c.kind)]));
    if (bad.length) skip(result, emit, OVERVIEW, `want ${bad.join(', ')} ${bad.length === 1 ? 'is' : 'zijn'} mislukt`);
    else if (cache.fresh(OVERVIEW, overviewHash)) keep(OVERVIEW);
    else await attempt(result, emit, OVERVIEW, async () => {
      emit({ type: 'step', id: OVERVIEW, what: 'overzicht', index: step, total });
      const t0 = performance.now();
      save(OVERVIEW, await (await loadRenderer()).makeOverview(ctx, project.packages), overviewHash, performance.now() - t0);
    });
  }
  const built = packages.filter((p) => !failedIds.has(p.id)).map((pkg) => ({ pkg, kinds }));
  result.removed = removeStale(opts.outDir, cache, project, built, everything).map((p) => join(opts.outDir, p));
  // A failed package keeps its old files, and what is made of them: say they are out of date.
  const outdated = [...failedIds].flatMap((id) => outdatedFiles(opts.outDir, cache, id));
  outdated.push(...result.skipped.map((s) => s.path).filter((p) => existsSync(join(opts.outDir, p))));
  result.outdated = outdated.map((p) => join(opts.outDir, p));
  cache.save();
  return result;
}

/**
 * Loads the sources and builds, unless an earlier run with the same options
 * saw the very same source files and its outputs are all still in place: a
 * build where nothing changed then reads no YAML and loads no renderer.
 */
export async function buildFromData(dataDir: string, opts: BuildOptions): Promise<BuildResult> {
  return withOutput(opts, () => buildFromDataLocked(dataDir, opts));
}

async function buildFromDataLocked(dataDir: string, opts: BuildOptions): Promise<BuildResult> {
  const cache = new Cache(opts.outDir, opts.force);
  const key = hash(dataDir, opts.packages ?? [], opts.themes ?? [], opts.only ?? []);
  const sources = sourcesFingerprint(dataDir);
  const same = cache.sameRun(key, sources);
  if (same) {
    const unchanged = same.map((p) => ({ path: join(opts.outDir, p), bytes: cache.sizeOf(p), ms: 0 }));
    opts.onEvent?.({ type: 'start', total: 0 });
    return { written: [], unchanged, failed: [], skipped: [] };
  }
  // Places in error messages are relative to the working folder, so it is part of the key.
  const projectKey = hash(sources, dataDir, process.cwd());
  let project = cache.project(projectKey);
  if (!project) {
    const { loadProject } = await import('./model/load.js');
    const memo = cache.sources(codeFingerprint());
    project = loadProject(dataDir, process.cwd(), memo);
    cache.saveSources(codeFingerprint(), memo);
    cache.saveProject(projectKey, project);
  }
  const result = await buildLocked(project, opts, cache);
  if (!result.failed.length && !result.skipped.length) {
    const rel = (p: string) => relative(opts.outDir, p);
    cache.rememberRun(key, sources, [...result.written, ...result.unchanged].map((w) => rel(w.path)));
    cache.save();
  }
  return result;
}

function skip(result: BuildResult, emit: (e: BuildEvent) => void, path: string, reason: string) {
  result.skipped.push({ path, reason });
  emit({ type: 'skipped', path, reason });
}

/** A document that fails (say, a cover whose text does not fit) is reported like a package. */
async function attempt(result: BuildResult, emit: (e: BuildEvent) => void, id: string, work: () => Promise<void>) {
  try {
    await work();
  } catch (e) {
    const problems = problemsOf(e);
    result.failed.push({ id, file: id, problems });
    emit({ type: 'failed', id, problems });
  }
}
