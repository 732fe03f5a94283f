import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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
 * The full build is kept between runs, one per Node version, and brought up
 * to date by the build itself, as a user's `out/` is: its cache checks every
 * file it keeps against the hash it recorded, and any change of the code, the
 * fonts, the locked libraries or the data rebuilds what it touches. Nothing
 * changed since the last run, it costs a no-op build.
 */
const kept = join(root, 'node_modules', '.cache', 'toolkit-tests', `build-all-node-${process.version}`);

/**
 * Made before any test file runs, for the tests that only read: the full
 * build of the shipped data (kept, above). What only one file reads (a theme
 * built anew elsewhere, the check of the shipped data) that file makes itself,
 * beside the other files' tests. A test that edits or rebuilds copies what it
 * needs first (helpers.ts: ownBuild, smallData).
 */
export default async function setup(project: TestProject) {
  const out = kept;
  mkdirSync(out, { recursive: true });
  // A run that failed in the middle of it, or whose tests wrote into it, starts the next one afresh.
  const discard = () => rmSync(out, { recursive: true, force: true });
  try {
    await build(['--all'], out, root);
  } catch (e) {
    discard();
    throw e;
  }
  project.provide('built', out);
  const before = contents(out);
  return () => {
    const changed = contents(out) !== before ? [out] : [];
    if (!changed.length) return;
    discard();
    // vitest reports an error thrown here but still exits 0: fail the run itself.
    process.exitCode = 1;
    throw new Error(`a test wrote into the shared build (${changed.join(', ')}): copy it first (helpers.ts: ownBuild)`);
  };
}
