import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_KINDS } from '../src/build/outputs.js';
import { writeAtomic } from '../src/build/write.js';
import { cli, copyData, edit, tmp } from './helpers.js';

describe('cli', () => {
  it('check passes on the shipped data', () => {
    const r = cli(['check']);
    // Warnings (no film link, no session plan yet) are allowed; errors are not.
    expect(r.stdout).toContain('18 packages checked: no problems');
    expect(r.code).toBe(0);
  });

  it('check fails with file:line:col on a broken copy, and writes nothing', () => {
    const data = copyData();
    edit(join(data, 'packages/08-hoort-het-of-helpt-het.yaml'), /^questions:\n  - /m, 'questions:\n  - - ');
    edit(join(data, 'packages/03-van-legpuzzel-naar-ecosysteem.yaml'), /^intro:/m, 'intro_text: x\nintro:');
    const r = cli(['check', '--data', data], { cwd: data });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/packages\/08-hoort-het-of-helpt-het\.yaml:\d+:5 questions\[0\]: expected text, got a list/);
    expect(r.stderr).toMatch(/packages\/03-van-legpuzzel-naar-ecosysteem\.yaml:\d+:1 intro_text: unknown key "intro_text"/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(join(data, 'out'))).toBe(false);
  });

  it('a broken package does not stop the others, and the exit code says so', () => {
    const data = copyData();
    const out = tmp('toolkit-out-');
    edit(join(data, 'packages/08-hoort-het-of-helpt-het.yaml'), /^theme: C/m, 'theme: Q');
    const r = cli(['build', '--package', '7,8,9', '--only', 'werkblad', '--data', data, '--out', out], { cwd: data });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('failed 08-hoort-het-of-helpt-het');
    expect(r.stderr).toMatch(/08-hoort-het-of-helpt-het\.yaml:2:8 theme: theme "Q" does not exist/);
    expect(readdirSync(out, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name).sort()).toEqual(['07-het-juiste-midden', '09-geef-niet-de-oplossing-geef-het-probleem']);
    expect(r.stdout).toContain('2 written, 0 up to date, 1 failed');
  });

  it.each([
    [['build', '--package', '99'], 'er is geen werkpakket 99; de werkpakketten zijn 1-18'],
    [['build', '--package', '19'], 'er is geen werkpakket 19; de werkpakketten zijn 1-18'],
    [['build', '--theme', 'Z'], 'er is geen thema "Z"; de thema\'s zijn A, B, C, D, E, F'],
    [['build', '--package', 'acht'], '"acht" is geen werkpakketnummer'],
    [['build', '--only', 'poster'], `"poster" bestaat niet; kies uit ${OUTPUT_KINDS.join(', ')}`],
    [['bouw'], "unknown command 'bouw'"],
  ])('usage error %j exits 2 with a helpful message', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an output folder that cannot be written is reported as such, not as a bug', () => {
    const file = join(tmp(), 'a-file');
    writeFileSync(file, 'not a folder');
    const r = cli(['build', '--package', '8', '--only', 'werkblad', '--out', join(file, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot mkdir ${join(file, 'out')}`);
    expect(r.stderr).toContain('ENOTDIR');
    expect(r.stderr).not.toContain('internal error');
  });

  it('a missing data folder names the file it looked for', () => {
    const r = cli(['check', '--data', '/nonexistent/data']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/nonexistent/data/toolkit.yaml: cannot read the file (ENOENT)');
  });

  it('--help shows examples and --version the version', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('toolkit build --package 8');
    const v = cli(['--version']);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('list names every package with what it contains', () => {
    const r = cli(['list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(18);
    expect(lines[7]).toMatch(/^ 8 {2}C {2}Hoort het\? of helpt het\? {2}· {2}werkblad \(\d+ vragen\)/);
  });
});

describe('atomic writes', () => {
  it('a failed write leaves no file at the final path and no temp file', () => {
    const dir = tmp('toolkit-atomic-');
    const target = join(dir, 'sub', 'file.pdf');
    const failing = (path: string) => {
      writeFileSync(path, 'half');
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    };
    expect(() => writeAtomic(target, 'whole', failing as never)).toThrow('disk full');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(join(dir, 'sub'))).toEqual([]);
    rmSync(dir, { recursive: true });
  });

  it('replaces an existing file whole', () => {
    const dir = tmp('toolkit-atomic-');
    const target = join(dir, 'f.txt');
    writeAtomic(target, 'old');
    writeAtomic(target, 'new');
    expect(readdirSync(dir)).toEqual(['f.txt']);
    expect(readFileSync(target, 'utf8')).toBe('new');
    // A write that fails halfway leaves the old file as it was.
    const failing = (path: string) => {
      writeFileSync(path, 'ha');
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    };
    expect(() => writeAtomic(target, 'newer', failing as never)).toThrow('disk full');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['f.txt']);
  });
});
