import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../src/index.js';
import { cli, dataDir, tmp } from './helpers.js';

describe('the speed-ups of fontkit and pdfkit (shaping, font comparison, font facts, latin1 writes)', () => {
  it('give the same bytes as fontkit and pdfkit as they are', () => {
    const [cached, fresh] = [tmp(), tmp()];
    const args = ['build', '--package', '3,8,15', '--quiet'];
    expect(cli([...args, '--out', cached]).code).toBe(0);
    expect(cli([...args, '--out', fresh], { env: { TOOLKIT_RENDER_SPEEDUPS: 'off' } }).code).toBe(0);
    const pdfs = readdirSync(cached, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf') && !f.startsWith('.'));
    // Werkblad, each werkplaat on A3 and 2 x A4, 2 card files, and the draaiboek where a package has a plan.
    const chosen = loadProject(dataDir).packages.filter((p) => [3, 8, 15].includes(p.number));
    expect(pdfs.length).toBe(chosen.reduce((n, p) => n + 1 + 2 * p.werkplaten.length + (p.cards.length ? 2 : 0) + (p.facilitation ? 1 : 0), 0));
    for (const f of pdfs) expect(readFileSync(join(fresh, f)).equals(readFileSync(join(cached, f))), f).toBe(true);
  }, 30_000);
});
