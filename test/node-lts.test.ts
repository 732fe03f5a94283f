import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../src/index.js';
import { renderWerkblad } from '../src/render/werkblad.js';
import { dataDir, root, tmp } from './helpers.js';

// `.ci/run` runs these tests on the machine's Node and again on the current LTS;
// the CLI children start with process.execPath, so they run on the same Node.
const keepsCompiledCode = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

function buildPackage8(env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [join(root, 'bin/toolkit.js'), 'build', '--package', '8', '--only', 'werkblad', '--force', '--quiet', '--out', tmp()], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

describe(`on Node ${process.version}`, () => {
  it('the CLI children run on this same Node', () => {
    const r = spawnSync(process.execPath, ['-p', 'process.version'], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe(process.version);
  });

  it('a drawn PDF starts with the whole header pdfkit writes, on every Node', async () => {
    // pdfkit pushes "%PDF-1.3" and a binary comment line as two chunks; Node 22
    // and later hand them out one at a time, and the second went missing.
    const project = loadProject(dataDir);
    const bytes = await renderWerkblad(project.toolkit, project.packages.find((p) => p.number === 8)!);
    expect(Buffer.from(bytes.subarray(0, 15)).toString('latin1')).toBe('%PDF-1.3\n%\xff\xff\xff\xff\n');
  });

  it(keepsCompiledCode ? 'keeps the bundled renderer’s compiled code with Node’s compile cache' : 'keeps the bundled renderer’s compiled code itself (node:vm)', () => {
    const first = buildPackage8();
    expect(first.status, first.stderr).toBe(0);
    if (keepsCompiledCode) {
      // The second run reads what the first (or any earlier run) kept.
      const second = buildPackage8({ NODE_DEBUG_NATIVE: 'COMPILE_CACHE' });
      expect(second.status, second.stderr).toBe(0);
      expect(second.stderr).toMatch(/code cache for CommonJS \S*dist\/renderer\.cjs was accepted/);
      expect(existsSync(join(root, 'dist/compile-cache'))).toBe(true);
    } else {
      expect(existsSync(join(root, 'dist/renderer.v8-cache'))).toBe(true);
    }
  }, 60_000);
});
