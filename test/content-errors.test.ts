import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, formatProblem, isWarning, loadProject, ToolkitError } from '../src/index.js';
import { fixtures, tmp } from './helpers.js';

/** A data folder holding the test toolkit.yaml and the given package files. */
function dataWith(files: Record<string, string>): string {
  const dir = tmp('toolkit-fx-');
  mkdirSync(join(dir, 'packages'));
  copyFileSync(join(fixtures, 'errors/toolkit.yaml'), join(dir, 'toolkit.yaml'));
  for (const [name, fixture] of Object.entries(files)) copyFileSync(join(fixtures, 'errors', fixture), join(dir, 'packages', name));
  return dir;
}

/** The errors `check` finds in one fixture; warnings (a missing plan or film link) have their own tests. */
async function problemsFor(fixture: string, name = '01-een-test.yaml', warnings = false) {
  const dir = dataWith({ [name]: fixture });
  const project = loadProject(dir, dir);
  return (await check(project)).filter((p) => isWarning(p) === warnings).map(formatProblem);
}

const F = 'packages/01-een-test.yaml';

// Each fixture holds one mistake; the message must name file, line, column and path.
const cases: [string, string][] = [
  ['syntax.yaml', `${F}:4:8: YAML syntax: Missing closing "quote`],
  ['wrong-type.yaml', `${F}:10:5 questions[2]: expected text, got a list`],
  ['unknown-key.yaml', `${F}:4:1 tittle: unknown key "tittle"\n    Did you mean "title"?`],
  ['missing-key.yaml', `${F}:1:1 intro: is missing`],
  ['number-range.yaml', `${F}:1:9 number: must be from 1 to 18, got 19`],
  ['theme-missing.yaml', `${F}:2:8 theme: theme "Z" does not exist\n    Themes in data/toolkit.yaml: A.`],
  ['file-name.yaml', `${F}:1:1: file name does not match number and title: expected 02-een-test.yaml`],
  ['too-few-questions.yaml', `${F}:8:3 questions: has 2 items, needs at least 8`],
  ['glyph.yaml', `${F}:9:5 questions[1]: character U+1F600 "😀" is not in the font Source Sans 3`],
  ['bad-layout.yaml', `${F}:18:13 werkplaten[0].layout: "colums" is not one of columns, grid, sliders, cycle, canvas\n    Did you mean "columns"?`],
  ['slider-pole.yaml', `${F}:28:9 werkplaten[1].sliders[1].right: is missing`],
  ['columns-count.yaml', `${F}:21:7 werkplaten[0].areas: has 4 items, at most 3 are allowed`],
  ['layout-field.yaml', `${F}:19:5 werkplaten[0].centre: unknown key "centre"`],
  ['grid-count.yaml', `${F}:21:7 werkplaten[0].areas: layout grid takes 4 or 6 areas, got 5`],
  ['cycle-centre.yaml', `${F}:17:5 werkplaten[0].centre: is missing`],
  ['canvas-count.yaml', `${F}:22:7 werkplaten[0].areas: has 7 items, at most 6 are allowed`],
  ['sliders-count.yaml', `${F}:21:7 werkplaten[0].sliders: has 2 items, needs at least 3`],
  ['plaat-count.yaml', `${F}:17:3 werkplaten: has 1 item, needs at least 2`],
  ['card-kind.yaml', `${F}:17:11 cards[0].kind: "denkk" is not one of denk, doe\n    Did you mean "denk"?`],
  ['bad-url.yaml', `${F}:7:8 film.url: "www.example.org/film" is not a web address`],
  ['empty-text.yaml', `${F}:3:8 title: is empty`],
  ['background-short.yaml', `${F}:30:13 background: heeft 100 woorden, 50 te weinig: schrijf er 150 tot 250\n    Vul de tekst aan.`],
  ['plan-minutes.yaml', `${F}:36:5 facilitation.plan: de stappen duren samen 55 minuten, 5 minuten te kort: een bijeenkomst duurt 60 minuten\n    Minuten per stap (regel 36: 10, regel 40: 20, regel 44: 15, regel 49: 10).`],
  ['plan-no-minutes.yaml', `${F}:40:7 facilitation.plan[1].minutes: is missing`],
  ['plan-uses.yaml', `${F}:44:7 facilitation.plan[2].uses: stap 3 gebruikt werkplaat 3, maar dit werkpakket heeft 2 werkplaten`],
  ['plan-use-name.yaml', `${F}:43:14 facilitation.plan[1].uses[0]: "filmpje" is geen materiaal van een werkpakket`],
  ['plan-tips.yaml', `${F}:54:5 facilitation.tips: has 5 items, at most 4 are allowed`],
];

describe('content errors', () => {
  it('accepts the valid fixture', async () => {
    expect(await problemsFor('valid.yaml')).toEqual([]);
  });

  it('accepts a package with background and a plan of 60 minutes, and then warns only about the film link', async () => {
    expect(await problemsFor('valid-plan.yaml')).toEqual([]);
    const warnings = await problemsFor('valid-plan.yaml', undefined, true);
    expect(warnings).toEqual([expect.stringContaining(`${F}:1:1: heeft geen link naar de film (film.url)\n    Werkblad en draaiboek verwijzen nu naar test@example.org`)]);
  });

  it('warns, without failing, about a package without plan, background or film link', async () => {
    const warnings = (await problemsFor('valid.yaml', undefined, true)).join('\n');
    expect(warnings).toContain(`${F}:1:1: heeft geen draaiboek (facilitation:)`);
    expect(warnings).toContain(`${F}:1:1: heeft geen achtergrondtekst (background:)`);
    expect(warnings).toContain(`${F}:1:1: heeft geen link naar de film (film.url)`);
  });

  it.each(cases)('%s', async (fixture, expected) => {
    const problems = await problemsFor(fixture);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it('reports every problem of every file in one run', async () => {
    const dir = dataWith({ '01-een-test.yaml': 'wrong-type.yaml', '02-een-test.yaml': 'file-name.yaml', '03-x.yaml': 'unknown-key.yaml' });
    const problems = (await check(loadProject(dir, dir))).map(formatProblem).join('\n');
    expect(problems).toContain('packages/01-een-test.yaml:10:5 questions[2]');
    expect(problems).toContain('packages/03-x.yaml:4:1 tittle');
    expect(problems).toContain('packages/03-x.yaml:1:1: file name does not match');
  });

  it('refuses a number used twice', async () => {
    const dir = dataWith({ '01-een-test.yaml': 'valid.yaml' });
    copyFileSync(join(dir, 'packages/01-een-test.yaml'), join(dir, 'packages/01-een-test.yml'));
    const problems = (await check(loadProject(dir, dir))).filter((p) => !isWarning(p)).map(formatProblem);
    expect(problems).toEqual([expect.stringContaining('packages/01-een-test.yml:1:9 number: number 1 is already used by packages/01-een-test.yaml')]);
  });

  it('a broken toolkit.yaml stops everything with its place', () => {
    const dir = dataWith({});
    writeFileSync(join(dir, 'toolkit.yaml'), 'title: X\nversion: 1\ndate: gisteren\ncontact: { name: A, email: a@b.nl }\ncards: { width_mm: 63, height_mm: 88 }\nthemes:\n  - { id: A, name: Een, colour: rood }\n');
    let err: unknown;
    try {
      loadProject(dir, dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ToolkitError);
    const text = (err as ToolkitError).problems.map(formatProblem).join('\n');
    expect(text).toContain('toolkit.yaml:3:7 date: expected a date like 2026-11-27, got "gisteren"');
    expect(text).toContain('toolkit.yaml:7:33 themes[0].colour: expected a colour like "#1f6f8b", got "rood"');
  });

  it('a theme without CMYK, or with CMYK that is not four percentages, is named with its place', () => {
    const dir = dataWith({});
    copyFileSync(join(fixtures, 'errors/toolkit-cmyk.yaml'), join(dir, 'toolkit.yaml'));
    let err: unknown;
    try {
      loadProject(dir, dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ToolkitError);
    const text = (err as ToolkitError).problems.map(formatProblem).join('\n');
    expect(text).toContain('toolkit.yaml:7:5 themes[0].cmyk: is missing');
    expect(text).toContain('toolkit.yaml:8:69 themes[1].cmyk: has 3 items, needs at least 4');
    expect(text).toContain('toolkit.yaml:8:74 themes[1].cmyk[1]: must be from 0 to 100, got 120');
  });
});
