import type { Job } from './job.js';
import { groupOf, unitsOf, waitsFor } from './run.js';

/**
 * The jobs of a plan in the order the executor makes them best: each group as
 * soon after what it needs as it can be. Of the groups that can be made, the
 * one that needs the group made last goes first; among equals, the plan's
 * order. So the site's previews of a package are drawn on threads while this
 * thread makes the next package's PDFs, not all at the end.
 */
export function soonest(jobs: Job[]): Job[] {
  const units = unitsOf(jobs);
  const unitOf = groupOf(units);
  const needs = new Map(units.map((u) => [u, new Set(u.flatMap(waitsFor).flatMap((n) => (unitOf.has(n) && unitOf.get(n) !== u ? [unitOf.get(n)!] : [])))]));
  const at = new Map<Job[], number>(); // where each placed group is in the order
  const left = [...units];
  while (left.length) {
    let best = -1;
    let latest = -2;
    for (const [i, u] of left.entries()) {
      const deps = [...needs.get(u)!];
      if (!deps.every((d) => at.has(d))) continue;
      const last = Math.max(-1, ...deps.map((d) => at.get(d)!));
      if (last > latest) [best, latest] = [i, last];
    }
    const u = left.splice(Math.max(best, 0), 1)[0]!; // none can: a cycle the executor reports
    at.set(u, at.size);
  }
  return [...at.keys()].flat();
}
