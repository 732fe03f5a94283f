import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, inject } from 'vitest';
import { formatProblem, ToolkitError } from '../src/errors.js';
import { codeFingerprint } from '../src/run/fingerprint.js';
import { popplerText } from './poppler.js';
import { keptDir } from './globalSetup.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const dataDir = join(root, 'data');
export const fixtures = join(root, 'test/fixtures');

export const tmp = (name = 'toolkit-') => mkdtempSync(join(tmpdir(), name));

/** The formatted problems of the ToolkitError that `work` must throw (or reject with). */
export async function problemsThrown(work: () => unknown): Promise<string> {
  try {
    await work();
  } catch (e) {
    expect(e).toBeInstanceOf(ToolkitError);
    return (e as ToolkitError).problems.map(formatProblem).join('\n');
  }
  throw new Error('expected a ToolkitError');
}

/** Runs the real CLI (compiled by `npm test` before vitest) as a user would. */
export function cli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [join(root, 'bin/toolkit.js'), ...args], {
    cwd: opts.cwd ?? root,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The CLI's own code (run(), what bin/toolkit.js calls) in this process: the
 * same arguments, messages and exit code as `cli`, without starting a Node and
 * loading the renderer again. For what only a process shows (that bin exits
 * with the code, signals, a closed pipe, what a start loads), use `cli`.
 * Paths in messages are relative to `cwd`, as they are for a user there.
 */
export async function toolkit(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (s: string) => out.push(s + '\n'), err: (s: string) => err.push(s + '\n'), isTTY: false, env: { ...process.env, NO_COLOR: '1', ...opts.env } };
  const { run } = await import('../src/index.js');
  const here = process.cwd();
  const saved = Object.fromEntries(Object.keys(opts.env ?? {}).map((k) => [k, process.env[k]]));
  const set = (k: string, v: string | undefined) => (v === undefined ? delete process.env[k] : (process.env[k] = v));
  for (const [k, v] of Object.entries(opts.env ?? {})) set(k, v);
  process.chdir(opts.cwd ?? root);
  try {
    const code = await run(['node', 'toolkit', ...args], io);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.chdir(here);
    for (const [k, v] of Object.entries(saved)) set(k, v);
  }
}

/** The shared `build --all` of the shipped data (globalSetup.ts): read it, never write into it. */
export const built = () => inject('built');

/** A copy of the shared build, for a test that rebuilds or damages files. */
export const ownBuild = () => copyOf(built(), 'toolkit-own-build-');

/** A copy of an output folder, times kept: the build's cache finds it as it found the folder. */
function copyOf(dir: string, prefix: string): string {
  const out = tmp(prefix);
  cpSync(dir, out, { recursive: true, preserveTimestamps: true });
  return out;
}

/**
 * An output folder kept between runs (node_modules/.cache/toolkit-tests, one per Node version), for
 * a test that builds sources no test edits and then only reads what it made: the build's own cache
 * brings it up to date, as it does a user's out/, so a run where nothing changed renders nothing.
 * A change of the code, the fonts or the sources rebuilds what it touches; a fresh clone builds all.
 */
export function keptOut(name: string): string {
  const dir = keptDir(name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const pruned = new Set<string>();

/**
 * A folder that `make` fills, kept between runs under keptDir(name) by the code that made it (its
 * fingerprint: the sources, the fonts, the locked libraries) and by `key`, what it was made of: a
 * reference made by a forced or cold build, which a second run of the same code need not make
 * again. Every file is checked against the hash recorded with it, and made again when one differs;
 * folders made by other code are removed. Read it, never write into it.
 */
export async function keptByCode(name: string, key: unknown, make: (dir: string) => unknown): Promise<string> {
  const top = keptDir(name);
  const own = join(top, codeFingerprint().slice(0, 16));
  mkdirSync(own, { recursive: true });
  if (!pruned.has(top)) {
    for (const other of readdirSync(top)) if (join(top, other) !== own) rmSync(join(top, other), { recursive: true, force: true });
    pruned.add(top);
  }
  const dir = join(own, createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 32));
  const record = join(dir, '.kept.json');
  try {
    const files = JSON.parse(readFileSync(record, 'utf8')) as Record<string, string>;
    if (Object.entries(files).every(([f, h]) => sha(join(dir, f)) === h)) return dir;
  } catch {
    // not made yet, or damaged: made again
  }
  const made = mkdtempSync(join(own, '.made-'));
  await make(made);
  const files = readdirSync(made, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(made, f)).isFile());
  writeFileSync(join(made, '.kept.json'), JSON.stringify(Object.fromEntries(files.map((f) => [f, sha(join(made, f))]))));
  rmSync(dir, { recursive: true, force: true });
  renameSync(made, dir);
  return dir;
}

/** The shared `toolkit site` of SITE_PACKAGES (globalSetup.ts), its pages in site/: read it, never write into it. */
export const builtSite = () => inject('site');

/** A copy of the shared site's output folder, for a test that serves, rebuilds or edits it. */
export const ownSite = () => copyOf(builtSite(), 'toolkit-own-site-');

/**
 * A copy of the shipped data with only these packages (by number): the real
 * texts and themes, at a fraction of a full build's cost. For a test that
 * needs a toolkit to edit or rebuild, not all 18 packages.
 */
export function smallData(numbers: number[] = [1, 8]): string {
  const dir = copyData();
  const folder = join(dir, 'packages');
  for (const f of readdirSync(folder)) if (!numbers.includes(Number(/^(\d+)-/.exec(f)?.[1]))) rmSync(join(folder, f));
  if (readdirSync(folder).length !== numbers.length) throw new Error(`smallData: not every package of ${numbers.join(', ')} is in data/packages`);
  return dir;
}

/** A copy of the shipped data, to break on purpose. */
export function copyData(): string {
  const dir = tmp('toolkit-data-');
  cpSync(dataDir, dir, { recursive: true });
  return dir;
}

export function edit(file: string, from: string | RegExp, to: string) {
  const s = readFileSync(file, 'utf8');
  const t = s.replace(from, to);
  if (s === t) throw new Error(`edit: ${from} not found in ${file}`);
  writeFileSync(file, t);
}

export const pdftotext = (file: string, args: string[] = []) => popplerText('pdftotext', [...args, file, '-']);
export const pdfinfo = (file: string, args: string[] = []) => popplerText('pdfinfo', [...args, file]);
export const pdffonts = (file: string) => popplerText('pdffonts', [file]);

/** Text compared without spaces, line breaks or hyphens, so that wrapping and hyphenation do not matter. */
// Quotes, apostrophes and dashes as typed or as set (templates/typography.ts) read the same.
export const squash = (s: string) => s.normalize('NFC').replace(/[\s\u00ad\-‐–]+/g, '').replace(/[‘’']/g, "'").replace(/[“”"]/g, '"');

export function pageSizes(file: string): { w: number; h: number }[] {
  const out = pdfinfo(file, ['-f', '1', '-l', '999']);
  return [...out.matchAll(/Page +\d+ size: +([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ w: Number(m[1]), h: Number(m[2]) }));
}

/** Asserts that every page of the file is A4 portrait; returns the page count. */
export function expectA4(file: string): number {
  const sizes = pageSizes(file);
  expect(sizes.length).toBeGreaterThan(0);
  for (const s of sizes) {
    expect(Math.abs(s.w - 595.28)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(s.h - 841.89)).toBeLessThanOrEqual(0.5);
  }
  return sizes.length;
}

export interface Word {
  /** From 0. */
  page: number;
  text: string;
  cx: number;
  cy: number;
}

/** Every word poppler finds, with its centre in PDF points from the top left. */
export function words(file: string): Word[] {
  const html = popplerText('pdftotext', ['-bbox', file, '-']);
  const found: Word[] = [];
  html.split('<page ').slice(1).forEach((chunk, page) => {
    const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
    for (const m of chunk.matchAll(re)) {
      const [x1, y1, x2, y2] = m.slice(1, 5).map(Number) as [number, number, number, number];
      found.push({ page, text: m[5]!, cx: (x1 + x2) / 2, cy: (y1 + y2) / 2 });
    }
  });
  return found;
}

/** Every page of a file rendered at 72 dpi, so a pixel is a point (raster.ts). */
export { rasterPages as renderPages } from './raster.js';
