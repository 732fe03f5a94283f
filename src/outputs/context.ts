import type { JobInput } from '../run/job.js';
import type { Project } from '../model/load.js';
import { stampsOf } from './stamps.js';
import type { Context } from './files.js';

/** What plan() gives every family: the project, the date stamped in, and the part of every fingerprint they share. */
export interface PlanContext {
  project: Project;
  date: Date;
  /** The code, the date and the toolkit part every output shows, hashed. */
  base: string;
  /** Checks, once per run, that every text of a package has its glyphs in the fonts. */
  glyphsOf: Map<string, Promise<void>>;
}

/** The context a render half gets; the stamps come from the stamps job's files, when the job needs them. */
export const contextFor = (pc: PlanContext, input: JobInput): Context => ({
  toolkit: pc.project.toolkit,
  date: pc.date,
  stamps: async () => stampsOf(input.files),
  ready: input.ready,
  warn: input.warn,
});
