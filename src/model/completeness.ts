import { problem } from '../errors.js';
import type { Problem } from '../errors.js';
import type { Package, Toolkit } from './types.js';

/**
 * What a package can print without, but a facilitator misses: a session plan,
 * the background text, a film link. Warnings, because other toolkits on this
 * engine may not have them, and a film link is often simply not known yet.
 */
export function missingParts(toolkit: Toolkit, pkg: Package): Problem[] {
  const at = { file: pkg.file, line: 1, col: 1 };
  const out: Problem[] = [];
  if (!pkg.facilitation) out.push(problem('no-facilitation', {}, { at, severity: 'warning' }));
  if (!pkg.background) out.push(problem('no-background', {}, { at, severity: 'warning' }));
  if (!pkg.film.url) out.push(problem('no-film-link', { email: toolkit.contact.email }, { at, severity: 'warning' }));
  return out;
}
