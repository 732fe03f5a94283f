import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, formatProblem, isWarning, loadProject } from '../src/index.js';
import { fixtures, problemsThrown, tmp } from './helpers.js';

const errors = join(fixtures, 'wijkaanpak-errors');

/** A data folder with the Wijkaanpak toolkit.yaml (5 packages, 4-10 questions, 2-8 cards, no themes) and one package. */
function wijkWith(fixture: string, name: string): string {
  const dir = tmp('toolkit-limits-');
  mkdirSync(join(dir, 'packages'));
  copyFileSync(join(fixtures, 'wijkaanpak/toolkit.yaml'), join(dir, 'toolkit.yaml'));
  copyFileSync(join(errors, fixture), join(dir, 'packages', name));
  return dir;
}

async function errorsOf(fixture: string, name = '01-een-test.yaml') {
  const dir = wijkWith(fixture, name);
  return (await check(loadProject(dir, dir))).filter((p) => !isWarning(p)).map(formatProblem);
}

function loadFailure(toolkitFixture: string): Promise<string> {
  const dir = tmp('toolkit-limits-');
  mkdirSync(join(dir, 'packages'));
  copyFileSync(join(errors, toolkitFixture), join(dir, 'toolkit.yaml'));
  return problemsThrown(() => loadProject(dir, dir));
}

describe("a toolkit's own limits", () => {
  it('a package number above the toolkit limit names the limit and where it is set', async () => {
    expect(await errorsOf('number-above-limit.yaml', '06-zesde-testpakket.yaml')).toEqual([
      'packages/06-zesde-testpakket.yaml:1:9 number: moet van 1 tot en met 5 zijn, maar is 6\n    De grens staat in toolkit.yaml bij limits.packages; pas hem daar aan als dat zo hoort.',
    ]);
  });

  it('more cards than the toolkit allows', async () => {
    expect(await errorsOf('too-many-cards.yaml')).toEqual([
      'packages/01-een-test.yaml:12:3 cards: heeft 10 kaarten, er mogen er hoogstens 8 zijn\n    De grens staat in toolkit.yaml bij limits.cards; pas hem daar aan als dat zo hoort.',
    ]);
  });

  it('fewer questions than the toolkit asks: its own minimum, not the default 8', async () => {
    expect(await errorsOf('too-few-questions.yaml')).toEqual([
      'packages/01-een-test.yaml:7:3 questions: heeft 2 vragen, er moeten er minstens 4 zijn\n    De grens staat in toolkit.yaml bij limits.questions; pas hem daar aan als dat zo hoort.',
    ]);
  });

  it('a theme in a toolkit without themes', async () => {
    expect(await errorsOf('theme-in-themeless.yaml')).toEqual([
      'packages/01-een-test.yaml:2:8 theme: thema "A" kan hier niet: deze toolkit heeft geen thema\'s\n    Haal de regel theme: weg, of zet thema\'s in toolkit.yaml.',
    ]);
  });

  it('limits that make no sense, and a toolkit colour given half or next to themes, stop the load with their place', async () => {
    expect(await loadFailure('toolkit-limits-reversed.yaml')).toBe('toolkit.yaml:7:10 limits.cards: min (9) is groter dan max (3)\n    Zet het kleinste getal bij min.');
    expect(await loadFailure('toolkit-too-many-packages.yaml')).toBe('toolkit.yaml:7:13 limits.packages: moet van 1 tot en met 99 zijn, maar is 100');
    expect(await loadFailure('toolkit-colour-without-cmyk.yaml')).toContain(
      'toolkit.yaml:6:9 cmyk: ontbreekt: geef de kleur van de toolkit twee keer, voor het scherm (colour) en voor de drukker (cmyk)',
    );
    expect(await loadFailure('toolkit-colour-with-themes.yaml')).toBe(
      "toolkit.yaml:6:9 colour: een kleur bovenaan geldt alleen voor een toolkit zonder thema's; deze toolkit heeft thema's, elk met een eigen kleur\n    Haal colour en cmyk bovenaan weg, of haal de thema's weg.",
    );
  });
});
