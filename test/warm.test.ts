// The warm rounds of build --watch and preview: what they keep in memory, the files they write
// ahead of their group, and that their outputs are the bytes of a cold build.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildFromData } from '../src/build.js';
import { Cache } from '../src/run/cache.js';
import { execute } from '../src/run/run.js';
import type { Job } from '../src/run/job.js';
import { cli, edit, keptByCode, smallData, tmp } from './helpers.js';

const enc = new TextEncoder();
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const pdfs = (out: string) =>
  readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.pdf'))
    .sort();

/** Two jobs of one group writing a.txt and b.txt; the second hands a.txt on early and then, if told, fails. */
function group(version: string, failAfterReady = false): Job[] {
  const job = (id: string, path: string, early: boolean): Job => ({
    id,
    family: 'build',
    what: 'test',
    owner: 'pakket',
    group: 'pakket',
    outputs: early ? [path, 'c.txt'] : [path],
    needs: [],
    fingerprint: `${id}:${version}`,
    async make(input) {
      const file = { path, bytes: enc.encode(`${path} ${version}`) };
      if (!early) return [file];
      input.ready?.(file);
      if (failAfterReady) throw new Error('kapot na het eerste bestand');
      return [file, { path: 'c.txt', bytes: enc.encode(`c.txt ${version}`) }];
    },
  });
  return [job('eerste', 'b.txt', false), job('laatste', 'a.txt', true)];
}

describe('warm rounds', () => {
  it('the last job of a group writes a file early; should it fail after, the file and its record are put back', async () => {
    const out = tmp('toolkit-warm-early-');
    const first = await execute(group('1'), { outDir: out }, new Cache(out));
    expect(first.failed).toEqual([]);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('a.txt 1');

    // Written early, then the job fails: the group keeps all its old files.
    const seen: string[] = [];
    const failed = await execute(group('2', true), { outDir: out, onEvent: (e) => e.type === 'written' && seen.push(e.path) }, new Cache(out));
    expect(failed.failed.map((f) => f.id)).toEqual(['pakket']);
    expect(seen).toEqual([]);
    for (const f of ['a.txt', 'b.txt', 'c.txt']) expect(readFileSync(join(out, f), 'utf8')).toBe(`${f} 1`);
    // The record says the old file again: the next run with the old sources has nothing to do.
    const again = await execute(group('1'), { outDir: out }, new Cache(out));
    expect(again.written).toEqual([]);
    expect(again.unchanged.map((w) => w.path.slice(out.length + 1)).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);

    // Written early and the job succeeds: written once, told with the rest of its group.
    const ok = await execute(group('3'), { outDir: out }, new Cache(out));
    expect(ok.written.map((w) => w.path.slice(out.length + 1)).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
    for (const f of ['a.txt', 'b.txt', 'c.txt']) expect(readFileSync(join(out, f), 'utf8')).toBe(`${f} 3`);
    expect(new Cache(out).fresh('a.txt', 'laatste:3', true)).toBe(true);
  });

  it('keeps its cache in memory only while the manifest on disk is the one it wrote', async () => {
    const out = tmp('toolkit-warm-cache-');
    await execute(group('1'), { outDir: out }, Cache.open(out, { warm: true }));
    const warm = Cache.open(out, { warm: true });
    expect(Cache.open(out, { warm: true })).toBe(warm);
    expect(Cache.open(out)).not.toBe(warm);
    // Another run writes the folder: its record is read, not ours.
    await execute(group('2'), { outDir: out }, new Cache(out));
    const after = Cache.open(out, { warm: true });
    expect(after).not.toBe(warm);
    expect(after.fresh('a.txt', 'laatste:2')).toBe(true);
  });

  it('a warm round after an edit gives the bytes of a cold build of the same sources, speed-ups off', async () => {
    const data = smallData([8]);
    // Theme C is package 8 alone here: every kind of file a warm round keeps something for (the project, the parsed
    // files, toolkit.yaml, card pages, a cover, a bundle), without the five empty themes' bundles, the guide and the overview.
    const sel = { themes: ['C'] };
    const warm = tmp('toolkit-warm-out-');
    const yaml = join(data, 'packages', readdirSync(join(data, 'packages'))[0]!);
    expect((await buildFromData(data, { ...sel, outDir: warm, warm: true })).failed).toEqual([]);
    const a4 = join(warm, '08-hoort-het-of-helpt-het/08-hoort-het-of-helpt-het-kaarten-A4.pdf');
    const before = statSync(a4).mtimeMs;
    edit(yaml, '"Je laatste taak"', '"Je allerlaatste taak"');
    const round = await buildFromData(data, { ...sel, outDir: warm, warm: true });
    expect(round.written.map((w) => w.path.slice(warm.length + 1)).sort()).toEqual([
      '08-hoort-het-of-helpt-het/08-hoort-het-of-helpt-het-kaarten-A4.pdf',
      '08-hoort-het-of-helpt-het/08-hoort-het-of-helpt-het-kaarten-drukker.pdf',
      'thema-C-ambtelijk-vakmanschap-bundel.pdf',
    ]);
    expect(statSync(a4).mtimeMs).not.toBe(before);
    // A second edit and back: the kept project and parsed files follow the bytes.
    edit(yaml, '"Je allerlaatste taak"', '"Je tussentaak"');
    await buildFromData(data, { ...sel, outDir: warm, warm: true });
    edit(yaml, '"Je tussentaak"', '"Je allerlaatste taak"');
    await buildFromData(data, { ...sel, outDir: warm, warm: true });
    // toolkit.yaml, kept by its bytes too: an edit and back remakes every file with the date as it is.
    const toolkit = join(data, 'toolkit.yaml');
    const outputs = () => pdfs(warm).filter((p) => !p.startsWith('.')).length; // not the cache's own (cover, stamps)
    const date = /^date: .*$/m.exec(readFileSync(toolkit, 'utf8'))![0];
    edit(toolkit, date, 'date: 2020-01-02');
    expect((await buildFromData(data, { ...sel, outDir: warm, warm: true })).written.length).toBe(outputs());
    edit(toolkit, 'date: 2020-01-02', date);
    expect((await buildFromData(data, { ...sel, outDir: warm, warm: true })).written.length).toBe(outputs());

    // The cold build, in a process of its own, is kept between runs of the same code by the bytes it was made of.
    const sources = [toolkit, yaml].map(sha);
    const cold = await keptByCode('warm-cold', ['theme C, speed-ups off', sources], (dir) => {
      const r = cli(['build', '--force', '--quiet', '--theme', 'C', '--data', data, '--out', dir], { env: { ...process.env, TOOLKIT_RENDER_SPEEDUPS: 'off' } });
      expect(r.code, r.stderr).toBe(0);
    });
    expect(pdfs(warm)).toEqual(pdfs(cold));
    expect(pdfs(warm).length).toBeGreaterThan(4);
    for (const p of pdfs(warm)) expect(sha(join(warm, p)), p).toBe(sha(join(cold, p)));
  }, 120_000);
});
