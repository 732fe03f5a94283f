import type { Problem } from '../errors.js';

/**
 * A job is one step of a build: it knows, before it runs, which files it will
 * write, what they are made from (its fingerprint) and which other jobs it
 * needs. `plan()` makes the list; one executor runs it (cache, progress,
 * failures, atomic writes). Every output family (werkblad, werkplaten,
 * kaarten, draaiboek, bundle, guide, overview, site pages, session print
 * jobs) only makes jobs: it never writes a file or reads one back from disk.
 */
export interface JobFile {
  /** Relative to the output folder, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}

export interface JobInput {
  /** The files of the jobs named in `needs`, by their path: bytes, never a path to read. */
  files: ReadonlyMap<string, Uint8Array>;
  /**
   * Given when the executor may write a file of this job before the job is
   * done: call it with a file as soon as its bytes are final, so that what the
   * editor waits for (the A4 cards) is on disk before the rest (the print
   * shop's file). `make()` still returns every file, this one too.
   */
  ready?: (file: JobFile) => void;
  /** Tells something worth fixing that does not stop the job (a problem of severity 'warning'): the run reports it. */
  warn?: (problem: Problem) => void;
}

/**
 * What a file is, as the job that plans it says: the engine keeps it with the
 * file and hands it on in results, without reading it. Its kinds are those of
 * the registry of output kinds (src/outputs/registry.ts).
 */
export interface OutputFacts {
  kind: string;
  /** The package's number. */
  package?: number;
  /** The werkplaat's number within its package, from 1. */
  werkplaat?: number;
  /** A bundle's theme; `implicit` for a toolkit without themes. */
  theme?: { id: string; name: string; implicit?: boolean };
}

/**
 * The command family that owns a file in the output folder. A run removes
 * stale files of its own family only: a build never touches what the site,
 * a session or a mail draft wrote into the same folder.
 */
export const FAMILIES = ['build', 'site', 'session', 'mail'] as const;
export type Family = (typeof FAMILIES)[number];

export interface Job {
  /** Unique within a plan, stable between runs: `werkblad:08-hoort-het-of-helpt-het`. */
  id: string;
  /** Which command family owns the job's files (see Family). */
  family: Family;
  /** What progress shows, in Dutch: `werkblad`, `bundel`, `website`. */
  what: string;
  /** Whom a failure is told about: a package id, a theme's bundle, a document's file. */
  owner: string;
  /** The files `make()` returns, known before it runs, so that the cache can be asked first. */
  outputs: string[];
  /** What each output is (by path), from the registry of output kinds: results carry it, nothing reads it from a name. */
  facts?: Readonly<Record<string, OutputFacts>>;
  /** Ids of the jobs whose files `make()` receives. */
  needs: string[];
  /**
   * A hash of everything `make()` reads apart from the files of `needs` (the
   * executor adds those): the code, the source date, the content it shows.
   */
  fingerprint: string;
  /**
   * Jobs of one group are written together or not at all: a package is never
   * half-written. A group names what its files come from (a package id, a
   * theme's bundle, a session folder). A run declares, per family it owns,
   * every group that family has in the project (`RunOptions.owns`): a file of
   * that family recorded for a group not among them is of something gone, and
   * is removed. Group names are unique across families.
   */
  group?: string;
  /** The source file a failure points at, when it is not `owner`: a package's YAML file. */
  source?: string;
  /**
   * A file kept in the cache folder only for the jobs that need it (a theme's
   * covers, the sheet stamps): made only when one of those is, never reported
   * as an output, not counted in the progress.
   */
  intermediate?: boolean;
  /**
   * Ids of jobs whose failure means this one is not made, although it does not
   * read their files: the overview lists every package, so a failed package
   * stops it. Ids not in the plan are ignored.
   */
  failsWith?: string[];
  /**
   * Its make() mostly waits for a drawing thread (outputs/raster/pool.ts): the
   * executor runs such jobs side by side, one per core, and goes on to the
   * next group while they draw.
   */
  offThread?: boolean;
  /** Known before anything runs: this job cannot be made (its source did not load). */
  problems?: Problem[];
  make(input: JobInput): Promise<JobFile[]>;
}
