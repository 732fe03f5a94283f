import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { noteOf, rankOf } from '../outputs/registry.js';
import type { OutputFacts } from '../run/job.js';
import { code } from './io.js';
import { count } from './words.js';

export interface FileGroup {
  /** `Werkpakket 8`, or `Voor de hele toolkit` for files at the top of the folder. */
  title: string;
  /** The package's folder below the output folder, when there is one. */
  folder?: string;
  files: { path: string; name: string; what?: string; print?: string; outdated?: boolean; rank: number[] }[];
}

/** A file of a result: its path, and what it is when its job said so. */
export interface ResultFile {
  path: string;
  facts?: OutputFacts;
}

/**
 * The files of a build grouped per package folder, each with what it is and
 * how to print it. Paths are absolute; `outDir` is the folder they are in.
 */
export function groupFiles(outDir: string, files: ResultFile[], outdated: ResultFile[] = []): FileGroup[] {
  const groups = new Map<string, FileGroup>();
  const old = new Set(outdated.map((f) => f.path));
  const byPath = new Map([...files, ...outdated].map((f) => [f.path, f]));
  for (const { path, facts } of [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const rel = relative(outDir, path).split(sep);
    const folder = rel.length > 1 ? rel[0]! : '';
    const title = folder ? (facts?.package !== undefined ? `Werkpakket ${facts.package}` : folder) : 'Voor de hele toolkit';
    const group = groups.get(folder) ?? { title, folder: folder || undefined, files: [] };
    groups.set(folder, group);
    const note = noteOf(facts);
    group.files.push({ path, name: rel[rel.length - 1]!, what: note?.what, print: note?.print, outdated: old.has(path) || undefined, rank: rankOf(facts) });
  }
  for (const g of groups.values()) g.files.sort((a, b) => compareKeys(a.rank, b.rank) || (a.name < b.name ? -1 : 1));
  // Packages first in their order, the theme bundles and the guide after them.
  return [...groups.entries()].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : 1)).map(([, g]) => g);
}

const compareKeys = (a: number[], b: number[]) => a.map((x, i) => x - b[i]!).find((d) => d !== 0) ?? 0;

/** The folder as a terminal shows it: on a terminal that can, a link one can click. */
export function folderLine(outDir: string, link: boolean): string {
  if (!link) return outDir;
  return `${code(`\x1b]8;;${pathToFileURL(outDir).href}\x1b\\`)}${outDir}${code('\x1b]8;;\x1b\\')}`;
}

/** The lines under the totals: where the files are, and per file what it is and how to print it. */
export function describeGroups(groups: FileGroup[], paint: { bold: (s: string) => string; dim: (s: string) => string }): string[] {
  const lines: string[] = [];
  for (const g of groups) {
    lines.push('', paint.bold(g.folder ? `${g.title} (map ${g.folder})` : g.title));
    for (const f of g.files) {
      lines.push(`  ${f.name}${f.outdated ? '  (VEROUDERD: niet opnieuw gemaakt)' : ''}`);
      if (f.what) lines.push(`      ${f.what}`);
      if (f.print) lines.push(paint.dim(`      Printen: ${f.print}`));
    }
  }
  return lines;
}

export const fileCount = (n: number) => count(n, 'bestand', 'bestanden');
