import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An output folder holding `build --all` of the shipped data: read it, never write to it. */
    built: string;
    /** A second `build --all`, of a copy of the data in another folder, to compare byte for byte. Read only too. */
    builtAgain: string;
  }
}

const root = join(import.meta.dirname, '..');

/** `toolkit build --all` by the CLI as a user runs it; fails with the CLI's own words. */
function buildAll(out: string, data?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/toolkit.js'), 'build', '--all', '--quiet', ...(data ? ['--data', data] : []), '--out', out], {
      cwd: data ?? root,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && !stderr ? resolve() : reject(new Error(`build --all into ${out}: exit ${code}\n${stderr}`))));
  });
}

/** Every file under a folder with a hash of its bytes: what a test must leave as it found it. */
function contents(dir: string): string {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();
  return files.map((f) => `${f} ${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}`).join('\n');
}

/**
 * Two full builds of the shipped data, made before any test file runs, for
 * the tests that only read PDFs. They run side by side: before the test files
 * start, nothing else would use the second core. A test that edits or
 * rebuilds copies what it needs first (helpers.ts: ownBuild).
 */
export default async function setup(project: TestProject) {
  const [out, again, copy] = ['toolkit-shared-', 'toolkit-shared-again-', 'toolkit-shared-data-'].map((n) => mkdtempSync(join(tmpdir(), n))) as [string, string, string];
  const cleanup = () => [out, again, copy].forEach((d) => rmSync(d, { recursive: true, force: true }));
  // The second from a copy elsewhere: where the data lies must not change a byte.
  cpSync(join(root, 'data'), copy, { recursive: true });
  try {
    await Promise.all([buildAll(out), buildAll(again, copy)]);
  } catch (e) {
    cleanup();
    throw e;
  }
  project.provide('built', out);
  project.provide('builtAgain', again);
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
