import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFromData, type BuildEvent, type BuildOptions } from '../src/index.js';
import { CACHE_DIR } from '../src/run/cache.js';
import { lockOutput } from '../src/run/lock.js';
import { staleCompiledCode } from '../src/run/staleCode.js';
import { dataDir, edit, pdftotext, smallData, tmp, toolkit } from './helpers.js';

// Builds run in this process: what is tested is the cache, and a spawn would add nothing to that.
// Each test copies only the packages it builds: theme C is then package 8 alone, theme E package 14 alone.
const P8 = '08-hoort-het-of-helpt-het';
const WERKBLAD = `${P8}/${P8}-werkblad-A4.pdf`;
const QUESTION = 'Welke taak deed je deze week';
const editQuestion = (data: string) => edit(join(data, 'packages', `${P8}.yaml`), QUESTION, 'Welke klus GEWIJZIGD deed je deze week');
const revert = (data: string) => cpSync(join(dataDir, 'packages', `${P8}.yaml`), join(data, 'packages', `${P8}.yaml`));

const run = async (data: string, outDir: string, opts: Partial<BuildOptions> = {}) => {
  const r = await buildFromData(data, { outDir, ...opts });
  expect(r.failed).toEqual([]);
  const rel = (ws: { path: string }[]) => ws.map((w) => relative(outDir, w.path)).sort();
  return { written: rel(r.written), unchanged: rel(r.unchanged) };
};

/** Overwrites bytes in the middle of a file, keeping its size (dd conv=notrunc). */
function damage(file: string, at = 3000) {
  const size = readFileSync(file).length;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(Math.min(2000, size - at)), 0, Math.min(2000, size - at), at);
  closeSync(fd);
  expect(readFileSync(file).length).toBe(size);
}

/**
 * A copy of a forced build, its cache record and file times with it (as ownBuild() copies the shared
 * build): the folder to damage, while the forced build stays the reference, built once, not twice.
 */
const copyBuild = (from: string, to: string) => cpSync(from, to, { recursive: true, preserveTimestamps: true });

const epoch = process.env.SOURCE_DATE_EPOCH;
afterEach(() => {
  if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = epoch;
});

describe('the cache is never wrong', () => {
  it('an edit built by another selection, then reverted, is rebuilt (the fast path trusts no rewritten file)', async () => {
    // The werkblad alone: the same record and fast path as the whole package, a third of the drawing.
    const [data, out] = [smallData([8]), tmp()];
    await run(data, out, { packages: [8], only: ['werkblad'] });
    editQuestion(data);
    await run(data, out, { themes: ['C'], only: ['werkblad'] });
    expect(pdftotext(join(out, WERKBLAD))).toContain('GEWIJZIGD');
    revert(data);
    const r = await run(data, out, { packages: [8], only: ['werkblad'] });
    expect(r.written).toEqual([WERKBLAD]);
    expect(pdftotext(join(out, WERKBLAD))).not.toContain('GEWIJZIGD');
  }, 60_000);

  it('SOURCE_DATE_EPOCH set for one run and unset for the next gives the date of each run', async () => {
    const [data, out] = [smallData([8, 9]), tmp()];
    const date = async () => (await PDFDocument.load(readFileSync(join(out, WERKBLAD)), { updateMetadata: false })).getCreationDate()?.toISOString();
    await run(data, out, { packages: [8], only: ['werkblad'] });
    const plain = await date();
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    await run(data, out, { packages: [8, 9], only: ['werkblad'] });
    expect(await date()).toBe('2023-11-14T22:13:20.000Z');
    delete process.env.SOURCE_DATE_EPOCH;
    expect((await run(data, out, { packages: [8], only: ['werkblad'] })).written).toEqual([WERKBLAD]);
    expect(await date()).toBe(plain);
  }, 60_000);

  it('switching --data back into the same --out rebuilds from the data now chosen', async () => {
    const [a, b, out] = [smallData([8]), smallData([8]), tmp()];
    editQuestion(b);
    await run(a, out, { packages: [8], only: ['werkblad'] });
    await run(b, out, { packages: [8], only: ['werkblad'] });
    expect(pdftotext(join(out, WERKBLAD))).toContain('GEWIJZIGD');
    expect((await run(a, out, { packages: [8], only: ['werkblad'] })).written).toEqual([WERKBLAD]);
    expect(pdftotext(join(out, WERKBLAD))).not.toContain('GEWIJZIGD');
  }, 60_000);

  it('a same-size damaged PDF is rebuilt, and a bundle is never made from a damaged part', async () => {
    const [data, out, ref] = [smallData([8]), tmp(), tmp()];
    await run(data, ref, { themes: ['C'], force: true });
    copyBuild(ref, out);
    const bundle = 'thema-C-ambtelijk-vakmanschap-bundel.pdf';
    damage(join(out, WERKBLAD));
    expect((await run(data, out, { packages: [8] })).written).toEqual([WERKBLAD]);
    expect(readFileSync(join(out, WERKBLAD)).equals(readFileSync(join(ref, WERKBLAD)))).toBe(true);

    // Damaged again, with its old time put back so that only its bytes tell; then the bundle is made.
    const file = join(out, WERKBLAD);
    const { mtime } = await import('node:fs').then((fs) => fs.statSync(file));
    damage(file);
    utimesSync(file, mtime, mtime);
    damage(join(out, bundle), 5000);
    const r = await run(data, out, { themes: ['C'] });
    expect(r.written).toEqual([WERKBLAD, bundle].sort());
    expect(readFileSync(join(out, bundle)).equals(readFileSync(join(ref, bundle)))).toBe(true);
  }, 90_000);

  it('build --verify (--nakijken) finds damage that kept size and time, which a plain build trusts', async () => {
    const [data, out, ref] = [smallData([8]), tmp(), tmp()];
    await run(data, ref, { packages: [8], only: ['werkblad'], force: true });
    await run(data, out, { packages: [8], only: ['werkblad'] });
    // Damage that keeps the size, then the time put back to the nanosecond (touch: Node's utimes rounds it).
    const file = join(out, WERKBLAD);
    const ns = statSync(file, { bigint: true }).mtimeNs;
    damage(file);
    expect(spawnSync('touch', ['-m', '-d', `@${ns / 1_000_000_000n}.${String(ns % 1_000_000_000n).padStart(9, '0')}`, file]).status).toBe(0);
    expect(statSync(file, { bigint: true }).mtimeNs).toBe(ns);
    const args = ['build', '--package', '8', '--only', 'werkblad', '--data', data, '--out', out];
    // The cheap test (size and time) holds: a plain build keeps the damaged file.
    const plain = await toolkit([...args, '--json']);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).written, plain.stdout).toEqual([]);
    expect(readFileSync(file).equals(readFileSync(join(ref, WERKBLAD)))).toBe(false);
    // --nakijken reads every kept file back and makes again what no longer matches its hash.
    const verified = await toolkit([...args, '--nakijken', '--json']);
    expect(verified.code, verified.stderr).toBe(0);
    expect(JSON.parse(verified.stdout).written.map((w: { path: string }) => relative(out, w.path))).toEqual([WERKBLAD]);
    expect(readFileSync(file).equals(readFileSync(join(ref, WERKBLAD)))).toBe(true);
    // Nothing damaged: --verify writes nothing.
    expect(JSON.parse((await toolkit([...args, '--verify', '--json'])).stdout).written).toEqual([]);
  }, 90_000);

  it('a damaged cached cover is made again, without --force', async () => {
    const [data, out, ref] = [smallData([14]), tmp(), tmp()];
    await run(data, ref, { themes: ['E'], force: true });
    copyBuild(ref, out);
    const bundle = 'thema-E-wijkgericht-werken-bundel.pdf';
    damage(join(out, CACHE_DIR, 'omslag', 'thema-E-omslag.pdf'), 1000);
    writeFileSync(join(out, bundle), 'weg');
    expect((await run(data, out, { themes: ['E'] })).written).toEqual([bundle]);
    expect(readFileSync(join(out, bundle)).equals(readFileSync(join(ref, bundle)))).toBe(true);
  }, 90_000);

  it('removes temp files an interrupted run left, but not those of a run still going', async () => {
    const [data, out] = [smallData([8]), tmp()];
    await run(data, out, { packages: [8], only: ['werkblad'] });
    const dead = join(out, `${WERKBLAD}.tmp-999999-abc123`);
    const live = join(out, `${WERKBLAD}.tmp-1-abc123`); // process 1 always runs
    const cover = join(out, CACHE_DIR, 'omslag', `x.pdf.tmp-999999-zz`);
    mkdirSync(join(out, CACHE_DIR, 'omslag'), { recursive: true });
    for (const f of [dead, live, cover]) writeFileSync(f, '');
    await run(data, out, { packages: [8], only: ['werkblad'] });
    expect([existsSync(dead), existsSync(live), existsSync(cover)]).toEqual([false, true, false]);
  }, 60_000);
});

describe('one run at a time in an output folder', () => {
  it('a second build into the same folder waits for the first and both records are kept', async () => {
    const [data, out] = [smallData([7, 9]), tmp()];
    const events: BuildEvent[] = [];
    const [a, b] = await Promise.all([
      buildFromData(data, { outDir: out, packages: [7], only: ['werkblad'] }),
      buildFromData(data, { outDir: out, packages: [9], only: ['werkblad'], onEvent: (e) => events.push(e) }),
    ]);
    expect([a.written.length, b.written.length]).toEqual([1, 1]);
    expect(events[0]).toEqual({ type: 'waiting', pid: process.pid });
    const manifest = JSON.parse(readFileSync(join(out, CACHE_DIR, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.outputs).filter((p) => p.endsWith('werkblad-A4.pdf')).length).toBe(2);
    expect(Object.keys(manifest.runs).length).toBe(2);
    expect(existsSync(join(out, CACHE_DIR, 'lock'))).toBe(false);
  }, 60_000);

  it('takes over the lock of a process that no longer runs, and waits for one that runs', async () => {
    const out = tmp();
    mkdirSync(join(out, CACHE_DIR));
    writeFileSync(join(out, CACHE_DIR, 'lock'), '999999');
    const release = await lockOutput(out, () => {
      throw new Error('must not wait');
    });
    release();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 15000)']);
    writeFileSync(join(out, CACHE_DIR, 'lock'), String(child.pid));
    const waited: number[] = [];
    let granted = false;
    const locked = lockOutput(out, (pid) => waited.push(pid)).then((release) => ((granted = true), release));
    // It says it waits, and goes on waiting while the child runs.
    for (let i = 0; !waited.length && i < 500; i++) await new Promise((r) => setTimeout(r, 20)); // up to 10 s
    await new Promise((r) => setTimeout(r, 200));
    expect([waited, granted]).toEqual([[child.pid], false]);
    child.kill();
    (await locked)(); // granted once the child is gone
  }, 20_000);
});

describe('stale compiled code', () => {
  it('names a source file newer than dist/, and is quiet when dist/ is newer', () => {
    const root = tmp();
    for (const d of ['src', 'templates', 'dist/src']) mkdirSync(join(root, d), { recursive: true });
    const at = (f: string, s: number) => (writeFileSync(join(root, f), ''), utimesSync(join(root, f), s, s));
    at('src/a.ts', 1000);
    at('dist/src/index.js', 2000);
    at('dist/renderer.cjs', 2000);
    at('templates/Werkblad.tsx', 1500);
    const running = join(root, 'dist/src/run/staleCode.js');
    expect(staleCompiledCode(root, running)).toBeUndefined();
    at('templates/Werkblad.tsx', 3000);
    expect(staleCompiledCode(root, running)).toEqual({ file: 'templates/Werkblad.tsx' });
    expect(staleCompiledCode(root, join(root, 'src/run/staleCode.ts'))).toBeUndefined();
  });
});
