import type { Problem } from './errors.js';
import type { Project } from './model/load.js';
import { checkGlyphs } from './render/fonts.js';

/** Everything a build would find wrong, without writing: schema, glyphs, text fit. */
export async function check(project: Project): Promise<Problem[]> {
  const problems: Problem[] = project.broken.flatMap((b) => b.problems);
  problems.push(...(await checkGlyphs(project.toolkit.texts)));
  for (const pkg of project.packages) problems.push(...(await checkGlyphs(pkg.texts)));
  return problems;
}
