import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, cpSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, symlinkSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { root, smallData, tmp, toolkit } from './helpers.js';

/**
 * The CLI in a process of its own, ended after a minute: a read that hangs fails the test instead of the run.
 * For data that holds something a read could hang on (a pipe, a device). Where nothing can hang, `here` runs
 * the same CLI code in this process, as a user in the data folder: no Node to start, no renderer to load again.
 */
function cli(args: string[]) {
  // Run in the data folder, as a user there: messages name packages/….yaml.
  const cwd = args[args.indexOf('--data') + 1]!;
  const r = spawnSync(process.execPath, [join(root, 'bin/toolkit.js'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', timeout: 90_000 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const here = (args: string[]) => toolkit(args, { cwd: args[args.indexOf('--data') + 1]! });

const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);
/** A socket file left in place: bound by a process that then ends. */
const socketFile = (path: string) => expect(spawnSync('python3', ['-c', `import socket; socket.socket(socket.AF_UNIX).bind(${JSON.stringify(path)})`]).status).toBe(0);
/** A file of `bytes` that takes no room on disk. */
function sparse(path: string, bytes: number) {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

describe('odd files under data/', () => {
  it('are not read when they are not sources: a pipe, a socket, a 3 GB file, an unreadable .git, an editor\'s lock link', () => {
    const data = smallData([8]);
    mkfifo(join(data, 'notes.fifo'));
    socketFile(join(data, 'sock'));
    sparse(join(data, 'film.mp4'), 3 * 1024 ** 3);
    mkdirSync(join(data, '.git'));
    sparse(join(data, '.git', 'private'), 10);
    chmodSync(join(data, '.git', 'private'), 0);
    const pkg = readdirSync(join(data, 'packages'))[0]!;
    symlinkSync(`jan@laptop.12345:1700000000`, join(data, 'packages', `.#${pkg}`));
    const out = tmp('toolkit-odd-');
    const build = cli(['build', '8', '--only', 'werkblad', '--data', data, '--out', out]);
    expect([build.signal, build.code, build.stderr]).toEqual([null, 0, '']);
    // A second build reads only the sources again: nothing changed.
    const again = cli(['build', '8', '--only', 'werkblad', '--data', data, '--out', out]);
    expect(again.stdout).toContain('er was niets veranderd');
    const check = cli(['check', '--data', data]);
    expect([check.signal, check.code]).toEqual([null, 0]);
  }, 240_000);

  it('a source that is not a file is a content error with its path, never a hang', () => {
    const data = smallData([8]);
    const dir = join(data, 'packages');
    mkfifo(join(dir, '09-pijp.yaml'));
    socketFile(join(dir, '10-socket.yaml'));
    mkdirSync(join(dir, '11-map.yaml'));
    symlinkSync('/dev/zero', join(dir, '12-apparaat.yaml'));
    symlinkSync('bestaat-niet.yaml', join(dir, '13-weg.yaml'));
    sparse(join(dir, '14-groot.yaml'), 1200 * 1024 ** 2);
    const check = cli(['check', '--data', data]);
    expect(check.signal).toBe(null);
    expect(check.code).toBe(1);
    const lines = check.stderr.split('\n').filter((l) => l.startsWith('fout '));
    expect(lines).toEqual([
      expect.stringMatching(/^fout packages\/09-pijp\.yaml: dit is een named pipe \(FIFO\), geen bestand met tekst/),
      expect.stringMatching(/^fout packages\/10-socket\.yaml: dit is een socket, geen bestand met tekst/),
      expect.stringMatching(/^fout packages\/11-map\.yaml: dit is een map, geen bestand met tekst/),
      expect.stringMatching(/^fout packages\/12-apparaat\.yaml: dit is een apparaat, geen bestand met tekst/),
      expect.stringMatching(/^fout packages\/13-weg\.yaml: kan het bestand niet lezen \(het is een snelkoppeling naar iets wat er niet is, ENOENT\)/),
      expect.stringMatching(/^fout packages\/14-groot\.yaml: het bestand is 1200,0 MB groot; een bronbestand mag hoogstens 1,0 MB zijn, dus het is niet gelezen/),
    ]);
    // The build says the same and makes the package that is fine.
    const build = cli(['build', '--only', 'werkblad', '--data', data, '--out', tmp('toolkit-odd-')]);
    expect(build.signal).toBe(null);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('packages/09-pijp.yaml: dit is een named pipe (FIFO)');
    expect(build.stdout).toContain('08-hoort-het-of-helpt-het-werkblad-A4.pdf');
  }, 240_000);

  it('a toolkit.yaml that is a pipe, and an unreadable package (as a user who may not read it)', async () => {
    const data = smallData([8]);
    renameSync(join(data, 'toolkit.yaml'), join(data, 'echt.yaml'));
    mkfifo(join(data, 'toolkit.yaml'));
    const r = cli(['list', '--data', data]);
    expect([r.signal, r.code]).toEqual([null, 1]);
    expect(r.stderr).toMatch(/toolkit\.yaml: dit is een named pipe \(FIFO\), geen bestand met tekst/);
    rmSync(join(data, 'toolkit.yaml'));
    renameSync(join(data, 'echt.yaml'), join(data, 'toolkit.yaml'));
    const pkg = join(data, 'packages', readdirSync(join(data, 'packages'))[0]!);
    chmodSync(pkg, 0);
    // root reads any file: the test then shows only that nothing breaks.
    const unreadable = await here(['list', '--data', data]);
    if (process.getuid?.() !== 0) expect(unreadable.stderr).toMatch(/kan het bestand niet lezen \(je mag het niet lezen, EACCES\)/);
    else expect(unreadable.code).toBe(0);
  });

  it('packages/ as a link to a folder is read; .YAML and .yml are warned about', async () => {
    const data = smallData([8]);
    const elsewhere = tmp('toolkit-pk-');
    cpSync(join(data, 'packages'), elsewhere, { recursive: true });
    rmSync(join(data, 'packages'), { recursive: true });
    symlinkSync(elsewhere, join(data, 'packages'));
    const pkg = readdirSync(elsewhere)[0]!;
    cpSync(join(elsewhere, pkg), join(elsewhere, '02-iets.YAML'));
    const list = await here(['list', '--data', data]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Hoort het? of helpt het?');
    const check = await here(['check', '--data', data]);
    expect(check.stderr).toContain('waarschuwing packages/02-iets.YAML: dit bestand wordt niet gelezen: een werkpakket heet iets.yaml, in kleine letters\n    Noem het 02-iets.yaml.');
    // A build says it too, and where a selection names the package that file would be.
    const build = await here(['build', '--package', '8', '--only', 'werkblad', '--data', data, '--out', tmp()]);
    expect(build.code).toBe(0);
    expect(build.stderr).toContain('Let op: packages/02-iets.YAML: dit bestand wordt niet gelezen');
    const two = await here(['build', '--package', '2', '--data', data, '--out', tmp()]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('Let op: packages/02-iets.YAML: dit bestand wordt niet gelezen');
    expect(two.stderr).toContain('er is geen werkpakket 2');
    renameSync(join(elsewhere, pkg), join(elsewhere, pkg.replace('.yaml', '.yml')));
    const yml = await here(['check', '--data', data]);
    expect(yml.stderr).toContain(`waarschuwing packages/${pkg.replace('.yaml', '.yml')}: dit bestand wordt gelezen, maar de toolkit noemt werkpakketten iets.yaml`);
  }, 120_000);
});
