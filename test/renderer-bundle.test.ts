import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromData } from '../src/index.js';
import { built, fixtures, root, smallData, tmp } from './helpers.js';

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) walk(join(d, e.name));
      else out[relative(dir, join(d, e.name))] = createHash('sha256').update(readFileSync(join(d, e.name))).digest('hex');
    }
  };
  walk(dir);
  return out;
}

// `.ci/run` runs these tests on the machine's Node and again on the current LTS; the CLI
// children start with process.execPath, so they run on the same Node.
const keepsCompiledCode = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

/**
 * A werkblad built by the CLI as a user runs it, with what it loaded and compiled (the trace
 * fixtures) and, where Node keeps compiled code itself, what Node says of it. One run for the
 * tests below, made when the first asks.
 */
let traced: { status: number | null; stderr: string; loaded: string } | undefined;
function tracedRun() {
  if (traced) return traced;
  const trace = join(tmp(), 'trace.txt');
  // A copy of the data with package 8 alone: a first run reads every package it is given.
  const r = spawnSync(process.execPath, ['--import', join(fixtures, 'trace-imports.mjs'), '--import', join(fixtures, 'code-cache-seen.mjs'), join(root, 'bin/toolkit.js'), 'build', '--package', '8', '--only', 'werkblad', '--force', '--quiet', '--data', smallData([8]), '--out', tmp()], {
    env: { ...process.env, TRACE_FILE: trace, ...(keepsCompiledCode ? { NODE_DEBUG_NATIVE: 'COMPILE_CACHE' } : {}) },
    encoding: 'utf8',
  });
  return (traced = { status: r.status, stderr: r.stderr, loaded: existsSync(trace) ? readFileSync(trace, 'utf8') : '' });
}

describe('the bundled renderer', () => {
  it('is what the CLI uses, and writes the same bytes as the modules it is made from', async () => {
    // The CLI runs the compiled code, for which `npm test` made dist/renderer.cjs.
    const r = tracedRun();
    expect(r.status, r.stderr).toBe(0);
    expect(r.loaded).toContain(join(root, 'dist/renderer.cjs'));
    expect(r.loaded).not.toContain('@react-pdf/');

    // The CLI made the shared build (globalSetup.ts) so, with the bundle. Here the TypeScript
    // sources run as modules: an empty folder, so that they render it all (from a copy of the
    // data with package 8 alone: the other packages are not part of its files).
    const viaModules = tmp();
    expect((await buildFromData(smallData([8]), { packages: [8], outDir: viaModules })).failed).toEqual([]);

    const pkg = '08-hoort-het-of-helpt-het';
    const a = hashes(join(built(), pkg));
    // Package 8: draaiboek, werkblad, 2 werkplaten on A3 and 2 x A4, 2 card files, slides, fillable werkblad.
    expect(Object.keys(a).length).toBe(10);
    expect(a).toEqual(hashes(join(viaModules, pkg)));
  });

  // The shared builds of globalSetup.ts ran the bundle before any test, and kept its compiled
  // code: the run above starts from what they kept.
  it(`on Node ${process.version}: ${keepsCompiledCode ? 'starts from the compiled code Node’s compile cache kept' : 'starts from the compiled code it kept itself (node:vm)'}`, () => {
    const r = tracedRun();
    expect(r.status, r.stderr).toBe(0);
    if (keepsCompiledCode) {
      expect(r.stderr).toMatch(/code cache for CommonJS \S*dist\/renderer\.cjs was accepted/);
      expect(existsSync(join(root, 'dist/compile-cache'))).toBe(true);
    } else {
      expect(r.loaded).toContain(`kept code accepted: ${join(root, 'dist/renderer.cjs')}\n`);
      expect(existsSync(join(root, 'dist/renderer.v8-cache'))).toBe(true);
    }
  });
});
