import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, root, smallData, tmp, toolkit } from './helpers.js';

/** `toolkit check` as a user runs it, in a process of its own. */
function checkCli(data: string, cache: string) {
  const r = spawnSync(process.execPath, [join(root, 'bin/toolkit.js'), 'check', '--data', data], {
    cwd: data,
    env: { ...process.env, NO_COLOR: '1', TOOLKIT_CACHE_DIR: cache },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('check keeps what its layouts found (src/checkCache.ts)', () => {
  it('a second check of the same sources answers from what the first kept, and says the same; an edit is laid out and found, its revert kept', async () => {
    const data = smallData([8]);
    const cache = tmp('toolkit-check-cache-');
    const env = { TOOLKIT_CACHE_DIR: cache };
    // The first check in this process (where the renderer is loaded already), the second in one of its own.
    const first = await toolkit(['check', '--data', data], { cwd: data, env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('1 werkpakket gecontroleerd');
    // One entry for the package's layouts and one for its theme's covers.
    expect(readdirSync(join(cache, 'check'))).toHaveLength(2);

    // The second, in a process of its own, says the same; it answers from what the first kept: a
    // problem put into the kept answers is what it reports (nothing in the sources says so).
    const second = checkCli(data, cache);
    expect([second.code, second.stdout, second.stderr]).toEqual([first.code, first.stdout, first.stderr]);
    const entries = readdirSync(join(cache, 'check')).map((f) => join(cache, 'check', f));
    const kept = entries.map((f) => readFileSync(f, 'utf8'));
    for (const f of entries) writeFileSync(f, JSON.stringify([{ code: 'planted', message: 'uit de bewaarde antwoorden' }]));
    const planted = checkCli(data, cache);
    expect(planted.code).toBe(1);
    expect(planted.stderr).toContain('uit de bewaarde antwoorden');
    entries.forEach((f, i) => writeFileSync(f, kept[i]!));

    // A card that cannot fit: its package is laid out again, and the problem named with its place.
    const file = join(data, 'packages', '08-hoort-het-of-helpt-het.yaml');
    const original = readFileSync(file, 'utf8');
    // Letters without a syllable break: Dutch hyphenation finds nowhere to split them.
    edit(file, 'text: "Denk aan de laatste taak die je vandaag deed.', `text: "Denk aan de ${'a'.repeat(60)} taak die je vandaag deed.`);
    // The card, named by where it starts: the line of its dash, just above its title.
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('"Je laatste taak"'));
    const broken = await toolkit(['check', '--data', data], { cwd: data, env });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(new RegExp(`08-hoort-het-of-helpt-het\\.yaml:${line}:\\d+ kaart 1 \\("Je laatste taak"\\): de tekst past niet`));

    // Back as it was: the first answer, kept; a damaged entry is laid out again and gives it too.
    writeFileSync(file, original);
    const back = await toolkit(['check', '--data', data], { cwd: data, env });
    expect([back.code, back.stdout, back.stderr]).toEqual([first.code, first.stdout, first.stderr]);
    for (const f of readdirSync(join(cache, 'check'))) writeFileSync(join(cache, 'check', f), '[{"code":');
    const damaged = await toolkit(['check', '--data', data], { cwd: data, env });
    expect([damaged.code, damaged.stdout, damaged.stderr]).toEqual([first.code, first.stdout, first.stderr]);
  }, 60_000);

  it('checks as before where the cache cannot be written', async () => {
    const data = smallData([8]);
    const file = join(tmp(), 'a-file');
    writeFileSync(file, '');
    // A folder that cannot be made: its parent is a file.
    const r = await toolkit(['check', '--data', data], { cwd: data, env: { TOOLKIT_CACHE_DIR: file } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 werkpakket gecontroleerd');
    expect(r.stderr).not.toMatch(/fout|interne/);
  });
});
