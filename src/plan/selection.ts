import { ToolkitError, problem } from '../errors.js';
import type { Project, BrokenPackage } from '../model/load.js';
import type { Package } from '../model/types.js';

export interface Selection {
  packages?: number[];
  themes?: string[];
}

/**
 * The packages a selection names, valid and broken alike. A number or theme
 * that does not exist is a usage error that lists the valid ones.
 */
export function selectPackages(project: Project, sel: Selection): { packages: Package[]; broken: BrokenPackage[] } {
  const all = [...project.packages.map((p) => p.number), ...project.broken.flatMap((b) => (b.number ? [b.number] : []))].sort((a, b) => a - b);
  const themeIds = project.toolkit.themes.map((t) => t.id);
  const bad: string[] = [];
  // One message for all missing numbers, however many: 1-100000 is one mistake.
  const missing = [...new Set(sel.packages ?? [])].filter((n) => !all.includes(n)).sort((a, b) => a - b);
  if (missing.length)
    bad.push(`${missing.length === 1 ? `er is geen werkpakket ${missing[0]}` : `er zijn geen werkpakketten ${ranges(missing)}`}; de werkpakketten zijn ${ranges(all)}`);
  if (sel.themes?.length && project.toolkit.themeless)
    throw new ToolkitError('usage', [problem('no-themes', { themes: sel.themes.join(','), toolkit: project.toolkit.title })]);
  for (const t of sel.themes ?? []) if (!themeIds.includes(t)) bad.push(`er is geen thema "${t}"; de thema's zijn ${themeIds.join(', ')}`);
  if (bad.length) throw new ToolkitError('usage', bad.map((what) => problem('selection', { what })));

  const none = !sel.packages?.length && !sel.themes?.length;
  const wanted = (n: number | undefined, theme: string | undefined) =>
    none || (n !== undefined && sel.packages?.includes(n)) || (theme !== undefined && sel.themes?.includes(theme));
  return {
    packages: project.packages.filter((p) => wanted(p.number, p.theme.id)),
    broken: project.broken.filter((b) => (none ? true : wanted(b.number, b.theme))),
  };
}

function ranges(ns: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ns.length; i++) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    out.push(j > i ? `${ns[i]}-${ns[j]}` : `${ns[i]}`);
    i = j;
  }
  return out.join(', ');
}
