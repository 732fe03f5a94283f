import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyData, ownBuild, pdftotext, root, squash } from './helpers.js';

describe('toolkit build --watch', () => {
  it('rebuilds the cards after each save, right after its first round too, and by rename too, and stops cleanly on Ctrl-C', async () => {
    // A copy of the shipped data and of the shared build made from it: the first round finds package 8
    // up to date, as a facilitator's second `bouw --watch` does, and renders nothing.
    const data = copyData();
    const out = ownBuild();
    const yaml = join(data, 'packages', '08-hoort-het-of-helpt-het.yaml');
    // One package, all its kinds: a card edit must leave its werkblad, werkplaten and draaiboek alone.
    const child = spawn(process.execPath, [join(root, 'bin/toolkit.js'), 'bouw', '--watch', '--package', '8', '--data', data, '--out', out], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stdout += c));
    const until = async (re: RegExp) => {
      const end = Date.now() + 50_000; // within the test's time, so that a miss shows what the watch said
      while (!re.test(stdout)) {
        if (Date.now() > end || child.exitCode !== null) throw new Error(`no ${re} in: ${stdout}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    // Saved as soon as the first round says it is done, before the watch says it is watching: the
    // watch watches from before its first round, so this save is built too, not missed.
    await until(/Klaar: /);
    expect(stdout).not.toContain('Ik kijk naar');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('"Je laatste taak"', '"Je allerlaatste taak"'));
    await until(/Bijgewerkt in \d+ ms: .*kaarten-A4\.pdf/);
    // Only what the card is in: not the werkblad, the werkplaten or the draaiboek, which this watch builds too.
    const line = stdout.split('\n').find((l) => l.startsWith('Bijgewerkt'))!;
    // The first round had its werkblad, werkplaten and draaiboek among the files it found ready.
    expect(stdout).toContain('Klaar: er was niets veranderd, alle 10 bestanden staan al klaar.');
    const files = line.replace(/^.*?: /, '').split(', ').map((f) => f.replace(/^.*\//, ''));
    expect(files.sort()).toEqual(['08-hoort-het-of-helpt-het-kaarten-A4.pdf', '08-hoort-het-of-helpt-het-kaarten-drukker.pdf']);
    expect(squash(pdftotext(join(out, '08-hoort-het-of-helpt-het/08-hoort-het-of-helpt-het-kaarten-A4.pdf')))).toContain('Jeallerlaatstetaak');
    // Saved as many editors save, a new file renamed over the old one; then in place again: each is built.
    const rounds = () => stdout.split('\n').filter((l) => l.startsWith('Bijgewerkt')).length;
    writeFileSync(`${yaml}.nieuw`, readFileSync(yaml, 'utf8').replace('"Je allerlaatste taak"', '"Je tweede taak"'));
    renameSync(`${yaml}.nieuw`, yaml);
    await until(/(Bijgewerkt[^\n]*\n[^]*){2}/);
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('"Je tweede taak"', '"Je derde taak"'));
    await until(/(Bijgewerkt[^\n]*\n[^]*){3}/);
    expect(rounds()).toBe(3);
    expect(squash(pdftotext(join(out, '08-hoort-het-of-helpt-het/08-hoort-het-of-helpt-het-kaarten-A4.pdf')))).toContain('Jederdetaak');
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stdout).toContain('Gestopt met kijken.');
  });
});
