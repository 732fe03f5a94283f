import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, formatProblem, isWarning, loadProject } from '../src/index.js';
import { fixtures, tmp } from './helpers.js';

/**
 * What an editor marks and a machine can find (src/model/readerText.ts): each
 * mistake sits in the fixture once, and its message names file, line and column.
 */
const fx = join(fixtures, 'reader-text');

function checked() {
  const dir = tmp('toolkit-reader-');
  mkdirSync(join(dir, 'packages'));
  copyFileSync(join(fixtures, 'errors/toolkit.yaml'), join(dir, 'toolkit.yaml'));
  for (const f of ['01-een-test.yaml', '02-een-tweede-test.yaml']) copyFileSync(join(fx, f), join(dir, 'packages', f));
  return check(loadProject(dir, dir)).then((problems) => ({
    errors: problems.filter((p) => !isWarning(p)).map(formatProblem),
    warnings: problems.filter(isWarning).map(formatProblem),
  }));
}
const run = checked();

const A = 'packages/01-een-test.yaml';
const B = 'packages/02-een-tweede-test.yaml';

describe('check: reader text', () => {
  it('a werkplaat that names another duration than the plan step using it is an error naming both', async () => {
    const { errors } = await run;
    expect(errors).toContainEqual(
      `${A}:19:18 werkplaat 1 ("Twee kanten"), instruction: werkplaat 1 noemt 45 minuten, maar het draaiboek geeft er 20 (regel 44: 20 minuten)\n    Eén duur per werkplaat: zet in de instructie de minuten van de stap die hem gebruikt, of noem geen duur.`,
    );
  });

  it('a werkplaat that names a duration but is used by no step is an error too; one whose time matches is not', async () => {
    const { errors } = await run;
    expect(errors).toContainEqual(expect.stringContaining(`${A}:25:18 werkplaat 2 ("Schuifjes"), instruction: werkplaat 2 noemt 15 minuten, maar geen stap van het draaiboek gebruikt hem`));
    // Package 2 says 20 minuten for the 20-minute step: no problem there.
    expect(errors.filter((e) => e.startsWith(B))).toEqual([]);
  });

  it('"#8" in reader text is an error that says how to name the package', async () => {
    const { errors } = await run;
    expect(errors).toContainEqual(`${A}:4:8 intro: "#8" is hoe de makers een werkpakket nummeren, niet hoe een lezer het vindt\n    Schrijf "werkpakket 8" en de titel, zoals ‘werkpakket 8, …’.`);
    expect(errors).toHaveLength(3);
  });

  it('a straight quotation mark is a warning quoting where it stands; an apostrophe is not', async () => {
    const { warnings } = await run;
    expect(warnings).toContainEqual(expect.stringContaining(`${A}:46:13 facilitation, stap 3 ("Werkplaat"), text: er staat een recht aanhalingsteken ' in de tekst ("n de werkplaat 'Twee kanten' in."); de toolkit gebruikt overal ‘ ’`));
    expect(warnings.filter((w) => w.includes('recht aanhalingsteken'))).toHaveLength(1);
  });

  it('a question that starts with a connective or points back is a warning', async () => {
    const { warnings } = await run;
    expect(warnings).toContainEqual(`${A}:12:5 vraag 5: de vraag begint met "en": zo leunt hij op de vraag ervoor, maar op het werkblad kiest de lezer vragen los\n    Schrijf de vraag zo dat hij op zichzelf staat.`);
    expect(warnings).toContainEqual(expect.stringContaining(`${A}:13:5 vraag 6: de vraag begint met "waarom dan"`));
    expect(warnings).toContainEqual(`${A}:14:5 vraag 7: de vraag begint met "die" en verwijst zo naar iets uit een andere vraag\n    Noem waar het over gaat, zodat de vraag op zichzelf staat.`);
    expect(warnings.filter((w) => w.includes('de vraag begint met'))).toHaveLength(3);
  });

  it('two plans with the same step titles in the same order are a warning at the second, whatever the case and punctuation', async () => {
    const { warnings } = await run;
    expect(warnings).toContainEqual(
      expect.stringContaining(`${B}:37:14 facilitation, stap 1 ("welkom!"), title: het draaiboek heeft dezelfde stappen in dezelfde volgorde als ${A}:37:14: welkom! → Film → Werkplaat → Afspraak`),
    );
    expect(warnings.filter((w) => w.includes('dezelfde stappen'))).toHaveLength(1);
  });
});
