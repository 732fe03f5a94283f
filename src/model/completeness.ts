import type { Problem } from '../errors.js';
import type { Package, Toolkit } from './types.js';

/**
 * What a package can print without, but a facilitator misses: a session plan,
 * the background text, a film link. Warnings, because other toolkits on this
 * engine may not have them, and a film link is often simply not known yet.
 */
export function missingParts(toolkit: Toolkit, pkg: Package): Problem[] {
  const at = { file: pkg.file, line: 1, col: 1 };
  const warn = (code: string, message: string, hint: string): Problem => ({ code, message, hint, at, severity: 'warning' });
  const out: Problem[] = [];
  if (!pkg.facilitation) out.push(warn('no-facilitation', 'heeft geen draaiboek (facilitation:)', 'Zonder facilitation: krijgt dit werkpakket geen draaiboek. Zie docs/content-schema.md.'));
  if (!pkg.background) out.push(warn('no-background', 'heeft geen achtergrondtekst (background:)', 'Schrijf in 150 tot 250 woorden het idee achter het werkpakket, voor als de film niet kan.'));
  if (!pkg.film.url)
    out.push(warn('no-film-link', 'heeft geen link naar de film (film.url)', `Werkblad en draaiboek verwijzen nu naar ${toolkit.contact.email} voor de film.`));
  return out;
}
