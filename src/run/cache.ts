import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Project, SourceMemo } from '../model/load.js';
import { byCodeUnits } from '../order.js';
import { FAMILIES, type Family, type OutputFacts } from './job.js';
import { isOutputPath } from './inside.js';
import { seal, unseal } from './seal.js';
import { writeAtomic } from './write.js';

// Everything the tool keeps between runs lives in this folder of the output.
export const CACHE_DIR = '.toolkit-cache';
const FILE = `${CACHE_DIR}/manifest.json`;
const SOURCES = `${CACHE_DIR}/sources.json`;
const PROJECT = `${CACHE_DIR}/project.json`;
// 3: entries name the command family that owns the file; older manifests are not trusted.
const VERSION = 3;

interface Entry {
  /** The fingerprint of what made the file. */
  hash: string;
  size: number;
  mtime: number;
  /** sha256 of the bytes written. */
  sha: string;
  /** The job that wrote it, that job's group and family: what tells a file of something gone, and whose it is. */
  job: string;
  group?: string;
  family: Family;
  /** What the file is, as its job said: a run answered from the cache still tells it. */
  facts?: OutputFacts;
}

/** Who wrote a file: the job, its group and its command family; and what the file is. */
export interface MadeBy {
  job: string;
  group?: string;
  family: Family;
  facts?: OutputFacts;
}

interface Run {
  sources: string;
  /** Every output of that run, with the fingerprint it had when the run ended. */
  outputs: Record<string, string>;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * Remembers, for each output in a folder, the fingerprint of what made it and
 * the hash of the bytes written. An output is up to date when its fingerprint
 * is the same and the file on disk is the one written: same size and
 * modification time as a cheap first test, else (or when asked to verify,
 * for a file another output is made from) the same bytes.
 */
export class Cache {
  private entries: Record<string, Entry>;
  private runs: Record<string, Run>;
  /** Kept in memory for the next round of this process (see `open`). */
  private warm = false;
  /** What the run should be told about the cache (one that was not trusted), in Dutch. */
  readonly notes: string[] = [];

  /**
   * The cache of an output folder. With `warm` (a process that builds again
   * after every save), the one this process used last, when the manifest on
   * disk is still the one it wrote (same size, time and inode: no other run
   * wrote the folder since): then it is not parsed again.
   */
  static open(outDir: string, opts: { force?: boolean; warm?: boolean } = {}): Cache {
    const key = resolve(outDir);
    const k = opts.warm && !opts.force ? kept.get(key) : undefined;
    if (k && k.stamp === stampOf(join(outDir, FILE))) return k.cache;
    const cache = new Cache(outDir, opts.force);
    cache.warm = Boolean(opts.warm);
    if (opts.warm) kept.delete(key);
    return cache;
  }

  constructor(
    private readonly outDir: string,
    force = false,
  ) {
    const data = force ? {} : load(join(outDir, FILE));
    if ('invalid' in data) {
      this.notes.push(
        `de administratie van deze map (${FILE}) klopt niet (${data.invalid}): de toolkit vertrouwt hem niet, maakt alles opnieuw en haalt niets weg.`,
      );
    }
    this.entries = 'outputs' in data ? data.outputs : {};
    this.runs = 'runs' in data ? data.runs : {};
  }

  /**
   * The outputs of an earlier run with the same options and the same source
   * files, when every one of them is still the file that run left: then there
   * is nothing to do, and not even the YAML needs to be read. A file another
   * run has rewritten since carries another fingerprint, and the run is planned.
   */
  sameRun(key: string, sources: string): string[] | undefined {
    const run = this.runs[key];
    if (!run || run.sources !== sources || typeof run.outputs !== 'object' || Array.isArray(run.outputs)) return undefined;
    const outputs = Object.entries(run.outputs);
    return outputs.every(([p, h]) => this.fresh(p, h)) ? outputs.map(([p]) => p) : undefined;
  }

  rememberRun(key: string, sources: string, outputs: string[]) {
    const sorted = [...outputs].sort(byCodeUnits);
    this.runs[key] = { sources, outputs: Object.fromEntries(sorted.map((p) => [p, this.entries[p]?.hash ?? ''])) };
  }

  /** Whether the file at `path` is the one recorded for `fingerprint`; `verify` compares its bytes even when size and time agree. */
  fresh(path: string, fingerprint: string, verify = false): boolean {
    const e = this.entries[path];
    if (!e || e.hash !== fingerprint) return false;
    const file = join(this.outDir, path);
    try {
      const st = statSync(file);
      if (st.size !== e.size) return false;
      if (st.mtimeMs === e.mtime && !verify) return true;
      if (sha256(readFileSync(file)) !== e.sha) return false;
      e.mtime = st.mtimeMs; // the same bytes, touched: the cheap test holds again next time
      return true;
    } catch {
      return false;
    }
  }

  sizeOf(path: string): number {
    return this.entries[path]?.size ?? 0;
  }

  /**
   * The bytes of the file at `path` when it is the one recorded for
   * `fingerprint`, checked against the hash of what was written; else undefined.
   */
  read(path: string, fingerprint: string): Uint8Array | undefined {
    const e = this.entries[path];
    if (!e || e.hash !== fingerprint) return undefined;
    try {
      const bytes = new Uint8Array(readFileSync(join(this.outDir, path)));
      return bytes.length === e.size && sha256(bytes) === e.sha ? bytes : undefined;
    } catch {
      return undefined;
    }
  }

  /** Writes an output whole and records what made it. */
  write(path: string, fingerprint: string, bytes: Uint8Array | string, by: MadeBy) {
    if (!isOutputPath(path)) throw new Error(`cache: ${path} is not a path inside the output folder`);
    const file = join(this.outDir, path);
    writeAtomic(file, bytes);
    const { size, mtimeMs } = statSync(file);
    this.entries[path] = {
      hash: fingerprint,
      size,
      mtime: mtimeMs,
      sha: sha256(bytes),
      job: by.job,
      ...(by.group !== undefined && { group: by.group }),
      family: by.family,
      ...(by.facts && { facts: by.facts }),
    };
  }

  /**
   * Before the file at `path` is written ahead of the rest of its group: a
   * function that puts the file and its record back as they are now. The
   * record comes back only when the bytes put back are the ones it names.
   */
  undoWrite(path: string): () => void {
    const file = join(this.outDir, path);
    const entry = this.entries[path];
    let old: Buffer | undefined;
    try {
      old = readFileSync(file);
    } catch {
      old = undefined;
    }
    return () => {
      if (!old) {
        rmSync(file, { force: true });
        delete this.entries[path];
        return;
      }
      writeAtomic(file, old);
      if (entry && old.length === entry.size && sha256(old) === entry.sha) this.entries[path] = { ...entry, mtime: statSync(file).mtimeMs };
      else delete this.entries[path];
    };
  }

  /** Which job, of which group and family, wrote the file at `path`, as recorded. */
  madeBy(path: string): MadeBy | undefined {
    const e = this.entries[path];
    return e && { job: e.job, group: e.group, family: e.family, facts: e.facts };
  }

  /** Every output this cache has written, relative to the output folder. */
  recorded(): string[] {
    return Object.keys(this.entries);
  }

  /** The output at `path` is gone: forget it. */
  forget(path: string) {
    delete this.entries[path];
  }

  /**
   * Package files parsed in earlier runs, by the hash of their bytes: unchanged
   * files are not parsed again. Only what this same code parsed is kept.
   */
  sources(code: string): SourceMemo {
    const kept = this.readSealed(SOURCES) as { code?: string; memo?: SourceMemo } | undefined;
    return kept?.code === code && kept.memo && typeof kept.memo === 'object' ? kept.memo : {};
  }

  saveSources(code: string, memo: SourceMemo) {
    this.writeSealed(SOURCES, JSON.stringify({ code, memo }));
  }

  /**
   * The project as loaded by the last run whose sources had this fingerprint:
   * with it, a run whose sources did not change loads no YAML parser at all.
   */
  project(key: string): Project | undefined {
    const kept = this.readSealed(PROJECT) as { key?: string; project?: Project } | undefined;
    return kept?.key === key ? kept.project : undefined;
  }

  saveProject(key: string, project: Project) {
    this.writeSealed(PROJECT, JSON.stringify({ key, project }));
  }

  /**
   * A file of parsed sources, used instead of the YAML only when this
   * installation sealed it (src/run/seal.ts): one that does not unseal is
   * not trusted, said in a note, and removed; the sources are parsed again.
   */
  private readSealed(file: string): unknown {
    let text: string;
    try {
      text = readFileSync(join(this.outDir, file), 'utf8');
    } catch {
      return undefined;
    }
    const body = unseal(text);
    if (body !== undefined) {
      try {
        return JSON.parse(body);
      } catch {
        // sealed but not JSON: as good as damaged
      }
    }
    this.notes.push(`${file} is niet door deze toolkit geschreven of is veranderd: niet gebruikt, de bronnen worden opnieuw gelezen.`);
    rmSync(join(this.outDir, file), { force: true });
    return undefined;
  }

  private writeSealed(file: string, body: string) {
    const sealed = seal(body);
    if (sealed === undefined) rmSync(join(this.outDir, file), { force: true });
    else writeAtomic(join(this.outDir, file), sealed);
  }

  /**
   * A warm cache that wrote files and is not saved yet: the next `open` of this
   * process gets it, with what it wrote, while the manifest on disk is the
   * one there now. The caller holds the folder's lock.
   */
  keep() {
    if (this.warm) kept.set(resolve(this.outDir), { cache: this, stamp: stampOf(join(this.outDir, FILE)) });
  }

  save() {
    const sorted = Object.fromEntries(Object.entries(this.entries).sort(([a], [b]) => byCodeUnits(a, b)));
    const file = join(this.outDir, FILE);
    writeAtomic(file, JSON.stringify({ version: VERSION, outputs: sorted, runs: this.runs }, null, 1) + '\n');
    if (this.warm) kept.set(resolve(this.outDir), { cache: this, stamp: stampOf(file) });
  }
}

// The cache each warm process left per output folder, with the stamp of the manifest it wrote.
const kept = new Map<string, { cache: Cache; stamp: string }>();

function stampOf(file: string): string {
  try {
    const st = statSync(file, { bigint: true });
    return `${st.size}:${st.mtimeNs}:${st.ino}:${st.dev}`;
  } catch {
    return 'none';
  }
}

type Loaded = { outputs: Record<string, Entry>; runs: Record<string, Run> } | { invalid: string } | Record<string, never>;

/**
 * The manifest, checked entry by entry before anything is trusted: a path
 * outside the folder, a family or field of the wrong kind makes the whole
 * manifest untrusted (`invalid` says why). None, or one of another version:
 * nothing is known, everything is built, nothing is removed.
 */
function load(file: string): Loaded {
  let data: { version?: unknown; outputs?: unknown; runs?: unknown };
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? {} : { invalid: 'geen leesbare JSON' };
  }
  if (!isRecord(data) || data.version !== VERSION) return {};
  if (!isRecord(data.outputs) || !isRecord(data.runs)) return { invalid: 'outputs of runs ontbreekt' };
  for (const [path, e] of Object.entries(data.outputs)) {
    if (!isOutputPath(path) || path.startsWith(`${CACHE_DIR}/manifest`)) return { invalid: `het pad "${path}" ligt niet binnen de map` };
    if (!isEntry(e)) return { invalid: `de regel voor ${path} is niet van de goede vorm` };
  }
  for (const run of Object.values(data.runs)) {
    if (!isRecord(run) || typeof run.sources !== 'string' || !isRecord(run.outputs)) return { invalid: 'een eerdere run is niet van de goede vorm' };
    for (const [path, h] of Object.entries(run.outputs)) if (!isOutputPath(path) || typeof h !== 'string') return { invalid: `het pad "${path}" ligt niet binnen de map` };
  }
  return data as Loaded;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isEntry = (e: unknown): e is Entry =>
  isRecord(e) &&
  typeof e.hash === 'string' &&
  Number.isFinite(e.size) &&
  Number.isFinite(e.mtime) &&
  typeof e.sha === 'string' &&
  /^[0-9a-f]{64}$/.test(e.sha) &&
  typeof e.job === 'string' &&
  (e.group === undefined || typeof e.group === 'string') &&
  FAMILIES.includes(e.family as Family) &&
  (e.facts === undefined || isFacts(e.facts));

const isFacts = (f: unknown): f is OutputFacts =>
  isRecord(f) &&
  typeof f.kind === 'string' &&
  (f.package === undefined || Number.isInteger(f.package)) &&
  (f.werkplaat === undefined || Number.isInteger(f.werkplaat)) &&
  (f.theme === undefined || (isRecord(f.theme) && typeof f.theme.id === 'string' && typeof f.theme.name === 'string'));
