import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Project, SourceMemo } from '../model/load.js';
import { byCodeUnits } from '../order.js';
import { writeAtomic } from './write.js';

// Everything the tool keeps between runs lives in this folder of the output.
export const CACHE_DIR = '.toolkit-cache';
const FILE = `${CACHE_DIR}/manifest.json`;
const SOURCES = `${CACHE_DIR}/sources.json`;
const PROJECT = `${CACHE_DIR}/project.json`;
// 2: entries hold the hash of the file's bytes; older manifests are not trusted.
const VERSION = 2;

interface Entry {
  /** The fingerprint of what made the file. */
  hash: string;
  size: number;
  mtime: number;
  /** sha256 of the bytes written. */
  sha: string;
  /** The job that wrote it, and that job's group: what tells a file of something gone. */
  job?: string;
  group?: string;
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
    this.entries = data.outputs ?? {};
    this.runs = data.runs ?? {};
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
  write(path: string, fingerprint: string, bytes: Uint8Array | string, by?: { job: string; group?: string }) {
    const file = join(this.outDir, path);
    writeAtomic(file, bytes);
    const { size, mtimeMs } = statSync(file);
    this.entries[path] = { hash: fingerprint, size, mtime: mtimeMs, sha: sha256(bytes), ...(by && { job: by.job, group: by.group }) };
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

  /** Which job, of which group, wrote the file at `path`, as recorded. */
  madeBy(path: string): { job?: string; group?: string } {
    const e = this.entries[path];
    return { job: e?.job, group: e?.group };
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
    try {
      const kept = JSON.parse(readFileSync(join(this.outDir, SOURCES), 'utf8')) as { code?: string; memo?: SourceMemo };
      return kept.code === code && kept.memo ? kept.memo : {};
    } catch {
      return {};
    }
  }

  saveSources(code: string, memo: SourceMemo) {
    writeAtomic(join(this.outDir, SOURCES), JSON.stringify({ code, memo }));
  }

  /**
   * The project as loaded by the last run whose sources had this fingerprint:
   * with it, a run whose sources did not change loads no YAML parser at all.
   */
  project(key: string): Project | undefined {
    try {
      const kept = JSON.parse(readFileSync(join(this.outDir, PROJECT), 'utf8')) as { key?: string; project?: Project };
      return kept.key === key ? kept.project : undefined;
    } catch {
      return undefined;
    }
  }

  saveProject(key: string, project: Project) {
    writeAtomic(join(this.outDir, PROJECT), JSON.stringify({ key, project }));
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

function load(file: string): { outputs?: Record<string, Entry>; runs?: Record<string, Run> } {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    return data?.version === VERSION && typeof data.outputs === 'object' ? data : {};
  } catch {
    return {}; // no cache, or a damaged one: build everything
  }
}
