import { formatLoc, type Loc, type Problem, problem } from '../errors.js';
import type { Package } from './types.js';
import { normalText } from './words.js';

const KINDS = [
  { what: 'De kaarttitel', path: /^cards\[\d+\]\.title$/, hint: 'Geef een van de twee kaarten een titel die bij zijn eigen werkpakket past.' },
  { what: 'De vraag', path: /^questions\[\d+\]$/, hint: 'Vervang een van de twee door een vraag die bij zijn eigen werkpakket past.' },
  { what: 'De titel van de werkplaat', path: /^werkplaten\[\d+\]\.title$/, hint: 'Geef een van de twee werkplaten een titel die zegt wat er in dit werkpakket op gebeurt.' },
] as const;

/**
 * A card title, reflection question or werkplaat title that appears twice in the toolkit:
 * a group that does two packages meets it twice. Compared on their words
 * (see words.ts), so a changed comma or capital does not hide a copy.
 */
export function duplicateTexts(packages: Package[]): Problem[] {
  const problems: Problem[] = [];
  for (const kind of KINDS) {
    const first = new Map<string, { text: string; at: Loc }>();
    for (const pkg of packages)
      for (const t of pkg.texts) {
        if (!t.at.path || !kind.path.test(t.at.path)) continue;
        const key = normalText(t.text);
        const seen = first.get(key);
        if (!seen) {
          first.set(key, t);
          continue;
        }
        problems.push(problem('duplicate-text', { what: kind.what, text: t.text, where: formatLoc(seen.at) }, { hint: kind.hint, at: t.at }));
      }
  }
  return problems;
}
