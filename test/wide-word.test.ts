import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { edit, smallData, tmp, toolkit } from './helpers.js';

/** Package 8 alone, with `from` replaced by `to` in its file. */
function dataWith(from: string | RegExp, to: string) {
  const data = smallData([8]);
  edit(join(data, 'packages', readdirSync(join(data, 'packages'))[0]!), from, to);
  return data;
}

describe('a word that cannot break and does not fit its box', () => {
  it('a question "Wie " + 150 x "Z" is a fit error at the question, in check and in build', async () => {
    const data = dataWith('  - Welke taak deed je deze week vooral omdat het zo hoort?', `  - Wie ${'Z'.repeat(150)}`);
    const message = 'packages/08-hoort-het-of-helpt-het.yaml:14:5 vraag 1: het woord "ZZZZZZZZZZZZZZZZZZZZ…" (150 tekens) is 539 pt breder dan de ruimte op het werkblad en kan niet worden afgebroken';
    const check = await toolkit(['check', '--data', data], { cwd: data });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`fout ${message}\n    Splits het woord`);
    const build = await toolkit(['build', '8', '--only', 'werkblad', '--data', data, '--out', tmp('toolkit-wide-')], { cwd: data });
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(`fout ${message}`);
  }, 120_000);

  it('an intro with a word of 4,900 characters is one at the intro', async () => {
    const data = dataWith(/^intro: >-\n(  .*\n)+/m, `intro: >-\n  ${'x'.repeat(4900)}\n`);
    const check = await toolkit(['check', '--data', data], { cwd: data });
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/fout packages\/08-hoort-het-of-helpt-het\.yaml:4:8 intro: het woord "xxxxxxxxxxxxxxxxxxxx…" \(4900 tekens\) is \d+ pt breder dan de ruimte op het werkblad/);
  }, 120_000);
});
