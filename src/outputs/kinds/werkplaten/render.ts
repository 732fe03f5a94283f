import { createElement } from 'react';
import type { LayoutNode } from '@react-pdf/layout';
import { problem, ToolkitError, type Loc, type Problem } from '../../../errors.js';
import type { Package, Toolkit, Werkplaat } from '../../../model/types.js';
import { Werkplaten } from '../../../../templates/Werkplaten.js';
import { planPoster, type PosterPlan } from '../../../../templates/werkplaat/plan.js';
import { FIT_LEVELS, POSTER_STEPS, bodyHeight, bodyWidth } from '../../../../templates/werkplaat/sizes.js';
import { MOST_AREAS, bodyGeometry, postitProblems } from '../../../../templates/werkplaat/geometry.js';
import { draw, layout } from '../../../render/engine.js';
import { fits, measureFit, misfit } from '../../../render/fit.js';
import type { Region } from '../../../render/fitMark.js';

/** The YAML place of a region of werkplaat k, for error messages. */
function placeOf(plaat: Werkplaat, k: number, region: Region): { at: Loc; path: string } {
  const base = `werkplaten[${k}]`;
  if (region.of === 'area' && plaat.areas[region.index]) return { at: plaat.areas[region.index]!.at, path: `${base}.areas[${region.index}]` };
  if (region.of === 'slider' && plaat.sliders[region.index]) return { at: plaat.sliders[region.index]!.at, path: `${base}.sliders[${region.index}]` };
  if (region.of === 'centre' && plaat.centre) return { at: plaat.centre.at, path: `${base}.centre` };
  return { at: plaat.at, path: base };
}

const mmOf = (pt: number) => Math.floor((pt * 25.4) / 72);

/**
 * Werkplaten whose areas cannot hold a 76 x 76 mm post-it: more than four
 * areas on one sheet, or an area whose open space is smaller than 80 x 80 mm.
 * Measured on the same geometry the templates draw, before any text is laid out.
 */
export function postitCheck(pkg: Package): Problem[] {
  const problems: Problem[] = [];
  pkg.werkplaten.forEach((plaat, k) => {
    const { tooMany, small } = postitProblems(bodyGeometry(plaat, bodyWidth(), bodyHeight()));
    const areasAt = plaat.areas[0]?.at ?? plaat.at;
    if (tooMany) {
      // The first area's line, named after the werkplaat's title.
      const at = { ...areasAt, name: plaat.at.name, namedPath: plaat.at.namedPath, path: `werkplaten[${k}].areas` };
      problems.push(problem('werkplaat-areas', { areas: plaat.areas.length, most: MOST_AREAS }, { at }));
      return;
    }
    for (const f of small) {
      const area = plaat.areas[f.index]!;
      problems.push(problem('werkplaat-postit', { width: mmOf(f.width), height: mmOf(f.height) }, { at: area.at }));
    }
  });
  return problems;
}

/**
 * Lays out every werkplaat of a package, each at its layout's type scale,
 * stepping a werkplaat's sizes down together (the whole sheet) only until
 * all its text fits; beyond the floor the package fails.
 */
export async function fitWerkplaten(toolkit: Toolkit, pkg: Package): Promise<{ tree: LayoutNode; plans: PosterPlan[] }> {
  const room = postitCheck(pkg);
  if (room.length) throw new ToolkitError('content', room);
  const level = pkg.werkplaten.map(() => 0);
  for (;;) {
    const plans = pkg.werkplaten.map((w, i) => {
      const { step, grow } = FIT_LEVELS[level[i]!]!;
      return planPoster(w, POSTER_STEPS[step]!, grow);
    });
    const tree = await layout(createElement(Werkplaten, { toolkit, pkg, plans }));
    const bad = new Map<number, Problem[]>();
    for (const fit of measureFit(tree)) {
      if (fits(fit) || fit.group.kind !== 'werkplaat') continue;
      const k = fit.group.plaat;
      const { at, path } = placeOf(pkg.werkplaten[k]!, k, fit.group.region);
      const list = bad.get(k) ?? [];
      list.push(misfit(at, path, fit, plans[k]!.sizes.prompt, 'Maak de tekst korter: een werkplaat wordt van de andere kant van de tafel gelezen.'));
      bad.set(k, list);
    }
    if (!bad.size) return { tree, plans };
    const problems: Problem[] = [];
    for (const [k, list] of bad) {
      if (level[k]! < FIT_LEVELS.length - 1) level[k]!++;
      else problems.push(...list);
    }
    if (problems.length) throw new ToolkitError('content', problems);
  }
}

/** The package's werkplaten as one PDF of A3 pages, and per page where its 2 x A4 version is cut. */
export async function renderWerkplaten(toolkit: Toolkit, pkg: Package): Promise<{ bytes: Uint8Array; cuts: number[] }> {
  const { tree, plans } = await fitWerkplaten(toolkit, pkg);
  return { bytes: await draw(tree), cuts: plans.map((p) => p.cut) };
}
