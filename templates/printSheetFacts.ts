import type { Film, Package } from '../src/model/types.js';

/** What the print sheet of a session shows, worked out by src/outputs/session/sheet.ts. */
export interface SheetJob {
  file: string;
  paper: string;
  sides: string;
  scale: string;
  sheets: number;
  pages: number;
  /** Per package: `werkblad 12 x`. */
  contents: { pkg: string; items: string[] }[];
  /** This job starts with the print sheet. */
  withSheet: boolean;
}

export interface SheetFacts {
  title: string;
  /** Packages, participants, groups, date. */
  about: string[];
  jobs: SheetJob[];
  /** Things to bring, each once. */
  bring: string[];
  /** What the draaiboeken say to get ready, per step. */
  prepare: { step: string; text: string }[];
  films: { pkg: Package; film: Film }[];
  /** How to print, for every job: the sheet says it once. */
  rules: readonly string[];
}
