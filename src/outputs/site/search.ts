import type { Project } from '../../model/load.js';
import { GUIDE_PAGE, pagePath } from './layout.js';
import { sectionAnchor } from './pages.js';

/** One thing the search box can find: kind, title, link from the site folder, text, and in which package. */
export type Entry = [kind: string, title: string, url: string, text: string, where: string];

/**
 * The search index as a script that sets a global: a script file loads from
 * file://, where fetch() of a JSON file is refused. The index is small
 * (the texts themselves), and matching every word as a substring finds
 * phrases like "hoort het" that a word index with stemming would rank
 * loosely; so no search library is needed.
 */
export function searchIndex(project: Pick<Project, 'toolkit' | 'packages'>): string {
  const entries: Entry[] = [];
  for (const pkg of project.packages) {
    const url = pagePath(pkg);
    const where = `werkpakket ${pkg.number}`;
    entries.push(['Werkpakket', `${pkg.number}. ${pkg.title}`, url, pkg.intro, pkg.theme.implicit ? '' : `thema ${pkg.theme.id}`]);
    pkg.questions.forEach((q) => entries.push(['Vraag', q, `${url}#vragen`, '', where]));
    pkg.cards.forEach((c, i) => entries.push([c.kind === 'denk' ? 'Denkkaart' : 'Doekaart', c.title, `${url}#kaart-${i + 1}`, c.text, where]));
    pkg.werkplaten.forEach((w, i) => entries.push(['Werkplaat', w.title, `${url}#werkplaat-${i + 1}`, w.instruction, where]));
  }
  for (const g of project.toolkit.guide) entries.push(['Gebruiksaanwijzer', g.heading, `${GUIDE_PAGE}#${sectionAnchor(g.heading)}`, g.text, '']);
  // `<` escaped: the index must not be able to close a script element, whatever the YAML says.
  return `window.toolkitZoekindex = ${JSON.stringify(entries).replace(/</g, '\\u003c')};\n`;
}
