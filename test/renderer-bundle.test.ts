import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromData } from '../src/index.js';
import { dataDir, keptByCode, root, smallData, tmp } from './helpers.js';

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

/** Package 8 built by the CLI as a user runs it, into a folder of its own; `env` added to the process's. */
function cliBuild(env: NodeJS.ProcessEnv = {}) {
  const out = tmp();
  const r = spawnSync(process.execPath, [join(root, 'bin/toolkit.js'), 'build', '--package', '8', '--force', '--quiet', '--data', smallData([8]), '--out', out], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { ...r, out };
}

// `.ci/run` runs these tests on the machine's Node and again on the current LTS.
const keepsCompiledCode = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

describe('the bundled renderer (dist/renderer.cjs)', () => {
  it('is what the CLI uses, and writes the same bytes as the modules it is made from', async () => {
    // NODE_DEBUG=module: Node says which CommonJS files it loads (the bundle is the only one of ours).
    const cli = cliBuild({ NODE_DEBUG: 'module' });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stderr).toContain(join(root, 'dist/renderer.cjs'));

    // Here the TypeScript sources run as modules, into an empty folder: kept by the code (and the data) that made
    // it and the environment it reads, so a run of the same sources reads what the modules wrote before; a change of any makes it again.
    const pkg = '08-hoort-het-of-helpt-het';
    const sources = ['toolkit.yaml', `packages/${pkg}.yaml`].map((f) => readFileSync(join(dataDir, f), 'utf8'));
    const env = ['SOURCE_DATE_EPOCH', 'TOOLKIT_RENDER_SPEEDUPS'].map((k) => process.env[k] ?? '');
    const viaModules = await keptByCode('renderer-bundle-modules', [sources, env], async (dir) => {
      expect((await buildFromData(smallData([8]), { packages: [8], outDir: dir })).failed).toEqual([]);
    });
    const a = hashes(join(cli.out, pkg));
    // Package 8: draaiboek, werkblad, 2 werkplaten on A3 and 2 x A4, 2 card files, slides, fillable werkblad.
    expect(Object.keys(a).length).toBe(10);
    expect(a).toEqual(hashes(join(viaModules, pkg)));
  });

  it.runIf(keepsCompiledCode)(`on Node ${process.version}: a second start takes the bundle's compiled code from Node's compile cache`, () => {
    cliBuild();
    const r = cliBuild({ NODE_DEBUG_NATIVE: 'COMPILE_CACHE' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/code cache for CommonJS \S*dist\/renderer\.cjs was accepted/);
  });
});
