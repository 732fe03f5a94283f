import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Project, SourceMemo } from '../model/load.js';
import { byCodeUnits } from '../order.js';
import { writeAtomic } from './write.js';

// Everything the tool keeps between runs lives in this folder of the output.
export const CACHE_DIR = '.toolkit-cache';
const FILE = `${CACHE_DIR}/manifest.json`;
const SOURCES = `${CACHE_DIR}/sources.json`;
const PROJECT = `${CACHE_DIR}/project.json`;

interface Entry {
  hash: string;
  size: number;
}

interface Run {
  sources: string;
  outputs: string[];
}

/**
 * Remembers, for each output in a folder, the fingerprint of what made it. An
 * output is up to date when its fingerprint is the same and the file is still
 * there at the size written; anything else is rebuilt.
 */
export class Cache {
  private entries: Record<string, Entry>;
  private runs: Record<string, Run>;

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
   * files, when all of them are still in place: then there is nothing to do,
   * and not even the YAML needs to be read.
   */
  sameRun(key: string, sources: string): string[] | undefined {
    const run = this.runs[key];
    if (!run || run.sources !== sources) return undefined;
    return run.outputs.every((p) => this.entries[p] && this.fresh(p, this.entries[p].hash)) ? run.outputs : undefined;
  }

  rememberRun(key: string, sources: string, outputs: string[]) {
    this.runs[key] = { sources, outputs: [...outputs].sort() };
  }

  fresh(path: string, hash: string): boolean {
    const e = this.entries[path];
    if (!e || e.hash !== hash) return false;
    try {
      return statSync(join(this.outDir, path)).size === e.size;
    } catch {
      return false;
    }
  }

  sizeOf(path: string): number {
    return this.entries[path]?.size ?? 0;
  }

  /** Every output this cache has written, relative to the output folder. */
  recorded(): string[] {
    return Object.keys(this.entries);
  }

  /** The output at `path` is gone: forget it. */
  forget(path: string) {
    delete this.entries[path];
  }

  record(path: string, hash: string, size: number) {
    this.entries[path] = { hash, size };
  }

  /** The file kept at `path` for this fingerprint, or else one made now, then written and recorded. */
  async kept(path: string, fingerprint: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
    if (this.fresh(path, fingerprint)) return new Uint8Array(readFileSync(join(this.outDir, path)));
    const bytes = await make();
    writeAtomic(join(this.outDir, path), bytes);
    this.record(path, fingerprint, bytes.length);
    return bytes;
  }

  /** Package files parsed in earlier runs, by the hash of their bytes: unchanged files are not parsed again. */
  sources(): SourceMemo {
    try {
      return JSON.parse(readFileSync(join(this.outDir, SOURCES), 'utf8')) as SourceMemo;
    } catch {
      return {};
    }
  }

  saveSources(memo: SourceMemo) {
    writeAtomic(join(this.outDir, SOURCES), JSON.stringify(memo));
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

  save() {
    const sorted = Object.fromEntries(Object.entries(this.entries).sort(([a], [b]) => byCodeUnits(a, b)));
    writeAtomic(join(this.outDir, FILE), JSON.stringify({ version: 1, outputs: sorted, runs: this.runs }, null, 1) + '\n');
  }
}

function load(file: string): { outputs?: Record<string, Entry>; runs?: Record<string, Run> } {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    return data?.version === 1 && typeof data.outputs === 'object' ? data : {};
  } catch {
    return {}; // no cache, or a damaged one: build everything
  }
}
