import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdftotext, root, squash, tmp } from './helpers.js';
import { someData } from './siteBrowser.js';

describe('toolkit build --watch', () => {
  it('rebuilds the cards after a card is saved, and stops cleanly on Ctrl-C', async () => {
    const data = someData(['08-']);
    const out = tmp('toolkit-watch-');
    const yaml = join(data, 'packages', readdirSync(join(data, 'packages'))[0]!);
    const child = spawn(process.execPath, [join(root, 'bin/toolkit.js'), 'bouw', '--watch', '--data', data, '--out', out], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stdout += c));
    const until = async (re: RegExp) => {
      const end = Date.now() + 120_000;
      while (!re.test(stdout)) {
        if (Date.now() > end || child.exitCode !== null) throw new Error(`no ${re} in: ${stdout}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await until(/Ik kijk naar/);
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('"Je laatste taak"', '"Je allerlaatste taak"'));
    await until(/Bijgewerkt in \d+ ms: .*kaarten-A4\.pdf/);
    // Only what the card is in: not the werkblad or the werkplaten.
    const line = stdout.split('\n').find((l) => l.startsWith('Bijgewerkt'))!;
    expect(line).not.toContain('werkblad');
    expect(squash(pdftotext(join(out, '08-hoort-het-of-helpt-het/08-hoort-het-of-helpt-het-kaarten-A4.pdf')))).toContain('Jeallerlaatstetaak');
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toContain('Gestopt met kijken.');
  });
});
