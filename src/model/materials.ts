import type { Package, Use } from './types.js';

/** What a step's `uses` entry is called on paper: "Werkplaat 2: De bedoeling in het midden". */
export function materialLabel(pkg: Package, use: Use): string {
  const n = /^werkplaat (\d)$/.exec(use)?.[1];
  if (n) return `Werkplaat ${n}: ${pkg.werkplaten[Number(n) - 1]?.title ?? ''}`.replace(/: $/, '');
  if (use === 'kaarten') return 'Denk- en doekaarten';
  if (use === 'werkblad') return 'Werkblad';
  return 'Film';
}

/** What getting a material ready means, for the draaiboek's checklist. */
export function preparationFor(pkg: Package, use: Use): string {
  const n = /^werkplaat (\d)$/.exec(use)?.[1];
  // A dash, not a colon: a title may end in "?" ("Hoort het, helpt het?: op A3" read badly).
  if (n) return `${materialLabel(pkg, use)} – op A3 geprint (of 2 x A4 aan elkaar), met post-its en stiften`;
  if (use === 'kaarten') return `De ${pkg.cards.length} denk- en doekaarten: dubbelzijdig geprint en geknipt`;
  if (use === 'werkblad') return 'Het werkblad: één voor iedereen, met een pen';
  return 'Een scherm met geluid, en de film klaargezet';
}

/**
 * The werkplaten (by number) a step of the plan uses: what a session prints. One the plan leaves
 * out stays in the package's print set, for another meeting. Without a plan: all.
 */
export function werkplatenInPlan(pkg: Package): number[] {
  const all = pkg.werkplaten.map((_, i) => i + 1);
  const plan = pkg.facilitation?.plan;
  if (!plan?.length) return all;
  const used = new Set(plan.flatMap((step) => step.uses));
  return all.filter((n) => used.has(`werkplaat ${n}`));
}

/** The draaiboek's line on the werkplaten its plan leaves out; undefined when it uses them all. */
export function spareLine(pkg: Package): string | undefined {
  const inPlan = werkplatenInPlan(pkg);
  const named = pkg.werkplaten.flatMap((w, i) => (inPlan.includes(i + 1) ? [] : [`werkplaat ${i + 1} ‘${w.title}’`]));
  if (!named.length) return undefined;
  if (named.length === 1) return `Niet in dit plan: ${named[0]}. Die zit wel in de printset; gebruik hem in een volgende bijeenkomst.`;
  return `Niet in dit plan: ${named.slice(0, -1).join(', ')} en ${named.at(-1)}. Ze zitten wel in de printset; gebruik ze in een volgende bijeenkomst.`;
}

/** Every material the plan uses, in the order the package lists them (film, werkblad, werkplaten, kaarten). */
export function materialsOfPlan(pkg: Package): Use[] {
  const used = new Set(pkg.facilitation?.plan.flatMap((s) => s.uses) ?? []);
  const order: Use[] = ['film', 'werkblad', ...pkg.werkplaten.map((_, i) => `werkplaat ${i + 1}`), 'kaarten'];
  return order.filter((u) => used.has(u));
}

/** A part of a package's theme bundle after its cover. */
export type BundlePiece = { kind: 'draaiboek' } | { kind: 'werkblad' } | { kind: 'werkplaat'; index: number } | { kind: 'kaarten' };

/**
 * What follows a package's cover in its theme bundle, in print order: the
 * draaiboek when the package has a plan, the werkblad, each werkplaat, the
 * cards when it has them. One list for the bundle and for the cover that says
 * what comes after it.
 */
export function bundlePieces(pkg: Package): BundlePiece[] {
  return [
    ...(pkg.facilitation ? [{ kind: 'draaiboek' } as const] : []),
    { kind: 'werkblad' } as const,
    ...pkg.werkplaten.map((_, index) => ({ kind: 'werkplaat', index }) as const),
    ...(pkg.cards.length ? [{ kind: 'kaarten' } as const] : []),
  ];
}
