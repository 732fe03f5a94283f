import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, pageSizes, tmp, toolkit } from './helpers.js';

const F = 'packages/01-een-test.yaml';
const TOO_LONG = `${F}:5:8 intro: het voorblad van werkpakket 1 past niet op één A4-pagina\n    Maak de inleiding korter, of de titels en instructies van de werkplaten: het voorblad toont ze allemaal.`;

describe('a package cover that runs over its page', () => {
  const data = tmp('toolkit-cover-');
  mkdirSync(join(data, 'packages'));
  copyFileSync(join(fixtures, 'errors/toolkit.yaml'), join(data, 'toolkit.yaml'));
  copyFileSync(join(fixtures, 'errors/cover-too-long.yaml'), join(data, F));

  it('fails `toolkit check`, as it fails `build --theme`, although the werkblad takes the intro', async () => {
    const out = tmp();
    const werkblad = await toolkit(['build', '--only', 'werkblad', '--quiet', '--data', data, '--out', out]);
    expect(werkblad.code, werkblad.stderr).toBe(0);
    expect(pageSizes(join(out, '01-een-test/01-een-test-werkblad-A4.pdf')).length).toBeGreaterThan(0);

    const theme = await toolkit(['build', '--theme', 'A', '--quiet', '--data', data, '--out', tmp()]);
    expect(theme.code).toBe(1);
    expect(theme.stderr).toContain(TOO_LONG);

    const check = await toolkit(['check', '--data', data]);
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).toContain(TOO_LONG);
  }, 60_000);
});
