import { describe, expect, it } from 'vitest';
import { toolkit } from './helpers.js';

describe('SOURCE_DATE_EPOCH and --datum are checked', () => {
  it.each([
    ['abc', 'SOURCE_DATE_EPOCH is "abc"; dat is geen aantal seconden (alleen cijfers)'],
    ['-5', 'SOURCE_DATE_EPOCH is "-5"; dat is geen aantal seconden (alleen cijfers)'],
    ['0', 'SOURCE_DATE_EPOCH is "0"; dat is het jaar 1970, en hij moet tussen 1980 en 2099 liggen'],
    ['253402300800', 'SOURCE_DATE_EPOCH is "253402300800"; dat is het jaar 10000, en hij moet tussen 1980 en 2099 liggen'],
    ['99999999999999', 'SOURCE_DATE_EPOCH is "99999999999999"; dat is ver na het jaar 2099, en hij moet tussen 1980 en 2099 liggen'],
  ])('SOURCE_DATE_EPOCH=%s is a usage error naming the variable', async (epoch, message) => {
    for (const command of [['build', '8', '--out', '/nonexistent/never'], ['session', '--package', '8', '--participants', '12', '--out', '/nonexistent/never']]) {
      const r = await toolkit(command, { env: { SOURCE_DATE_EPOCH: epoch } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`fout ${message}\n    Zet SOURCE_DATE_EPOCH op een aantal seconden sinds 1970`);
      expect(r.stderr).not.toContain('interne fout');
    }
  });

  it('an empty SOURCE_DATE_EPOCH is as if it were not set', async () => {
    const r = await toolkit(['list'], { env: { SOURCE_DATE_EPOCH: '' } });
    expect(r.code).toBe(0);
  });

  it.each(['1970-01-01', '2100-01-01'])('--datum %s is outside 1980-2099', async (date) => {
    const r = await toolkit(['session', '--package', '8', '--participants', '12', '--datum', date, '--out', '/nonexistent/never']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"${date}" ligt in het jaar ${date.slice(0, 4)}; kies een datum tussen 1980 en 2099`);
  });
});
