import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, formatProblem, isWarning, loadProject } from '../src/index.js';
import { fixtures, problemsThrown, tmp } from './helpers.js';

/** A data folder holding the test toolkit.yaml and the given package files. */
function dataWith(files: Record<string, string>): string {
  const dir = tmp('toolkit-fx-');
  mkdirSync(join(dir, 'packages'));
  copyFileSync(join(fixtures, 'errors/toolkit.yaml'), join(dir, 'toolkit.yaml'));
  for (const [name, fixture] of Object.entries(files)) copyFileSync(join(fixtures, 'errors', fixture), join(dir, 'packages', name));
  return dir;
}

/**
 * Everything `check` finds in one fixture, checked once per fixture: the tests that read its
 * errors and those that read its warnings share the run (a check lays out every card and werkplaat).
 */
const checks = new Map<string, ReturnType<typeof check>>();
function checkOf(fixture: string, name: string) {
  const key = `${name}:${fixture}`;
  if (!checks.has(key)) {
    const dir = dataWith({ [name]: fixture });
    checks.set(key, check(loadProject(dir, dir)));
  }
  return checks.get(key)!;
}

/** The errors `check` finds in one fixture; warnings (a missing plan or film link) have their own tests. */
async function problemsFor(fixture: string, name = '01-een-test.yaml', warnings = false) {
  return (await checkOf(fixture, name)).filter((p) => isWarning(p) === warnings).map(formatProblem);
}

const F = 'packages/01-een-test.yaml';

// Each fixture holds one mistake; the message must name file, line, column and path.
const cases: [string, string][] = [
  ['syntax.yaml', `${F}:4:8: YAML-fout: een aanhalingsteken of haakje wordt geopend maar niet gesloten`],
  // One key indented by mistake: yaml finds two errors in it; the first is said, the second follows from it.
  ['indent.yaml', `${F}:2:8: YAML-fout: hier staat een sleutel waar YAML dat niet verwacht, vaak door ": " in een tekst of verkeerd inspringen`],
  ['wrong-type.yaml', `${F}:10:5 vraag 3: hier hoort tekst, maar er staat een lijst\n    Kijk of de streepjes (- ) en het inspringen kloppen.`],
  ['unknown-key.yaml', `${F}:4:1 tittle: onbekende sleutel "tittle"\n    Bedoel je "title"?`],
  ['missing-key.yaml', `${F}:1:1 intro: ontbreekt`],
  ['number-range.yaml', `${F}:1:9 number: moet van 1 tot en met 18 zijn, maar is 19`],
  ['theme-missing.yaml', `${F}:2:8 theme: thema "Z" bestaat niet\n    Thema's in data/toolkit.yaml: A.`],
  ['file-name.yaml', `${F}:1:1: de bestandsnaam past niet bij nummer en titel: verwacht 02-een-test.yaml`],
  ['too-few-questions.yaml', `${F}:8:3 questions: heeft 2 vragen, er moeten er minstens 8 zijn`],
  ['glyph.yaml', `${F}:9:5 vraag 2: het teken U+1F600 "😀" staat niet in het lettertype Source Sans 3`],
  ['bad-layout.yaml', `${F}:18:13 werkplaat 1 ("Twee kanten"), layout: "colums" kan hier niet; kies uit columns, grid, sliders, cycle, canvas\n    Bedoel je "columns"?`],
  ['slider-pole.yaml', `${F}:28:9 werkplaat 2 ("Schuifjes"), schuif 2 ("Kaders"), right: ontbreekt`],
  ['columns-count.yaml', `${F}:21:7 werkplaat 1 ("Twee kanten"), areas: heeft 4 vakken, er mogen er hoogstens 3 zijn\n    Is er een tekst in tweeën gesplitst?`],
  ['layout-field.yaml', `${F}:19:5 werkplaat 1 ("Twee kanten"), centre: onbekende sleutel "centre"`],
  ['grid-count.yaml', `${F}:21:7 werkplaat 1 ("Raster"), areas: layout grid heeft 4 of 6 vakken nodig, er staan er 5`],
  ['cycle-centre.yaml', `${F}:17:5 werkplaat 1 ("Kring"), centre: ontbreekt`],
  ['canvas-count.yaml', `${F}:22:7 werkplaat 1 ("Canvas"), areas: heeft 7 vakken, er mogen er hoogstens 6 zijn`],
  ['sliders-count.yaml', `${F}:21:7 werkplaat 1 ("Schuifjes"), sliders: heeft 2 schuiven, er moeten er minstens 3 zijn\n    Zijn er twee samengevoegd?`],
  ['plaat-count.yaml', `${F}:17:3 werkplaten: heeft 1 werkplaat, er moeten er minstens 2 zijn\n    Zijn er twee samengevoegd?`],
  ['card-kind.yaml', `${F}:17:11 kaart 1 ("Een kaart"), kind: "denkk" kan hier niet; kies uit denk, doe\n    Bedoel je "denk"?`],
  ['bad-url.yaml', `${F}:7:8 film.url: "www.example.org/film" is geen webadres`],
  ['empty-text.yaml', `${F}:3:8 title: is leeg`],
  ['binary-title.yaml', `${F}:3:17 title: hier hoort tekst, maar er staat een blok binaire gegevens (!!binary)\n    Haal !!binary weg en schrijf de tekst zelf op.`],
  [
    'colon-in-text.yaml',
    `${F}:10:5 vraag 3: hier hoort één tekst, maar door de ": " erin leest YAML het als "sleutel: waarde"\n    Zet de hele tekst tussen aanhalingstekens, zo: "Wat zeg je: ja of nee?"`,
  ],
  [
    'not-utf8.yaml',
    `${F}:4:32: het bestand is niet als UTF-8 opgeslagen, daardoor worden letters als ë en é onleesbaar\n    Sla het bestand opnieuw op als UTF-8: in Kladblok bij "Opslaan als" onder Codering "UTF-8"`,
  ],
  [
    'merged-items.yaml',
    `${F}:15:5 vraag 8: deze tekst loopt door over een regel die met "- " begint: twee items zijn samengevoegd\n    Zet het streepje recht onder de streepjes erboven`,
  ],
  ['background-short.yaml', `${F}:30:13 background: heeft 100 woorden, 50 te weinig: schrijf er 150 tot 250\n    Vul de tekst aan.`],
  ['plan-minutes.yaml', `${F}:36:5 facilitation.plan: de stappen duren samen 55 minuten, 5 minuten te kort: een bijeenkomst duurt 60 minuten\n    Minuten per stap (regel 36: 10, regel 40: 20, regel 44: 15, regel 49: 10).`],
  ['plan-no-minutes.yaml', `${F}:40:7 facilitation, stap 2 ("Film"), minutes: ontbreekt`],
  ['plan-uses.yaml', `${F}:44:7 facilitation, stap 3 ("Werkplaat"), uses: stap 3 gebruikt werkplaat 3, maar dit werkpakket heeft 2 werkplaten`],
  ['plan-use-name.yaml', `${F}:43:14 facilitation, stap 2 ("Film"), materiaal 1: "filmpje" is geen materiaal van een werkpakket`],
  ['plan-tips.yaml', `${F}:54:5 facilitation.tips: heeft 5 tips, er mogen er hoogstens 4 zijn`],
];

// Files with more than one problem: every one is reported, worded for the editor.
const many: [string, string[]][] = [
  ['dutch-key.yaml', [`${F}:36:5 kaart 2 ("Tweede kaart"), tekst: onbekende sleutel "tekst"\n    Bedoel je "text"?`, `${F}:34:5 kaart 2 ("Tweede kaart"), text: ontbreekt`]],
  ['schema-and-glyph.yaml', [`${F}:4:1 tittle: onbekende sleutel "tittle"\n    Bedoel je "title"?`, `${F}:10:5 vraag 2: het teken U+1F600 "😀" staat niet in het lettertype Source Sans 3`]],
  [
    'schema-and-fit.yaml',
    [`${F}:4:1 tittle: onbekende sleutel "tittle"`, `${F}:32:5 kaart 1 ("Loop mee"): de tekst past niet, ook niet op 7,5 pt: ongeveer `],
  ],
  [
    'card-shrunk.yaml',
    [`${F}:31:5 kaart 1 ("Loop mee"): de kaarten zijn verkleind tot 8 pt (gewoon is 10 pt) om deze kaart (`],
  ],
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

  it.each(many)('%s: every problem of the file', async (fixture, expected) => {
    // Errors, then warnings; leaving out the warnings every fixture without a plan gets.
    const missing = /heeft geen (draaiboek|achtergrondtekst|link naar de film)/;
    const problems = [...(await problemsFor(fixture)), ...(await problemsFor(fixture, undefined, true)).filter((w) => !missing.test(w))];
    expect(problems).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(problems[i]).toContain(e));
  });

  it('reports every problem of every file in one run', async () => {
    const dir = dataWith({ '01-een-test.yaml': 'wrong-type.yaml', '02-een-test.yaml': 'file-name.yaml', '03-x.yaml': 'unknown-key.yaml' });
    const problems = (await check(loadProject(dir, dir))).map(formatProblem).join('\n');
    expect(problems).toContain('packages/01-een-test.yaml:10:5 vraag 3');
    expect(problems).toContain('packages/03-x.yaml:4:1 tittle');
    expect(problems).toContain('packages/03-x.yaml:1:1: de bestandsnaam past niet');
  });

  it('refuses a number used twice', async () => {
    const dir = dataWith({ '01-een-test.yaml': 'valid.yaml' });
    copyFileSync(join(dir, 'packages/01-een-test.yaml'), join(dir, 'packages/01-een-test.yml'));
    const problems = (await check(loadProject(dir, dir))).filter((p) => !isWarning(p)).map(formatProblem);
    expect(problems).toEqual([expect.stringContaining('packages/01-een-test.yml:1:9 number: nummer 1 is al van packages/01-een-test.yaml')]);
  });

  it('a broken toolkit.yaml stops everything with its place', async () => {
    const dir = dataWith({});
    writeFileSync(join(dir, 'toolkit.yaml'), 'title: X\nversion: 1\ndate: gisteren\ncontact: { name: A, email: a@b.nl }\ncards: { width_mm: 63, height_mm: 88 }\nthemes:\n  - { id: A, name: Een, colour: rood }\n');
    const text = await problemsThrown(() => loadProject(dir, dir));
    expect(text).toContain('toolkit.yaml:3:7 date: hier hoort een datum zoals 2026-11-27, maar er staat "gisteren"');
    expect(text).toContain('toolkit.yaml:7:33 thema A, colour: hier hoort een kleur zoals "#1f6f8b", maar er staat "rood"');
  });

  it('a theme letter that is no letter or digit is refused: it goes into file names', async () => {
    const dir = dataWith({});
    writeFileSync(join(dir, 'toolkit.yaml'), readFileSync(join(fixtures, 'errors/toolkit.yaml'), 'utf8').replace('{ id: A,', '{ id: "/",'));
    const text = await problemsThrown(() => loadProject(dir, dir));
    expect(text).toBe('toolkit.yaml:7:11 thema /, id: "/" kan geen themaletter zijn: die komt in bestandsnamen, zoals thema-A-…-bundel.pdf\n    Kies een letter of een cijfer, zoals A of 1.');
  });

  it('a theme without CMYK, or with CMYK that is not four percentages, is named with its place', async () => {
    const dir = dataWith({});
    copyFileSync(join(fixtures, 'errors/toolkit-cmyk.yaml'), join(dir, 'toolkit.yaml'));
    const text = await problemsThrown(() => loadProject(dir, dir));
    expect(text).toContain('toolkit.yaml:7:5 thema A, cmyk: ontbreekt');
    expect(text).toContain('toolkit.yaml:8:69 thema B, cmyk: heeft 3 items, er moeten er minstens 4 zijn');
    expect(text).toContain('toolkit.yaml:8:74 thema B, cmyk 2: moet van 0 tot en met 100 zijn, maar is 120');
  });
});

