import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../src/index.js';
import { renderWerkblad } from '../src/outputs/kinds/werkblad/render.js';
import { root, smallData, tmp } from './helpers.js';
import { popplerText } from './poppler.js';

// `.ci/run` runs the tests on the machine's Node and again on the current LTS. What differs between
// Nodes is how pdfkit's stream hands out its chunks and how the CLI loads the bundled renderer: both
// are read back here from what is written, by this Node, in this process and by the CLI.
const HEADER = '%PDF-1.3\n%\xff\xff\xff\xff\n';

describe(`on Node ${process.version}`, () => {
  it('a drawn PDF starts with the whole header pdfkit writes', async () => {
    // pdfkit pushes "%PDF-1.3" and a binary comment line as two chunks; Node 22
    // and later hand them out one at a time, and the second once went missing.
    const project = loadProject(smallData([8]));
    const bytes = await renderWerkblad(project.toolkit, project.packages[0]!);
    expect(Buffer.from(bytes.subarray(0, HEADER.length)).toString('latin1')).toBe(HEADER);
  });

  it('the CLI, started by this Node as a user starts it, writes a werkblad poppler reads', () => {
    const out = tmp();
    const r = spawnSync(process.execPath, [join(root, 'bin/toolkit.js'), 'build', '--package', '8', '--only', 'werkblad', '--force', '--quiet', '--data', smallData([8]), '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const file = join(out, '08-hoort-het-of-helpt-het', '08-hoort-het-of-helpt-het-werkblad-A4.pdf');
    // pdf-lib writes the file the CLI saves (its own header); poppler reads it whole.
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(popplerText('pdfinfo', [file])).toMatch(/^Pages:\s+[12]$/m);
    expect(popplerText('pdftotext', [file, '-'])).toContain('Reflectievragen');
  });
});
