import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFingerprint, codeSources } from '../src/run/fingerprint.js';
import { ownBuild, root, toolkit } from './helpers.js';

describe('the code fingerprint', () => {
  it('is that of the sources dist/ was compiled from, the same for the CLI (dist/) and the tests (src/)', () => {
    // npm test compiled dist/ from these sources, or found it made from them.
    expect(codeSources()).toBe(readFileSync(join(root, 'dist/built-from.sha256'), 'utf8').trim());
    const compiled = execFileSync(process.execPath, ['--input-type=module', '-e', `import('${join(root, 'dist/src/run/fingerprint.js')}').then((m) => console.log(m.codeFingerprint()))`], { encoding: 'utf8' }).trim();
    expect(compiled).toMatch(/^[0-9a-f]{64}$/);
    expect(codeFingerprint()).toBe(compiled);
  });

  it('lets this process trust what the CLI built: a build of the same sources writes nothing', async () => {
    const out = ownBuild();
    const r = await toolkit(['build', '--all', '--out', out, '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as { written: unknown[]; unchanged: unknown[] };
    expect(summary.written).toEqual([]);
    expect(summary.unchanged.length).toBeGreaterThan(100);
  });
});
