import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, basename, resolve } from 'node:path';
import { ToolkitError, type Loc, type Problem } from '../errors.js';
import { readSource, locOf } from '../content/source.js';
import { validate, type Infer } from '../content/schema.js';
import { packageSchema, toolkitSchema } from '../content/schemas.js';
import { packageId, slugify } from './slug.js';
import { filmUrlProblem } from '../render/qr.js';
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
  /** The folder holding toolkit.yaml and packages/, in full. */
  dataDir: string;
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
export function loadProject(dataDir: string, root = process.cwd(), memo?: SourceMemo): Project {
  // Paths inside the project read best relative to it; others in full.
  const rel = (f: string) => {
    const r = relative(root, f);
    return r && !r.startsWith('..') ? r : f;
  };
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
    const { value, problems: fileProblems, texts, raw, places } = readPackageFile(join(dir, name), file, memo);
    // Cross-file checks run even when the schema failed, on whatever parts are
    // valid, so that one run reports every problem of the file.
    const { number, theme: themeId, title } = raw;
    const own: Problem[] = [];
    const theme = toolkit.themes.find((t) => t.id === themeId);
    if (themeId !== undefined && !theme)
      own.push({
        code: 'theme',
        message: `theme "${themeId}" does not exist`,
        hint: `Themes in data/toolkit.yaml: ${toolkit.themes.map((t) => t.id).join(', ')}.`,
        at: places.theme,
      });
    const slug = title ? slugify(title) : '';
    const id = number !== undefined && title ? packageId(number, slug) : stem;
    if (number !== undefined && number >= 1 && number <= 18 && title && stem !== id)
      own.push({
        code: 'file-name',
        message: `file name does not match number and title: expected ${id}.yaml`,
        hint: `Rename the file to ${id}.yaml, or correct number or title.`,
        at: places.root,
      });
    const twin = number !== undefined ? byNumber.get(number) : undefined;
    if (twin)
      own.push({
        code: 'duplicate-number',
        message: `number ${number} is already used by ${twin.file}`,
        hint: 'Every package needs its own number from 1 to 18.',
        at: places.number,
      });
    const url = value?.film.url && filmUrlProblem(value.film.url);
    if (url) own.push({ code: 'film-url', ...url, at: texts.find((t) => t.at.path === 'film.url')?.at ?? places.root });
    if (value) own.push(...checkUses(value));
    if (!value || fileProblems.length || own.length || !theme) {
      const problems = [...fileProblems, ...own];
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
      background: value.background,
      facilitation: value.facilitation && { ...value.facilitation, plan: value.facilitation.plan.map((s) => ({ ...s, uses: s.uses ?? [] })) },
      file,
      texts,
    };
    byNumber.set(pkg.number, pkg);
    packages.push(pkg);
  }
  packages.sort((a, b) => a.number - b.number);
  return { root, dataDir: resolve(dataDir), toolkit, packages, broken };
}

/** A plan step may only use what the package has: a werkplaat it prints, cards when it has them. */
function checkUses(value: PackageSource): Problem[] {
  const plates = value.werkplaten?.length ?? 0;
  const problems: Problem[] = [];
  value.facilitation?.plan.forEach((step, i) => {
    for (const use of step.uses ?? []) {
      const n = /^werkplaat (\d)$/.exec(use)?.[1];
      const missing = n ? Number(n) > plates : use === 'kaarten' && !value.cards?.length;
      if (missing)
        problems.push({
          code: 'uses',
          message: n ? `stap ${i + 1} gebruikt werkplaat ${n}, maar dit werkpakket heeft ${plates === 1 ? '1 werkplaat' : `${plates} werkplaten`}` : `stap ${i + 1} gebruikt kaarten, maar dit werkpakket heeft geen kaarten`,
          hint: 'Noem bij uses alleen materialen die het werkpakket heeft.',
          at: { ...step.at, path: `facilitation.plan[${i}].uses` },
        });
    }
  });
  return problems;
}

/** Parsed package files by path, with the hash of the bytes they were parsed from. */
export type SourceMemo = Record<string, { sha: string; result: PackageFile }>;

/** What one package file says on its own: a pure function of its bytes, so it can be remembered. */
export interface PackageFile {
  value?: PackageSource;
  problems: Problem[];
  texts: Package['texts'];
  /** The fields the cross-file checks need, where they are valid, with their places. */
  raw: { number?: number; theme?: string; title?: string };
  places: { theme: Loc; number: Loc; root: Loc };
}

type PackageSource = NonNullable<ReturnType<typeof validate<Infer<typeof packageSchema>>>['value']>;

function readPackageFile(path: string, file: string, memo?: SourceMemo): PackageFile {
  let bytes: Buffer | undefined;
  try {
    bytes = readFileSync(path);
  } catch {
    // readSource words the error
  }
  const sha = bytes && createHash('sha256').update(bytes).digest('hex');
  const known = memo?.[file];
  if (sha && known?.sha === sha) return known.result;
  const result = parsePackageFile(path, file);
  if (sha && memo) memo[file] = { sha, result };
  return result;
}

function parsePackageFile(path: string, file: string): PackageFile {
  const none = { file, line: 1, col: 1 };
  const { src, problems } = readSource(path, file);
  if (!src || problems.length) return { problems, texts: [], raw: {}, places: { theme: none, number: none, root: none } };
  const { value, problems: schemaProblems, texts } = validate(src, packageSchema);
  const js = (src.doc.toJS() ?? {}) as { number?: unknown; theme?: unknown; title?: unknown };
  return {
    value,
    problems: schemaProblems,
    texts,
    raw: {
      number: Number.isInteger(js.number) ? (js.number as number) : undefined,
      theme: typeof js.theme === 'string' ? js.theme : undefined,
      title: typeof js.title === 'string' && js.title.trim() ? js.title.trim() : undefined,
    },
    places: {
      theme: locOf(src, src.doc.get('theme', true) as never, 'theme'),
      number: locOf(src, src.doc.get('number', true) as never, 'number'),
      root: locOf(src, src.doc.contents as never, undefined),
    },
  };
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
  const themes: Theme[] = value.themes.map((t) => ({ id: t.id, name: t.name, colour: t.colour, slug: slugify(t.name), at: { ...t.at, path: `${t.at.path}.colour` } }));
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
