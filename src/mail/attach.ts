import { readFileSync } from 'node:fs';
import { basename, relative, sep } from 'node:path';
import { known, type FileKind } from '../outputs/registry.js';
import type { OutputFacts } from '../run/job.js';
import { zipFiles } from './zip.js';

/** Above this many MB together, attachments go as one zip (many mail servers refuse 20 MB). */
export const DEFAULT_MAX_MB = 15;

export interface Attachment {
  filename: string;
  contentType: string;
  content: Buffer;
  /** What the file is, for the line the mail gives it. */
  kind?: FileKind;
}

/** A file to attach, with what it is when its job said so. */
export interface ToAttach {
  path: string;
  facts?: OutputFacts;
}

export interface Attachments {
  files: Attachment[];
  /** True when the files went into one zip, by request or because of their size. */
  zipped: boolean;
  /** Size of the original files together, before any zip. */
  total: number;
}

export interface AttachOptions {
  /** The build's output folder: zip entries keep their path below it. */
  outDir: string;
  zip: boolean;
  maxBytes: number;
  zipName: string;
  mtime: Date;
}

export const MB = 1024 * 1024;

/**
 * Reads the built files into attachments, or into one zip when asked for or
 * when together they are larger than the limit (many mail servers refuse big
 * messages, and a zip is one download for the receiver).
 */
export function attach(files: ToAttach[], opts: AttachOptions): Attachments {
  const sorted = [...new Map(files.map((f) => [f.path, f])).values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const read = sorted.map((f) => ({ path: f.path, kind: known(f.facts)?.kind, bytes: readFileSync(f.path) }));
  const total = read.reduce((n, f) => n + f.bytes.length, 0);
  if (!opts.zip && total <= opts.maxBytes)
    return { files: read.map((f) => ({ filename: basename(f.path), contentType: contentType(f.path), content: f.bytes, ...(f.kind && { kind: f.kind }) })), zipped: false, total };
  const entries = read.map((f) => ({ name: entryName(opts.outDir, f.path), bytes: f.bytes }));
  const zip = zipFiles(entries, opts.mtime);
  return { files: [{ filename: opts.zipName, contentType: 'application/zip', content: Buffer.from(zip), kind: 'zip' }], zipped: true, total };
}

/** The path below the output folder, with forward slashes as zip wants; the bare name for anything outside it. */
function entryName(outDir: string, path: string): string {
  const rel = relative(outDir, path);
  return rel.startsWith('..') ? basename(path) : rel.split(sep).join('/');
}

const contentType = (p: string) => (p.endsWith('.pdf') ? 'application/pdf' : p.endsWith('.zip') ? 'application/zip' : 'application/octet-stream');

export const formatSize = (n: number) => (n < MB ? `${Math.max(1, Math.round(n / 1024))} kB` : `${(n / MB).toFixed(1)} MB`);
