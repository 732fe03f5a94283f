import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../src/errors-data.js';
import { errorsMarkdown } from '../src/errors-docs.js';
import { problem, problemsOf } from '../src/errors.js';
import { root } from './helpers.js';

const sources = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(dir, f));

describe('the error catalogue', () => {
  it('docs/errors.md is the one made from it (npm run docs)', () => {
    expect(readFileSync(join(root, 'docs/errors.md'), 'utf8')).toBe(errorsMarkdown());
  });

  it('every problem in the code comes from it: no code words a problem of its own', () => {
    const own: string[] = [];
    for (const file of [...sources(join(root, 'src')), ...sources(join(root, 'templates'))]) {
      if (file.endsWith('errors-data.ts')) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bcode: (['`]|[a-zA-Z]+ \?(?!\?))|\(\{ code, message/g)) own.push(`${relative(root, file)}:${text.slice(0, m.index).split('\n').length}`);
    }
    expect(own).toEqual([]);
  });

  it('fills in the details, and a call site may give a more precise hint', () => {
    expect(problem('duplicate-number', { number: 8, file: 'a.yaml' })).toEqual({ code: 'duplicate-number', message: 'nummer 8 is al van a.yaml', hint: 'Elk werkpakket heeft een eigen nummer.' });
    expect(problem('port-in-use', { port: 80 }, { hint: 'Anders.' }).hint).toBe('Anders.');
    expect(problem('seed-copy', { words: 9, run: 'a b', seed: 's.txt' }, { severity: 'warning' })).toMatchObject({ hint: 'Schrijf dit in je eigen woorden. (Vergeleken met s.txt.)', severity: 'warning' });
  });

  it('a failure of the machine or of the tool itself is a problem of the catalogue too', () => {
    const full = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', syscall: 'write', path: '/x/y.pdf' });
    expect(problemsOf(full)).toEqual([expect.objectContaining({ code: 'file-system', message: 'kan niet schrijven naar /x/y.pdf: de schijf is vol (ENOSPC)' })]);
    expect(problemsOf(new Error('kapot'))).toEqual([{ code: 'internal', message: 'kapot' }]);
  });

  it('has a Dutch title and a message for every code', () => {
    for (const [code, e] of Object.entries(ERRORS)) {
      expect(e.title.length, code).toBeGreaterThan(2);
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
