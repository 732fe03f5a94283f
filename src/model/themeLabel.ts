import type { Package, Theme } from './types.js';

/**
 * How a theme is named on paper: "Thema C · Ambtelijk vakmanschap", or "Thema C".
 * Nothing for the implicit theme of a toolkit without themes: no page may say "Thema".
 */
export function themeLabel(theme: Theme, withName = true): string | undefined {
  if (theme.implicit) return undefined;
  return withName ? `Thema ${theme.id} · ${theme.name}` : `Thema ${theme.id}`;
}

/** What a badge shows: the theme's letter, or in a toolkit without themes the package number. */
export const badgeText = (pkg: Package) => (pkg.theme.implicit ? String(pkg.number) : pkg.theme.id);

/** The parts that are there, joined with " · ". */
export const dotted = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' · ');
