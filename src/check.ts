import { problemsOf, type Problem } from './errors.js';
import { stopPoint } from './run/interrupt.js';
import type { Project } from './model/load.js';
import type { Package } from './model/types.js';
import { checkGlyphs } from './render/fonts.js';
import { readSource } from './content/source.js';
import type { Check, Ctx } from './content/schema.js';
import { cardList, werkplaatList } from './content/schemas.js';
import type { BrokenPackage } from './model/load.js';
import { isAbsolute, join } from 'node:path';
import { missingParts } from './model/completeness.js';
import { contrastProblems } from './render/contrast.js';
import { duplicateTexts } from './model/duplicates.js';
import { seedRuns } from './model/seedRuns.js';
import { readerTextProblems } from './model/readerText.js';
import { CheckCache } from './checkCache.js';

/** Everything a build would find wrong, without writing: schema, glyphs, colour contrast, text fit; and warnings (severity) for what is missing. */
export async function check(project: Project): Promise<Problem[]> {
  const problems: Problem[] = [...(project.notes ?? [])];
  // A file with schema errors still gets its glyphs checked: every mistake of a file in one run.
  const partial: Package[] = [];
  for (const b of project.broken) {
    const glyphs = b.texts?.length ? await checkGlyphs(b.texts) : [];
    problems.push(...b.problems, ...glyphs);
    const valid = glyphs.length ? undefined : validParts(project, b);
    if (valid) partial.push(valid);
  }
  problems.push(...(await checkGlyphs(project.toolkit.texts)));
  problems.push(...contrastProblems(project.toolkit));
  // Loaded only on the first layout not kept from an earlier check, and bundled where it can be (loadRenderer.ts): react-pdf is slow to import.
  let loaded: Promise<Renderer> | undefined;
  const renderer = () => (loaded ??= import('./outputs/loadRenderer.js').then((m) => m.loadRenderer()));
  const kept = new CheckCache();
  // The toolkit as a whole: no card title or question twice, nothing copied from the seed page.
  problems.push(...duplicateTexts(project.packages), ...seedRuns(project), ...readerTextProblems(project.toolkit, project.packages));
  for (const pkg of project.packages) problems.push(...missingParts(project.toolkit, pkg));
  const fitted: typeof project.packages = [];
  for (const pkg of [...project.packages, ...partial]) {
    await stopPoint(); // Ctrl-C between packages: a layout gives the event loop no turn of its own
    const glyphs = partial.includes(pkg) ? [] : await checkGlyphs(pkg.texts);
    problems.push(...glyphs);
    if (glyphs.length) continue; // a missing glyph would only blur the fit check
    if (!partial.includes(pkg)) fitted.push(pkg);
    problems.push(...(await kept.problems(['check-fit', project.toolkit, pkg], async () => fitProblems(await renderer(), project, pkg))));
  }
  problems.push(...(await coverProblems(project, fitted, kept, renderer)));
  kept.prune();
  return problems;
}

type Renderer = Awaited<ReturnType<typeof import('./outputs/loadRenderer.js')['loadRenderer']>>;

/** A package laid out as its build lays it out: what does not fit, and cards that had to shrink. */
async function fitProblems(renderer: Renderer, project: Project, pkg: Package): Promise<Problem[]> {
  const problems: Problem[] = [];
  const { fitCards, fitWerkplaten, layoutDraaiboek, layoutWerkblad } = renderer;
  // Every package has a werkblad: a word too long for its line runs off the page.
  try {
    await layoutWerkblad(project.toolkit, pkg);
  } catch (e) {
    problems.push(...problemsOf(e));
  }
  await stopPoint();
  if (pkg.cards.length)
    try {
      const warning = renderer.shrinkWarning(pkg, await fitCards(project.toolkit, pkg));
      if (warning) problems.push(warning);
    } catch (e) {
      problems.push(...problemsOf(e));
    }
  await stopPoint();
  if (pkg.werkplaten.length)
    try {
      await fitWerkplaten(project.toolkit, pkg);
    } catch (e) {
      problems.push(...problemsOf(e));
    }
  await stopPoint();
  if (pkg.facilitation)
    try {
      await layoutDraaiboek(project.toolkit, pkg);
    } catch (e) {
      problems.push(...problemsOf(e));
    }
  return problems;
}

/** Each theme's covers, laid out together as its bundle has them: a cover that runs over its page fails `build --theme`. */
async function coverProblems(project: Project, packages: Project['packages'], kept: CheckCache, renderer: () => Promise<Renderer>): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const id of new Set(packages.map((p) => p.theme.id))) {
    const members = packages.filter((p) => p.theme.id === id);
    problems.push(
      ...(await kept.problems(['check-covers', project.toolkit, members], async () => {
        try {
          await (await renderer()).fitCovers(project.toolkit, members);
          return [];
        } catch (e) {
          return problemsOf(e);
        }
      })),
    );
  }
  return problems;
}

/**
 * The cards and werkplaten of a file with mistakes elsewhere, when they are
 * valid themselves: their fit is checked too, so one run shows every mistake.
 */
function validParts(project: Project, b: BrokenPackage): Package | undefined {
  const { src } = readSource(isAbsolute(b.file) ? b.file : join(project.root, b.file), b.file);
  if (!src) return undefined;
  const part = <T>(key: string, check: Check<T[]>): T[] => {
    const node = src.doc.get(key, true) as never;
    if (!node) return [];
    const ctx: Ctx = { src, problems: [], texts: [] };
    const v = check(node, key, ctx);
    return v && !ctx.problems.length ? v : [];
  };
  const cards = part('cards', cardList(project.toolkit.limits));
  const werkplaten = part('werkplaten', werkplaatList);
  if (!cards.length && !werkplaten.length) return undefined;
  const js = (src.doc.toJS() ?? {}) as { number?: unknown; theme?: unknown; title?: unknown };
  const theme = project.toolkit.themes.find((t) => t.id === js.theme) ?? project.toolkit.themes[0]!;
  return {
    number: Number(js.number) || 0,
    id: b.id,
    slug: b.id,
    theme,
    title: typeof js.title === 'string' ? js.title : b.id,
    intro: '',
    film: { title: '' },
    questions: [],
    werkplaten,
    cards,
    file: b.file,
    texts: [],
  } as unknown as Package;
}
