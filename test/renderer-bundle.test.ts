import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromData } from '../src/index.js';
import { built, dataDir, fixtures, root, tmp } from './helpers.js';

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

describe('the bundled renderer', () => {
  it('is what the CLI uses, and writes the same bytes as the modules it is made from', async () => {
    // The CLI runs the compiled code, for which `npm test` made dist/renderer.cjs.
    const trace = join(tmp(), 'trace.txt');
    const r = spawnSync(process.execPath, ['--import', join(fixtures, 'trace-imports.mjs'), join(root, 'bin/toolkit.js'), 'build', '--package', '8', '--only', 'werkblad', '--force', '--quiet', '--out', tmp()], {
      env: { ...process.env, TRACE_FILE: trace },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const loaded = readFileSync(trace, 'utf8');
    expect(loaded).toContain(join(root, 'dist/renderer.cjs'));
    expect(loaded).not.toContain('@react-pdf/');

    // The CLI made the shared build (globalSetup.ts) so, with the bundle. Here the TypeScript
    // sources run as modules: an empty folder, so that they render it all.
    const viaModules = tmp();
    expect((await buildFromData(dataDir, { packages: [8], outDir: viaModules })).failed).toEqual([]);

    const pkg = '08-hoort-het-of-helpt-het';
    const a = hashes(join(built(), pkg));
    // Package 8: draaiboek, werkblad, 2 werkplaten on A3 and 2 x A4, 2 card files.
    expect(Object.keys(a).length).toBe(8);
    expect(a).toEqual(hashes(join(viaModules, pkg)));
  });
});
