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
