import { problemsOf, type Problem } from './errors.js';
import type { Project } from './model/load.js';
import { checkGlyphs } from './render/fonts.js';
import { missingParts } from './model/completeness.js';
import { contrastProblems } from './contrast.js';
import { duplicateTexts } from './model/duplicates.js';
import { seedRuns } from './model/seedRuns.js';

/** Everything a build would find wrong, without writing: schema, glyphs, colour contrast, text fit; and warnings (severity) for what is missing. */
export async function check(project: Project): Promise<Problem[]> {
  const problems: Problem[] = project.broken.flatMap((b) => b.problems);
  problems.push(...(await checkGlyphs(project.toolkit.texts)));
  problems.push(...contrastProblems(project.toolkit));
  const fitting = project.packages.some((p) => p.cards.length || p.werkplaten.length || p.facilitation);
  // Loaded only when there is something to fit: react-pdf is slow to import.
  const { fitCards } = fitting ? await import('./render/cards.js') : { fitCards: undefined };
  const { fitWerkplaten } = fitting ? await import('./render/werkplaten.js') : { fitWerkplaten: undefined };
  const { layoutDraaiboek } = fitting ? await import('./render/draaiboek.js') : { layoutDraaiboek: undefined };
  // The toolkit as a whole: no card title or question twice, nothing copied from the seed page.
  problems.push(...duplicateTexts(project.packages), ...seedRuns(project));
  for (const pkg of project.packages) problems.push(...missingParts(project.toolkit, pkg));
  const fitted: typeof project.packages = [];
  for (const pkg of project.packages) {
    const glyphs = await checkGlyphs(pkg.texts);
    problems.push(...glyphs);
    if (glyphs.length) continue; // a missing glyph would only blur the fit check
    fitted.push(pkg);
    const fits = [pkg.cards.length && fitCards, pkg.werkplaten.length && fitWerkplaten, pkg.facilitation && layoutDraaiboek];
    for (const fit of fits) {
      if (!fit) continue;
      try {
        await fit(project.toolkit, pkg);
      } catch (e) {
        problems.push(...problemsOf(e));
      }
    }
  }
  problems.push(...(await coverProblems(project, fitted)));
  return problems;
}

/** Each theme's covers, laid out together as its bundle has them: a cover that runs over its page fails `build --theme`. */
async function coverProblems(project: Project, packages: Project['packages']): Promise<Problem[]> {
  if (!packages.length) return [];
  const { fitCovers } = await import('./render/cover.js');
  const problems: Problem[] = [];
  for (const id of new Set(packages.map((p) => p.theme.id))) {
    try {
      await fitCovers(project.toolkit, packages.filter((p) => p.theme.id === id));
    } catch (e) {
      problems.push(...problemsOf(e));
    }
  }
  return problems;
}
