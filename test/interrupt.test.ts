import { afterEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from '../src/run/cache.js';
import { lockOutput, startOf } from '../src/run/lock.js';
import { root, smallData, tmp, toolkit } from './helpers.js';

const children: ChildProcess[] = [];
afterEach(() => children.splice(0).forEach((c) => c.exitCode === null && c.signalCode === null && c.kill('SIGKILL')));

/** The CLI in a process of its own, with what it printed so far. */
function start(args: string[]) {
  const child = spawn(process.execPath, [join(root, 'bin/toolkit.js'), ...args], { env: { ...process.env, NO_COLOR: '1' } });
  children.push(child);
  const seen = { stdout: '', stderr: '' };
  child.stdout!.on('data', (c) => (seen.stdout += c));
  child.stderr!.on('data', (c) => (seen.stderr += c));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const until = async (what: () => boolean) => {
    while (!what()) {
      if (child.exitCode !== null) throw new Error(`ended early: ${seen.stdout}\n${seen.stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { child, seen, ended, until };
}

/** A process that holds the output folder's lock, as a running build does. */
function holdLock(out: string) {
  const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  children.push(holder);
  mkdirSync(join(out, CACHE_DIR), { recursive: true });
  writeFileSync(join(out, CACHE_DIR, 'lock'), `${holder.pid} ${startOf(holder.pid!)}`);
}

const filesIn = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

describe('Ctrl-C and SIGTERM', () => {
  it('stop a build between jobs: exit 130, "Onderbroken", every file whole, the next build goes on from there', async () => {
    const data = smallData([1, 8]);
    const out = tmp('toolkit-int-');
    // One kind of file: four jobs (two werkbladen, the guide, the overview), each a file of its own, made in a second or so.
    const only = ['--only', 'werkblad'];
    const run = start(['build', ...only, '--data', data, '--out', out]);
    // Once the first file is written, the next ones are being made.
    await run.until(() => run.seen.stdout.includes('gemaakt'));
    run.child.kill('SIGINT');
    const { code } = await run.ended;
    expect(code).toBe(130);
    expect(run.seen.stderr).toMatch(/Onderbroken\. \d+ bestand(en)? van deze keer (is|zijn) af en bewaard/);
    expect(run.seen.stdout).not.toContain('Klaar');
    const pdfs = filesIn(out).filter((f) => !f.includes(CACHE_DIR));
    expect(pdfs.length).toBeGreaterThan(0);
    // No temporary or half-written file: each is a PDF qpdf finds whole.
    for (const f of pdfs) {
      expect(f).toMatch(/\.pdf$/);
      expect(spawnSync('qpdf', ['--check', f]).status).toBe(0);
    }
    const again = await toolkit(['build', ...only, '--data', data, '--out', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/\d+ (was|waren) al bijgewerkt/);
  }, 180_000);

  // build --watch makes one kind of file (its first PDF a small werkblad, three more jobs after it); voorbeeld, which
  // has no --only, makes one package's every file and the site's pages and previews: its first PDF comes sooner.
  for (const [command, only, packages] of [
    [['build', '--watch'], ['--only', 'werkblad'], [1, 8]],
    [['voorbeeld'], [], [8]],
  ] as const) {
    it(`stop ${command[0]}${command[1] === '--watch' ? ' --watch' : ''} during its first round as any build: exit 130, "Onderbroken", no lock left`, async () => {
      const data = smallData([...packages]);
      const out = tmp('toolkit-int-watch-');
      const run = start([...command, ...only, '--data', data, '--out', out]);
      // Once a first PDF is written, the round is under way.
      await run.until(() => existsSync(out) && filesIn(out).some((f) => f.endsWith('.pdf') && !f.includes(CACHE_DIR)));
      run.child.kill('SIGINT');
      expect(await run.ended).toEqual({ code: 130, signal: null });
      expect(run.seen.stderr).toContain('Onderbroken');
      expect(run.seen.stdout).not.toMatch(/Ik kijk naar|staat klaar op/);
      expect(existsSync(join(out, CACHE_DIR, 'lock'))).toBe(false);
      expect(filesIn(out).filter((f) => /\.tmp-\d+-/.test(f))).toEqual([]);
    }, 180_000);
  }

  it('SIGTERM ends a build that waits for another one\'s lock, with exit 130', async () => {
    const out = tmp('toolkit-int-');
    holdLock(out);
    const run = start(['build', '8', '--out', out]);
    await run.until(() => run.seen.stderr.includes('Even wachten'));
    run.child.kill('SIGTERM');
    expect(await run.ended).toEqual({ code: 130, signal: null });
    expect(run.seen.stderr).toContain('Onderbroken');
  }, 60_000);

  it('a second Ctrl-C ends the process at once', async () => {
    const out = tmp('toolkit-int-');
    holdLock(out);
    const run = start(['build', '8', '--out', out]);
    await run.until(() => run.seen.stderr.includes('Even wachten'));
    run.child.kill('SIGINT');
    await run.until(() => run.seen.stderr.includes('nog een keer Ctrl+C'));
    run.child.kill('SIGINT');
    // Killed by the signal itself, before the first one's own exit (130) came.
    expect(await run.ended).toEqual({ code: null, signal: 'SIGINT' });
  }, 60_000);
});

describe('the output folder\'s lock', () => {
  it('is stale when its process id now belongs to another program', async () => {
    const other = spawn('sleep', ['60']);
    children.push(other);
    const out = tmp('toolkit-lock-');
    mkdirSync(join(out, CACHE_DIR));
    const never = () => {
      throw new Error('must not wait');
    };
    // Written by a toolkit that started at another time than the process with that id now.
    writeFileSync(join(out, CACHE_DIR, 'lock'), `${other.pid} 1`);
    (await lockOutput(out, never))();
    // A lock of an older version, without a start time: its id is a program that is not Node.
    writeFileSync(join(out, CACHE_DIR, 'lock'), String(other.pid));
    (await lockOutput(out, never))();
    // The very process that wrote it, still running: wait.
    writeFileSync(join(out, CACHE_DIR, 'lock'), `${other.pid} ${startOf(other.pid!)}`);
    const waited: number[] = [];
    const locked = lockOutput(out, (pid) => waited.push(pid));
    for (let i = 0; !waited.length && i < 500; i++) await new Promise((r) => setTimeout(r, 20)); // up to 10 s
    expect(waited).toEqual([other.pid]);
    other.kill('SIGKILL');
    (await locked)();
  });
});
