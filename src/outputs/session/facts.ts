import type { FileKind } from '../registry.js';

/** The session's facts, beside the print sheet: what `toolkit mail --session` reads, so nothing parses a text or a folder name. */
export const SESSION_FACTS = 'sessie.json';

export interface SessionFacts {
  title: string;
  /** YYYY-MM-DD, as in the folder's name. */
  date: string;
  packages: number[];
  participants: number;
  groups: number;
  printer: string;
  /** Which cards, how many sets per group, and the whiteboard PNGs in online/ (absent in older files). */
  cards?: string;
  sets?: number;
  online?: boolean;
  /** The print jobs in print order, names relative to the session folder; the slides and PNGs beside them are not print jobs. */
  files: { file: string; kind: FileKind; paper: string; duplex: boolean }[];
}
