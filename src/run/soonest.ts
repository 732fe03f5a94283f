import type { Job } from './job.js';

/**
 * The jobs of a plan in the order the executor makes them best: each group as
 * soon after what it needs as it can be. Of the groups that can be made, the
 * one that needs the group made last goes first; among equals, the plan's
 * order. So the site's previews of a package are drawn on threads while this
 * thread makes the next package's PDFs, not all at the end.
 */
export function soonest(jobs: Job[]): Job[] {
  const keyOf = (j: Job) => (j.group === undefined ? `\0${j.id}` : j.group);
  const groups = new Map<string, Job[]>();
  for (const j of jobs) groups.set(keyOf(j), [...(groups.get(keyOf(j)) ?? []), j]);
  const groupOf = new Map(jobs.map((j) => [j.id, keyOf(j)]));
  const needs = new Map([...groups].map(([key, js]) => [key, new Set(js.flatMap((j) => [...j.needs, ...(j.failsWith ?? [])]).flatMap((n) => (groupOf.has(n) && groupOf.get(n) !== key ? [groupOf.get(n)!] : [])))]));
  const at = new Map<string, number>(); // where each placed group is in the order
  const order: Job[] = [];
  const left = [...groups.keys()];
  while (left.length) {
    let best = -1;
    let latest = -2;
    for (const [i, key] of left.entries()) {
      const deps = [...needs.get(key)!];
      if (!deps.every((d) => at.has(d))) continue;
      const last = Math.max(-1, ...deps.map((d) => at.get(d)!));
      if (last > latest) [best, latest] = [i, last];
    }
    const key = left.splice(Math.max(best, 0), 1)[0]!; // none can: a cycle the executor reports
    at.set(key, at.size);
    order.push(...groups.get(key)!);
  }
  return order;
}
