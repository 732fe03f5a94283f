import type { Project } from './model/load.js';

/** One line a package: number, theme, title, and what it contains. */
export function listPackages(project: Project): string[] {
  return project.packages.map((p) => {
    const parts = [`werkblad (${p.questions.length} vragen)`];
    if (p.werkplaten.length) parts.push(`${p.werkplaten.length} werkplaten`);
    if (p.cards.length) parts.push(`${p.cards.length} kaarten`);
    if (p.facilitation) parts.push('draaiboek');
    return `${String(p.number).padStart(2)}  ${p.theme.implicit ? '' : `${p.theme.id}  `}${p.title}  ·  ${parts.join(', ')}`;
  });
}
