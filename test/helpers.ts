import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const dataDir = join(root, 'data');
export const fixtures = join(root, 'test/fixtures');

export const tmp = (name = 'toolkit-') => mkdtempSync(join(tmpdir(), name));

/** Runs the real CLI (compiled by `npm test` before vitest) as a user would. */
export function cli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [join(root, 'bin/toolkit.js'), ...args], {
    cwd: opts.cwd ?? root,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
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

export const pdftotext = (file: string, args: string[] = []) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
export const pdfinfo = (file: string, args: string[] = []) => execFileSync('pdfinfo', [...args, file], { encoding: 'utf8' });
export const pdffonts = (file: string) => execFileSync('pdffonts', [file], { encoding: 'utf8' });

/** Text compared without spaces, line breaks or hyphens, so that wrapping and hyphenation do not matter. */
export const squash = (s: string) => s.normalize('NFC').replace(/[\s\u00ad\-‐]+/g, '');

export function pageSizes(file: string): { w: number; h: number }[] {
  const out = pdfinfo(file, ['-f', '1', '-l', '999']);
  return [...out.matchAll(/Page +\d+ size: +([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ w: Number(m[1]), h: Number(m[2]) }));
}

export interface Word {
  text: string;
  x: number;
  y: number;
}

/** Words of one page with their centres, in points from the top left (pdftotext -bbox). */
export function wordsOf(file: string, page: number): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: m[5]!,
    x: (Number(m[1]) + Number(m[3])) / 2,
    y: (Number(m[2]) + Number(m[4])) / 2,
  }));
}

export function writeText(file: string, text: string) {
  writeFileSync(file, text);
}
