import { readdirSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { ToolkitError, type Problem } from '../errors.js';
import { readSource, locOf } from '../content/source.js';
import { validate } from '../content/schema.js';
import { packageSchema, toolkitSchema } from '../content/schemas.js';
import { packageId, slugify } from './slug.js';
import type { Package, Theme, Toolkit, Werkplaat } from './types.js';

/** A package source that could not be read as a valid package. */
export interface BrokenPackage {
  file: string;
  number?: number;
  /** As written in the file, when it could be read: lets --theme still name the package as failed. */
  theme?: string;
  id: string;
  problems: Problem[];
}

export interface Project {
  root: string;
  toolkit: Toolkit;
  /** Valid packages, sorted by number. */
  packages: Package[];
  broken: BrokenPackage[];
}

/**
 * Loads `data/toolkit.yaml` and every `data/packages/*.yaml`. A broken package
 * does not stop the others: it is returned in `broken` with all its problems.
 * Only a broken toolkit.yaml throws, because every output depends on it.
 */
export function loadProject(dataDir: string, root = process.cwd()): Project {
  const rel = (f: string) => relative(root, f) || f;
  const toolkit = loadToolkitFile(join(dataDir, 'toolkit.yaml'), rel);

  const dir = join(dataDir, 'packages');
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    throw new ToolkitError('content', [
      { code: 'no-packages', message: `cannot read the folder ${rel(dir)}`, hint: 'Run the tool from the project folder, or pass --data.', at: { file: rel(dir) } },
    ]);
  }

  const packages: Package[] = [];
  const broken: BrokenPackage[] = [];
  const byNumber = new Map<number, Package>();
  for (const name of names) {
    const file = rel(join(dir, name));
    const stem = basename(name).replace(/\.ya?ml$/, '');
    const { src, problems } = readSource(join(dir, name), file);
    if (!src || problems.length) {
      broken.push({ file, id: stem, problems });
      continue;
    }
    const { value, problems: schemaProblems, texts } = validate(src, packageSchema);
    // Cross-file checks run even when the schema failed, on whatever parts are
    // valid, so that one run reports every problem of the file.
    const raw = (src.doc.toJS() ?? {}) as { number?: unknown; theme?: unknown; title?: unknown };
    const number = Number.isInteger(raw.number) ? (raw.number as number) : undefined;
    const themeId = typeof raw.theme === 'string' ? raw.theme : undefined;
    const title = typeof raw.title === 'string' && raw.title.trim() ? raw.title.trim() : undefined;
    const own: Problem[] = [];
    const theme = toolkit.themes.find((t) => t.id === themeId);
    if (themeId !== undefined && !theme)
      own.push({
        code: 'theme',
        message: `theme "${themeId}" does not exist`,
        hint: `Themes in data/toolkit.yaml: ${toolkit.themes.map((t) => t.id).join(', ')}.`,
        at: locOf(src, src.doc.get('theme', true) as never, 'theme'),
      });
    const slug = title ? slugify(title) : '';
    const id = number !== undefined && title ? packageId(number, slug) : stem;
    if (number !== undefined && number >= 1 && number <= 18 && title && stem !== id)
      own.push({
        code: 'file-name',
        message: `file name does not match number and title: expected ${id}.yaml`,
        hint: `Rename the file to ${id}.yaml, or correct number or title.`,
        at: locOf(src, src.doc.contents as never, undefined),
      });
    const twin = number !== undefined ? byNumber.get(number) : undefined;
    if (twin)
      own.push({
        code: 'duplicate-number',
        message: `number ${number} is already used by ${twin.file}`,
        hint: 'Every package needs its own number from 1 to 18.',
        at: locOf(src, src.doc.get('number', true) as never, 'number'),
      });
    if (!value || own.length || !theme) {
      const problems = [...schemaProblems, ...own];
      broken.push({ file, id: stem, number: number ?? (Number(stem.slice(0, 2)) || undefined), theme: themeId, problems });
      continue;
    }
    const pkg: Package = {
      number: value.number,
      id,
      slug,
      theme,
      title: value.title,
      intro: value.intro,
      film: { title: value.film.title, url: value.film.url, password: value.film.password },
      questions: value.questions,
      werkplaten: (value.werkplaten ?? []) as Werkplaat[],
      cards: value.cards ?? [],
      file,
      texts,
    };
    byNumber.set(pkg.number, pkg);
    packages.push(pkg);
  }
  packages.sort((a, b) => a.number - b.number);
  return { root, toolkit, packages, broken };
}

function loadToolkitFile(path: string, rel: (f: string) => string): Toolkit {
  const file = rel(path);
  const { src, problems } = readSource(path, file);
  if (!src || problems.length) throw new ToolkitError('content', problems);
  const { value, problems: schemaProblems, texts } = validate(src, toolkitSchema);
  if (!value) throw new ToolkitError('content', schemaProblems);
  const ids = new Set<string>();
  const dup = value.themes.find((t) => (ids.has(t.id) ? true : (ids.add(t.id), false)));
  if (dup) throw new ToolkitError('content', [{ code: 'duplicate-theme', message: `theme ${dup.id} is listed twice`, at: dup.at }]);
  const themes: Theme[] = value.themes.map((t) => ({ id: t.id, name: t.name, colour: t.colour, slug: slugify(t.name) }));
  return {
    title: value.title,
    version: value.version,
    date: value.date,
    contact: value.contact,
    cards: value.cards,
    themes,
    guide: value.guide ?? [],
    mail: value.mail,
    file,
    texts,
  };
}
