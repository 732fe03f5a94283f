import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../src/index.js';
import { renderWerkblad } from '../src/render/werkblad.js';
import { smallData } from './helpers.js';

// `.ci/run` runs these tests on the machine's Node and again on the current LTS;
// the CLI children start with process.execPath, so they run on the same Node.
// That the bundled renderer starts from compiled code kept on either Node: test/renderer-bundle.test.ts.

describe(`on Node ${process.version}`, () => {
  it('the CLI children run on this same Node', () => {
    const r = spawnSync(process.execPath, ['-p', 'process.version'], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe(process.version);
  });

  it('a drawn PDF starts with the whole header pdfkit writes, on every Node', async () => {
    // pdfkit pushes "%PDF-1.3" and a binary comment line as two chunks; Node 22
    // and later hand them out one at a time, and the second went missing.
    const project = loadProject(smallData([8]));
    const bytes = await renderWerkblad(project.toolkit, project.packages[0]!);
    expect(Buffer.from(bytes.subarray(0, 15)).toString('latin1')).toBe('%PDF-1.3\n%\xff\xff\xff\xff\n');
  });
});
