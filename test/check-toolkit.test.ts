import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, formatProblem, isWarning, loadProject } from '../src/index.js';
import { fixtures, tmp, toolkit } from './helpers.js';

const fx = join(fixtures, 'check-toolkit');

/**
 * A project as it lies on the authors' machines: proj/data beside shared/seed,
 * the seed page holding a sentence that package 2's intro copies.
 */
function project(withSeed: boolean) {
  const top = tmp('toolkit-whole-');
  const data = join(top, 'proj', 'data');
  mkdirSync(join(data, 'packages'), { recursive: true });
  copyFileSync(join(fixtures, 'errors/toolkit.yaml'), join(data, 'toolkit.yaml'));
  for (const f of ['01-een-test.yaml', '02-een-tweede-test.yaml']) copyFileSync(join(fx, f), join(data, 'packages', f));
  if (withSeed) {
    mkdirSync(join(top, 'shared', 'seed'), { recursive: true });
    copyFileSync(join(fx, 'seed.txt'), join(top, 'shared', 'seed', 'toolkit-page.nl.txt'));
  }
  return { data, root: join(top, 'proj') };
}

/** The check of the project with or without the seed page, run once for the tests that read it (a check lays out every card). */
const checks = new Map<boolean, Promise<{ errors: string[]; warnings: string[] }>>();
function checked(withSeed: boolean) {
  if (!checks.has(withSeed)) {
    const { data, root } = project(withSeed);
    checks.set(
      withSeed,
      check(loadProject(data, root)).then((problems) => ({
        errors: problems.filter((p) => !isWarning(p)).map(formatProblem),
        warnings: problems.filter(isWarning).map(formatProblem),
      })),
    );
  }
  return checks.get(withSeed)!;
}

const A = 'data/packages/01-een-test.yaml';
const B = 'data/packages/02-een-tweede-test.yaml';

describe('check: the toolkit as a whole', () => {
  it('a card title in two packages is an error naming both files and lines, whatever the case and punctuation', async () => {
    const { errors } = await checked(false);
    expect(errors).toContainEqual(
      expect.stringContaining(`${B}:33:25 kaart 1 ("vraag het de Inwoner!"), title: De kaarttitel "vraag het de Inwoner!" staat al in ${A}:31:26 kaart 1 ("Vraag het de inwoner"), title`),
    );
  });

  it('a question in two packages is an error naming both places, whatever the spacing', async () => {
    const { errors } = await checked(false);
    expect(errors).toContainEqual(expect.stringContaining(`${B}:17:5 vraag 8: De vraag "wat leer je  ervan" staat al in ${A}:15:5 vraag 8`));
  });

  it('a werkplaat title in two packages is an error too, and nothing else is', async () => {
    const { errors } = await checked(false);
    expect(errors).toContainEqual(expect.stringContaining(`${B}:25:12 werkplaat 2 ("Schuifjes!"), title: De titel van de werkplaat "Schuifjes!" staat al in ${A}:23:12 werkplaat 2 ("Schuifjes"), title`));
    expect(errors).toHaveLength(3);
  });

  it('a run of 8 or more words from the seed page is a warning that quotes it, a quotation is not; check still passes on warnings', async () => {
    const { warnings } = await checked(true);
    // Package 1 quotes the seed's Gandhi line between quotation marks: on purpose, so no warning.
    const copied = warnings.filter((w) => w.includes('toolkitpagina'));
    expect(copied).toEqual([
      expect.stringContaining(`${B}:4:8 intro: 12 woorden op een rij staan zo ook op de oorspronkelijke toolkitpagina: "in de zoektocht naar een andere manier van organiseren Inspirerend zijn om"`),
    ]);
    const { data, root } = project(true);
    const r = await toolkit(['check', '--data', data], { cwd: root });
    expect(r.stderr).toContain(`waarschuwing ${B}:4:8 intro: 12 woorden op een rij`);
    expect(r.code).toBe(1); // from the three duplicates, not the warning
  });

  it('without the seed page there is no such warning, and warnings alone exit 0', async () => {
    expect((await checked(false)).warnings.filter((w) => w.includes('toolkitpagina'))).toEqual([]);
    const { data, root } = project(true);
    // Package 2 alone, with the seed page: its copied run and missing parts warn, nothing fails.
    rmSync(join(data, 'packages', '01-een-test.yaml'));
    const r = await toolkit(['check', '--data', data], { cwd: root });
    expect(r.stderr).not.toMatch(/^fout /m);
    expect(r.stderr).toMatch(/^waarschuwing /m);
    expect(r.code).toBe(0);
  });
});
