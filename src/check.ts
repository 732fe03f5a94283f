import { problemsOf, type Problem } from './errors.js';
import type { Project } from './model/load.js';
import type { Package } from './model/types.js';
import { checkGlyphs } from './render/fonts.js';

/** Everything a build would find wrong, without writing: schema, glyphs, text fit. */
export async function check(project: Project): Promise<Problem[]> {
  const problems: Problem[] = [];
  // A file with schema errors still gets its glyphs checked: every mistake of a file in one run.
  for (const b of project.broken) problems.push(...b.problems, ...(b.texts?.length ? await checkGlyphs(b.texts) : []));
  problems.push(...(await checkGlyphs(project.toolkit.texts)));
  const fitting = project.packages.some((p) => p.cards.length || p.werkplaten.length);
  // Loaded only when there is something to fit: react-pdf is slow to import.
  const { fitCards, CARD_STEPS } = fitting ? await import('./render/cards.js') : { fitCards: undefined, CARD_STEPS: [] };
  const { fitWerkplaten } = fitting ? await import('./render/werkplaten.js') : { fitWerkplaten: undefined };
  for (const pkg of project.packages) {
    const glyphs = await checkGlyphs(pkg.texts);
    problems.push(...glyphs);
    if (glyphs.length) continue; // a missing glyph would only blur the fit check
    if (pkg.cards.length && fitCards)
      try {
        const { sizes } = await fitCards(project.toolkit, pkg);
        problems.push(...shrunk(pkg, sizes.map((s) => s.text), CARD_STEPS.map((s) => s.text)));
      } catch (e) {
        problems.push(...problemsOf(e));
      }
    if (pkg.werkplaten.length && fitWerkplaten)
      try {
        await fitWerkplaten(project.toolkit, pkg);
      } catch (e) {
        problems.push(...problemsOf(e));
      }
  }
  return problems;
}

/** A card whose text had to shrink more than one step still prints, but small: worth a warning. */
function shrunk(pkg: Package, textSizes: number[], steps: number[]): Problem[] {
  const [normal, , ...small] = steps;
  return pkg.cards.flatMap((card, i) =>
    small.includes(textSizes[i]!)
      ? [
          {
            code: 'card-shrunk',
            severity: 'warning' as const,
            message: `de tekst is verkleind tot ${String(textSizes[i]).replace('.', ',')} pt (gewoon is ${normal} pt) om op de kaart te passen`,
            hint: 'Hij wordt geprint, maar is klein. Maak de tekst wat korter, dan blijft hij goed leesbaar.',
            at: card.at,
          },
        ]
      : [],
  );
}
