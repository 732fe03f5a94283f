import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An output folder holding `build --all` of the shipped data: read it, never write to it. */
    built: string;
  }
}

/**
 * One full build of the shipped data, made once before any test file runs,
 * for the tests that only read its PDFs. A test that edits or rebuilds
 * copies it first.
 */
export default function setup(project: TestProject) {
  const root = join(import.meta.dirname, '..');
  const out = mkdtempSync(join(tmpdir(), 'toolkit-shared-'));
  execFileSync(process.execPath, [join(root, 'bin/toolkit.js'), 'build', '--all', '--quiet', '--out', out], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  project.provide('built', out);
  return () => rmSync(out, { recursive: true, force: true });
}
