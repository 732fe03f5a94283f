import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tmp } from './helpers.js';

describe('the speed-ups of fontkit and pdfkit (shaping, font comparison, font facts, latin1 writes)', () => {
  it('give the same bytes as fontkit and pdfkit as they are', () => {
    const [cached, fresh] = [tmp(), tmp()];
    const args = ['build', '--package', '3,8,15', '--quiet'];
    expect(cli([...args, '--out', cached]).code).toBe(0);
    expect(cli([...args, '--out', fresh], { env: { TOOLKIT_RENDER_SPEEDUPS: 'off' } }).code).toBe(0);
    const pdfs = readdirSync(cached, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf') && !f.startsWith('.'));
    // Each a werkblad, 2 card files and each werkplaat twice (A3, 2 x A4): 3 and 8 have two
    // werkplaten, 15 has three and a draaiboek.
    expect(pdfs.length).toBe(7 + 7 + 10);
    for (const f of pdfs) expect(readFileSync(join(fresh, f)).equals(readFileSync(join(cached, f))), f).toBe(true);
  }, 30_000);
});
