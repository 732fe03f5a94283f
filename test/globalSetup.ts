import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/** What a run of the CLI printed, and its exit code. */
export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** An output folder holding `build --all` of the shipped data: read it, never write to it. */
    built: string;
    /** `build --theme E` of a copy of the shipped data in another folder, to compare byte for byte with `built`. Read only too. */
    builtAgain: string;
    /** `toolkit check` of the shipped data, run by bin/toolkit.js in the project folder as a user runs it. */
    checked: Ran;
  }
}

const root = join(import.meta.dirname, '..');

/** The CLI as a user runs it (bin/toolkit.js in a process of its own). */
function toolkit(args: string[], cwd: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/toolkit.js'), ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A quiet build that must succeed; fails with the CLI's own words. */
async function build(args: string[], out: string, cwd: string): Promise<void> {
  const r = await toolkit(['build', ...args, '--quiet', '--out', out], cwd);
  if (r.code !== 0 || r.stderr) throw new Error(`build ${args.join(' ')} into ${out}: exit ${r.code}\n${r.stderr}`);
}

/** Every file under a folder with a hash of its bytes: what a test must leave as it found it. */
function contents(dir: string): string {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();
  return files.map((f) => `${f} ${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}`).join('\n');
}

/**
 * Made once before any test file runs, for the tests that only read: a full
 * build of the shipped data on one core; on the other, which would idle, a
 * theme built from a copy of the data elsewhere (where the data lies must not
 * change a byte) and then the check of the shipped data. A test that edits or
 * rebuilds copies what it needs first (helpers.ts: ownBuild, smallData).
 */
export default async function setup(project: TestProject) {
  const [out, again, copy] = ['toolkit-shared-', 'toolkit-shared-again-', 'toolkit-shared-data-'].map((n) => mkdtempSync(join(tmpdir(), n))) as [string, string, string];
  const cleanup = () => [out, again, copy].forEach((d) => rmSync(d, { recursive: true, force: true }));
  cpSync(join(root, 'data'), copy, { recursive: true });
  let checked: Ran;
  try {
    [, checked] = await Promise.all([
      build(['--all'], out, root),
      build(['--theme', 'E', '--data', copy], again, copy).then(() => toolkit(['check'], root)),
    ]);
  } catch (e) {
    cleanup();
    throw e;
  }
  project.provide('built', out);
  project.provide('builtAgain', again);
  project.provide('checked', checked);
  const before = [out, again].map(contents);
  return () => {
    const changed = [out, again].filter((d, i) => contents(d) !== before[i]);
    cleanup();
    if (!changed.length) return;
    // vitest reports an error thrown here but still exits 0: fail the run itself.
    process.exitCode = 1;
    throw new Error(`a test wrote into the shared build (${changed.join(', ')}): copy it first (helpers.ts: ownBuild)`);
  };
}
