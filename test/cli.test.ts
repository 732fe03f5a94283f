import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeAtomic } from '../src/run/write.js';
import { parseDocument } from 'yaml';
import { loadProject } from '../src/model/load.js';
import { FILE_KINDS } from '../src/outputs/registry.js';
import { run } from '../src/cli/run.js';
import { fileProblem, formatProblem } from '../src/errors.js';
import { cli, edit, ownBuild, root, smallData, tmp, toolkit } from './helpers.js';

/**
 * `toolkit check` of the shipped data, by bin/toolkit.js in the project folder as a user runs it:
 * started when this file starts, in a process beside the tests here (it lays out every card,
 * werkplaat and draaiboek, some seconds); the test at the end of the file reads what it said.
 */
let checked: Promise<{ code: number | null; stdout: string; stderr: string }>;
beforeAll(() => {
  checked = new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/toolkit.js'), 'check'], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  checked.catch(() => {});
});

describe('cli', () => {
  // check, list and build in this process (run(), as bin/toolkit.js calls it) where the words and the
  // exit code are what is tested; by a child process where only a process shows it (exit codes through bin,
  // a terminal, output that must stay empty). A toolkit to break is a copy with only the packages needed.
  it('check fails with file:line:col on a broken copy, and writes nothing', async () => {
    const data = smallData([3, 8]);
    edit(join(data, 'packages/08-hoort-het-of-helpt-het.yaml'), /^questions:\n  - /m, 'questions:\n  - - ');
    edit(join(data, 'packages/03-van-legpuzzel-naar-ecosysteem.yaml'), /^intro:/m, 'intro_text: x\nintro:');
    const r = await toolkit(['check', '--data', data], { cwd: data });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/packages\/08-hoort-het-of-helpt-het\.yaml:\d+:5 vraag 1: hier hoort tekst, maar er staat een lijst/);
    expect(r.stderr).toMatch(/packages\/03-van-legpuzzel-naar-ecosysteem\.yaml:\d+:1 intro_text: onbekende sleutel "intro_text"/);
    expect(r.stdout).toContain('2 werkpakketten gecontroleerd: 2 fouten');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(join(data, 'out'))).toBe(false);
  });

  it('a broken package does not stop the others, and the exit code says so', async () => {
    const data = smallData([7, 8, 9]);
    const out = tmp('toolkit-out-');
    edit(join(data, 'packages/08-hoort-het-of-helpt-het.yaml'), /^theme: C/m, 'theme: Q');
    const r = await toolkit(['build', '--package', '7,8,9', '--only', 'werkblad', '--data', data, '--out', out], { cwd: data });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('mislukt 08-hoort-het-of-helpt-het');
    expect(r.stderr).toMatch(/08-hoort-het-of-helpt-het\.yaml:2:8 theme: thema "Q" bestaat niet/);
    expect(readdirSync(out, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name).sort()).toEqual(['07-het-juiste-midden', '09-geef-niet-de-oplossing-geef-het-probleem']);
    expect(r.stdout).toMatch(/Klaar, met fouten: 2 bestanden gemaakt, 1 onderdeel mislukt \(\d+,\d\d s\)\./);
  });

  it.each([
    [['build', '--package', '99'], 'er is geen werkpakket 99; de werkpakketten zijn 1-18'],
    [['build', '--package', '19'], 'er is geen werkpakket 19; de werkpakketten zijn 1-18'],
    [['build', '--theme', 'Z'], 'er is geen thema "Z"; de thema\'s zijn A, B, C, D, E, F'],
    [['build', '--package', 'acht'], '"acht" is geen werkpakketnummer; schrijf bijvoorbeeld 8, 8,9 of 13-18'],
    [['build', 'acht'], '"acht" is geen werkpakketnummer'],
    [['build', '--only', 'poster'], '"poster" is geen soort uitvoer; kies uit draaiboek, werkblad, werkplaten, kaarten, presentatie, invulbaar\n'],
    [['build', '--only', 'werkbald'], 'Bedoel je werkblad?'],
    [['bouww'], 'fout "bouww" is geen opdracht\n    Bedoel je bouw?'],
    [['chek'], 'Bedoel je check?'],
    [['build', '--pakage', '8'], 'fout de optie --pakage bestaat niet bij build\n    Bedoel je --package?'],
    [['bouw', '--pakkket', '8'], 'Bedoel je --pakket?'],
    [['check', 'extra'], 'check verwacht geen losse woorden zoals "extra"'],
    [['mail', '--package', '8'], 'de optie --to is nodig'],
    [['build', '--package'], 'bij de optie --package hoort een waarde'],
  ])('usage error %j exits 2 with a helpful message', async (args, message) => {
    const r = await toolkit(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an output folder that cannot be written is reported as such, not as a bug', async () => {
    const file = join(tmp(), 'a-file');
    writeFileSync(file, 'not a folder');
    const r = await toolkit(['build', '--package', '8', '--only', 'werkblad', '--out', join(file, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`kan de map niet maken: ${join(file, 'out')}`);
    expect(r.stderr).toContain(': een deel van dit pad is een bestand, geen map (ENOTDIR)');
    expect(r.stderr).toContain('kies een andere map met --out');
    expect(r.stderr).not.toContain('interne fout');
  });

  it('a missing data folder names the file it looked for', async () => {
    const r = await toolkit(['check', '--data', '/nonexistent/data']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/nonexistent/data/toolkit.yaml: kan het bestand niet lezen (het bestaat niet, ENOENT)');
  });

  it('--help shows examples and --version the version', async () => {
    const help = await toolkit(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('toolkit build --package 8');
    // By bin/toolkit.js: it starts, prints and exits 0.
    const v = cli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('list names every package with what it contains', async () => {
    const r = await toolkit(['list']);
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

describe('after a build: where the files are and how to print them', () => {
  const script = (args: string[], cwd: string) => {
    const cmd = [process.execPath, join(root, 'bin/toolkit.js'), ...args].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
    return { code: r.status, text: r.stdout.replace(/\r/g, '').replace(/\x1b\[K/g, '') };
  };

  /**
   * run() in this process with the terminal's io (isTTY, the live line written in place), as
   * processIO() gives it on a terminal: the words a user sees there, without a second process
   * that loads the renderer again. That bin/toolkit.js finds the terminal is the `script` run's.
   */
  const onTerminal = async (args: string[], cwd: string) => {
    const text: string[] = [];
    const io = { out: (s: string) => text.push(s + '\n'), err: (s: string) => text.push(s + '\n'), write: (s: string) => text.push(s), isTTY: true, env: { ...process.env, NO_COLOR: '1' } };
    const here = process.cwd();
    process.chdir(cwd);
    try {
      const code = await run(['node', 'toolkit', ...args], io);
      return { code, text: text.join('').replace(/\r/g, '').replace(/\x1b\[K/g, '') };
    } finally {
      process.chdir(here);
    }
  };

  it('in a terminal: the folder in full, each file grouped per package with what it is and how to print it', async () => {
    const dir = tmp('toolkit-tty-');
    const first = await onTerminal(['bouw', '8', '--alleen', 'werkblad,kaarten', '--uit', 'uit'], dir);
    expect(first.code).toBe(0);
    const folder = join(dir, 'uit');
    expect(first.text).toContain(`Klaar: 3 bestanden gemaakt`);
    expect(first.text).toContain(`De bestanden staan in:\n  ${folder}\n`);
    const pkg = '08-hoort-het-of-helpt-het';
    const block = [
      `Werkpakket 8 (map ${pkg})`,
      `  ${pkg}-werkblad-A4.pdf`,
      `      ${FILE_KINDS.werkblad.note.what}`,
      `      Printen: ${FILE_KINDS.werkblad.note.print}`,
      `  ${pkg}-kaarten-A4.pdf`,
      `      ${FILE_KINDS['kaarten-A4'].note.what}`,
      `      Printen: ${FILE_KINDS['kaarten-A4'].note.print}`,
      `  ${pkg}-kaarten-drukker.pdf`,
    ].join('\n');
    expect(first.text).toContain(block);
    expect(FILE_KINDS['kaarten-A4'].note.print).toMatch(/dubbelzijdig, omslaan langs de lange kant, op 100 %/);
    for (const f of ['werkblad-A4', 'kaarten-A4', 'kaarten-drukker']) expect(existsSync(join(folder, pkg, `${pkg}-${f}.pdf`))).toBe(true);

    // By bin/toolkit.js on a real terminal (script gives it one): the same folder and groups.
    const again = script(['build', '--package', '8', '--only', 'werkblad,kaarten', '--out', 'uit'], dir);
    expect(again.code).toBe(0);
    expect(again.text).toContain('Klaar: er was niets veranderd, alle 3 bestanden staan al klaar.');
    expect(again.text).toContain(`De bestanden staan in:\n  ${folder}\n`);
    expect(again.text).toContain(`  ${pkg}-werkblad-A4.pdf\n      ${FILE_KINDS.werkblad.note.what}`);
  });

  it('--quiet prints nothing when all is well; --json gives the folder and each file\'s print line', async () => {
    const [data, out] = [smallData([8]), tmp('toolkit-out-')];
    const quiet = cli(['build', '8', '--only', 'werkblad', '--data', data, '--out', out, '--quiet']);
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([0, '', '']);
    // What --json says needs no process of its own: in this process.
    const json = JSON.parse((await toolkit(['build', '8', '--only', 'werkblad', '--data', data, '--out', out, '--json'])).stdout);
    expect(json.folder).toBe(out);
    expect(json.unchanged).toEqual([expect.objectContaining({ what: FILE_KINDS.werkblad.note.what, print: FILE_KINDS.werkblad.note.print })]);
    // One file, said as one.
    expect((await toolkit(['build', '8', '--only', 'werkblad', '--data', data, '--out', out])).stdout).toContain('Klaar: er was niets veranderd, het bestand staat al klaar.');
    // No file at all: a theme with no packages here (only package 8 is), and werkplaten of a package that has none.
    const nothing = [0, 'Klaar: er was niets te maken, want in deze keuze zit geen bestand om te printen.'];
    const empty = await toolkit(['build', '--theme', 'A', '--data', data, '--out', out]);
    expect([empty.code, empty.stdout.trim()]).toEqual(nothing);
    const yaml = join(data, 'packages', '08-hoort-het-of-helpt-het.yaml');
    const doc = parseDocument(readFileSync(yaml, 'utf8'));
    doc.delete('werkplaten');
    doc.delete('facilitation'); // its plan uses the werkplaten
    writeFileSync(yaml, doc.toString());
    const none = await toolkit(['build', '8', '--only', 'werkplaten', '--data', data, '--out', out]);
    expect([none.code, none.stdout.trim()]).toEqual(nothing);
  });

  it('--open opens the one file made, or else the folder, with the opener it is given', async () => {
    // A copy of the shared build: the files are up to date, which is as good as made for what is opened.
    const out = ownBuild();
    const opened: string[] = [];
    const lines: string[] = [];
    const io = { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s), isTTY: false, env: { NO_COLOR: '1' } };
    const code = await run(['node', 'toolkit', 'build', '8', '--only', 'werkblad', '--out', out, '--open'], io, { open: (p) => opened.push(p) });
    expect(code).toBe(0);
    expect(opened).toEqual([join(out, '08-hoort-het-of-helpt-het', '08-hoort-het-of-helpt-het-werkblad-A4.pdf')]);
    await run(['node', 'toolkit', 'build', '8', '--only', 'werkblad,kaarten', '--out', out, '--open'], io, { open: (p) => opened.push(p) });
    expect(opened[1]).toBe(out);
  });
});

describe('Dutch names and package numbers', () => {
  it('toolkit bouw 8 and build --pakket 8 --alleen --uit build package 8', async () => {
    const out = tmp('toolkit-out-');
    const r = await toolkit(['bouw', '8', '--alleen', 'werkblad', '--uit', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).filter((n) => !n.startsWith('.'))).toEqual(['08-hoort-het-of-helpt-het']);
    // Into the same folder: finding its one werkblad there up to date, and making nothing else, shows all three understood.
    const again = await toolkit(['build', '--pakket=8', '--alleen', 'werkblad', '--uit', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`De bestanden staan in:\n  ${out}\n`);
    expect(again.stdout).toContain('Klaar: er was niets veranderd');
    expect(again.stdout).toContain('  08-hoort-het-of-helpt-het-werkblad-A4.pdf\n');
    expect(readdirSync(join(out, '08-hoort-het-of-helpt-het'))).toEqual(['08-hoort-het-of-helpt-het-werkblad-A4.pdf']);
  });

  it('controleer and lijst are check and list; both speak JSON', async () => {
    const c = await toolkit(['controleer', '--json', '--data', smallData([8])]);
    expect(c.code).toBe(0);
    const checked = JSON.parse(c.stdout);
    expect(checked).toEqual({ ok: true, packages: 1, problems: expect.any(Array) });
    expect(checked.problems.filter((p: { severity: string }) => p.severity !== 'warning')).toEqual([]);
    const l = JSON.parse((await toolkit(['lijst', '--json'])).stdout);
    expect(l.packages).toHaveLength(18);
    expect(l.packages[7]).toEqual(expect.objectContaining({ number: 8, theme: 'C', title: 'Hoort het? of helpt het?' }));
  });

  it('a usage error under --json is JSON', () => {
    // By bin/toolkit.js: a usage error ends the process with exit code 2.
    const r = cli(['build', '--pakage', '8', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'usage-option', message: 'de optie --pakage bestaat niet bij build', hint: 'Bedoel je --package?' })] });
  });

  it('help is Dutch and names the Dutch aliases', async () => {
    const r = await toolkit(['bouw', '--help']);
    expect(r.stdout).toContain('Gebruik: toolkit build|bouw [opties] [pakketten...]');
    expect(r.stdout).toContain('(ook: --thema)');
    expect(r.stdout).not.toMatch(/\b(Usage|Options|default):/);
  });

  it('one problem is "1 fout"', async () => {
    const data = smallData([8]);
    edit(join(data, 'packages/08-hoort-het-of-helpt-het.yaml'), /^theme: C/m, 'theme: Q');
    expect((await toolkit(['check', '--data', data])).stdout).toMatch(/^1 werkpakket gecontroleerd: 1 fout( en \d+ waarschuwingen?)?\n/);
  });
});

describe('stale outputs', () => {
  it("a removed werkplaat's files and a removed package's folder are gone after the next build", async () => {
    const data = smallData([7, 8]);
    const out = tmp('toolkit-out-');
    const shipped = loadProject(data, data);
    const pkg = shipped.packages.find((p) => p.werkplaten.length === 3)!;
    const gone = shipped.packages.find((p) => p.id !== pkg.id)!;
    const id = pkg.id;
    expect((await toolkit(['build', `${pkg.number},${gone.number}`, '--only', 'werkblad,werkplaten', '--data', data, '--out', out], { cwd: data })).code).toBe(0);
    const plaat3 = join(out, id, `${id}-werkplaat-3-A3.pdf`);
    expect(existsSync(plaat3)).toBe(true);
    writeFileSync(join(out, id, 'aantekeningen.txt'), 'van de gebruiker'); // not ours: stays

    const file = join(data, 'packages', `${id}.yaml`);
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.deleteIn(['werkplaten', 2]);
    doc.deleteIn(['facilitation']); // its plan may use werkplaat 3
    writeFileSync(file, doc.toString());
    rmSync(join(data, 'packages', `${gone.id}.yaml`));

    const r = await toolkit(['build', String(pkg.number), '--only', 'werkblad,werkplaten', '--data', data, '--out', out], { cwd: data });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(plaat3)).toBe(false);
    expect(existsSync(join(out, id, `${id}-werkplaat-3-2xA4.pdf`))).toBe(false);
    expect(existsSync(join(out, id, `${id}-werkplaat-2-A3.pdf`))).toBe(true);
    expect(existsSync(join(out, id, 'aantekeningen.txt'))).toBe(true);
    expect(existsSync(join(out, gone.id))).toBe(false);
    const removed = 2 + 1 + 2 * gone.werkplaten.length;
    expect(r.stdout).toContain(`${removed} oude bestanden weggehaald, van onderdelen die er niet meer zijn: `);
    expect(r.stdout).toContain(`${id}/${id}-werkplaat-3-A3.pdf`);
    expect(r.stdout).toContain(`${gone.id}/${gone.id}-werkblad-A4.pdf`);
  });

  it("a failed package's old files stay, and the summary says they are out of date", async () => {
    const data = smallData([8]);
    const out = tmp('toolkit-out-');
    const pkg = '08-hoort-het-of-helpt-het';
    expect((await toolkit(['build', '8', '--only', 'werkblad', '--data', data, '--out', out], { cwd: data })).code).toBe(0);
    edit(join(data, 'packages', `${pkg}.yaml`), /^intro:/m, 'intro_: x\nintro:');
    const r = await toolkit(['build', '8', '--only', 'werkblad', '--data', data, '--out', out], { cwd: data });
    expect(r.code).toBe(1);
    expect(existsSync(join(out, pkg, `${pkg}-werkblad-A4.pdf`))).toBe(true);
    expect(r.stdout).toContain(`  ${pkg}-werkblad-A4.pdf  (VEROUDERD: niet opnieuw gemaakt)`);
    expect(r.stdout).toContain('Let op: 1 bestand is verouderd (van een onderdeel dat mislukte).');
  });
});

describe('file-system failures', () => {
  it('a real full disk (a write to /dev/full) is told with the file it was writing', () => {
    const out = tmp('toolkit-full-');
    const file = join(out, '08', 'werkblad.pdf');
    let thrown: unknown;
    try {
      writeAtomic(file, new Uint8Array(70_000), (_tmp, bytes) => writeFileSync('/dev/full', bytes));
    } catch (e) {
      thrown = e;
    }
    expect((thrown as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(formatProblem(fileProblem(thrown)!)).toContain(`kan niet schrijven naar ${file}: de schijf is vol (ENOSPC)`);
    expect(readdirSync(join(out, '08'))).toEqual([]);
  });
  it('a full disk names the path and says what was kept', () => {
    const p = fileProblem(Object.assign(new Error('no space'), { code: 'ENOSPC', syscall: 'write', path: '/media/usb/out/08/werkblad.pdf' }))!;
    expect(formatProblem(p)).toBe(
      'kan niet schrijven naar /media/usb/out/08/werkblad.pdf: de schijf is vol (ENOSPC)\n' +
        '    Maak ruimte vrij op de schijf, of kies met --out een map op een andere schijf. Wat al af was, is bewaard; bouw daarna opnieuw voor de rest.',
    );
  });
});

describe('the shipped data', () => {
  // Last in the file: the check runs beside the tests above (checked).
  it('check passes on the shipped data', async () => {
    const r = await checked;
    // Warnings (no film link, no session plan yet) are allowed; errors are not.
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('fout '));
    expect(errors).toEqual([]);
    expect(r.stdout).toMatch(/18 werkpakketten gecontroleerd: (geen problemen|\d+ waarschuwingen?)\n/);
    expect(r.code).toBe(0);
  });
});
