import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { isOddPackageName, packageNames, readSourceBytes } from '../content/sourceFiles.js';
import { join, relative, basename, resolve } from 'node:path';
import { problem, ToolkitError, type Loc, type Problem } from '../errors.js';
import { readSource, locOf } from '../content/source.js';
import { validate } from '../content/schema.js';
import { DEFAULT_LIMITS, packageSchema, toolkitSchema, type PackageSource } from '../content/schemas.js';
import { packageId, slugify } from './slug.js';
import { filmUrlProblem } from './filmLink.js';
import type { Limits, Package, Theme, Toolkit } from './types.js';

/** A package source that could not be read as a valid package. */
export interface BrokenPackage {
  file: string;
  number?: number;
  /** As written in the file, when it could be read: lets --theme still name the package as failed. In a toolkit without themes, the implicit one. */
  theme?: string;
  id: string;
  problems: Problem[];
  /** The texts that could be read: the glyph check still looks at them. */
  texts?: Package['texts'];
}

export interface Project {
  root: string;
  /** The folder holding toolkit.yaml and packages/, in full. */
  dataDir: string;
  toolkit: Toolkit;
  /** Valid packages, sorted by number. */
  packages: Package[];
  broken: BrokenPackage[];
  /** Warnings about the folder itself: a file in packages/ that looks like a package but is not read as one. */
  notes?: Problem[];
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
  const toolkit = memo ? rememberedToolkit(join(dataDir, 'toolkit.yaml'), rel) : loadToolkitFile(join(dataDir, 'toolkit.yaml'), rel);

  const dir = join(dataDir, 'packages');
  let names: string[];
  try {
    names = packageNames(dir);
  } catch {
    throw new ToolkitError('content', [
      problem('no-packages', { dir: rel(dir) }, { at: { file: rel(dir) } }),
    ]);
  }

  const packages: Package[] = [];
  const broken: BrokenPackage[] = [];
  const byNumber = new Map<number, Package>();
  for (const name of names) {
    const file = rel(join(dir, name));
    const stem = basename(name).replace(/\.ya?ml$/, '');
    const { value, problems: fileProblems, texts, raw, places } = readPackageFile(join(dir, name), file, toolkit, memo);
    // Cross-file checks run even when the schema failed, on whatever parts are
    // valid, so that one run reports every problem of the file.
    const { number, theme: themeId, title } = raw;
    const own: Problem[] = [];
    // A toolkit without themes has one implicit theme, which no package names.
    const theme = toolkit.themeless ? (themeId === undefined ? toolkit.themes[0] : undefined) : toolkit.themes.find((t) => t.id === themeId);
    if (themeId !== undefined && !theme)
      own.push(
        toolkit.themeless
          ? problem('theme', { what: `thema "${themeId}" kan hier niet: deze toolkit heeft geen thema's` }, { hint: "Haal de regel theme: weg, of zet thema's in toolkit.yaml.", at: places.theme })
          : problem('theme', { what: `thema "${themeId}" bestaat niet` }, { hint: `Thema's in data/toolkit.yaml: ${toolkit.themes.map((t) => t.id).join(', ')}.`, at: places.theme }),
      );
    const slug = title ? slugify(title) : '';
    const id = number !== undefined && title ? packageId(number, slug) : stem;
    if (number !== undefined && number >= 1 && number <= toolkit.limits.packages && title && stem !== id)
      own.push(problem('file-name', { id }, { at: places.root }));
    const twin = number !== undefined ? byNumber.get(number) : undefined;
    if (twin)
      own.push(problem('duplicate-number', { number: number!, file: twin.file }, { at: places.number }));
    const url = value?.film.url && filmUrlProblem(value.film.url);
    if (url) own.push(problem('film-url', { what: url }, { at: texts.find((t) => t.at.path === 'film.url')?.at ?? places.root }));
    if (value) own.push(...checkUses(value));
    if (!value || fileProblems.length || own.length || !theme) {
      const problems = [...fileProblems, ...own];
      broken.push({ file, id: stem, number: number ?? (Number(stem.slice(0, 2)) || undefined), theme: toolkit.themeless ? toolkit.themes[0]!.id : themeId, problems, texts });
      continue;
    }
    const { at: _at, theme: _theme, film, werkplaten = [], cards = [], facilitation, ...fields } = value;
    const pkg: Package = {
      ...fields,
      // Without its place: outputs hash the film whole, and the same film in another folder is the same film.
      film: { title: film.title, url: film.url, password: film.password },
      id,
      slug,
      theme,
      werkplaten,
      cards,
      facilitation: facilitation && { ...facilitation, plan: facilitation.plan.map((s) => ({ ...s, uses: s.uses ?? [] })) },
      file,
      texts,
    };
    byNumber.set(pkg.number, pkg);
    packages.push(pkg);
  }
  packages.sort((a, b) => a.number - b.number);
  return { root, dataDir: resolve(dataDir), toolkit, packages, broken, notes: nameNotes(dir, rel) };
}

/** A plan step may only use what the package has: a werkplaat it prints, cards when it has them. */
/** `.YAML` is not read (a package ends in `.yaml`), `.yml` is, but neither is what the toolkit writes: say so rather than stay silent. */
function nameNotes(dir: string, rel: (f: string) => string): Problem[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const odd = names.filter((n) => isOddPackageName(n) || /\.yml$/.test(n)).sort();
  return odd.map((n) =>
    problem(
      'file-extension',
      {
        what: isOddPackageName(n) ? 'dit bestand wordt niet gelezen: een werkpakket heet iets.yaml, in kleine letters' : 'dit bestand wordt gelezen, maar de toolkit noemt werkpakketten iets.yaml',
        name: n.replace(/\.ya?ml$/i, '.yaml'),
      },
      { severity: 'warning', at: { file: rel(join(dir, n)) } },
    ),
  );
}

function checkUses(value: PackageSource): Problem[] {
  const plates = value.werkplaten?.length ?? 0;
  const problems: Problem[] = [];
  value.facilitation?.plan.forEach((step, i) => {
    for (const use of step.uses ?? []) {
      const n = /^werkplaat (\d)$/.exec(use)?.[1];
      const missing = n ? Number(n) > plates : use === 'kaarten' && !value.cards?.length;
      if (missing)
        problems.push(
          problem(
            'uses',
            { what: n ? `stap ${i + 1} gebruikt werkplaat ${n}, maar dit werkpakket heeft ${plates === 1 ? '1 werkplaat' : `${plates} werkplaten`}` : `stap ${i + 1} gebruikt kaarten, maar dit werkpakket heeft geen kaarten` },
            { at: { ...step.at, path: `facilitation.plan[${i}].uses` } },
          ),
        );
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

function readPackageFile(path: string, file: string, toolkit: Toolkit, memo?: SourceMemo): PackageFile {
  // readSource words a problem; a pipe or a huge file is not read here either.
  const bytes = readSourceBytes(path).bytes;
  // What a file says depends on the toolkit's limits and whether it has themes, too.
  const sha = bytes && createHash('sha256').update(bytes).update(JSON.stringify([toolkit.limits, toolkit.themeless])).digest('hex');
  const known = memo?.[file];
  if (sha && known?.sha === sha) return known.result;
  const result = parsePackageFile(path, file, toolkit);
  if (sha && memo) memo[file] = { sha, result };
  return result;
}

function parsePackageFile(path: string, file: string, toolkit: Toolkit): PackageFile {
  const none = { file, line: 1, col: 1 };
  const { src, problems } = readSource(path, file);
  if (!src || problems.length) return { problems, texts: [], raw: {}, places: { theme: none, number: none, root: none } };
  const { value, problems: schemaProblems, texts } = validate(src, packageSchema(toolkit.limits, !toolkit.themeless));
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

// A warm process (the caller keeps a memo) reads toolkit.yaml every round, but it seldom changes:
// what it says is a pure function of its bytes and of the name its places give it.
let lastToolkit: { key: string; toolkit: Toolkit } | undefined;

function rememberedToolkit(path: string, rel: (f: string) => string): Toolkit {
  const bytes = readSourceBytes(path).bytes;
  const key = bytes && createHash('sha256').update(rel(path)).update('\0').update(bytes).digest('hex');
  if (key && lastToolkit?.key === key) return lastToolkit.toolkit;
  const toolkit = loadToolkitFile(path, rel);
  // Kept only if the file was not saved again while it was read: the key must name the bytes parsed.
  if (key && unchanged(path, bytes!)) lastToolkit = { key, toolkit };
  return toolkit;
}

function unchanged(path: string, bytes: Buffer): boolean {
  return readSourceBytes(path).bytes?.equals(bytes) ?? false;
}

/** The colour of a toolkit without themes when toolkit.yaml gives none: dark teal, white text on it passes 4.5:1. */
const DEFAULT_COLOUR = { colour: '#1f5f6b', cmyk: [90, 50, 40, 25] as Theme['cmyk'] };

function loadToolkitFile(path: string, rel: (f: string) => string): Toolkit {
  const file = rel(path);
  const { src, problems } = readSource(path, file);
  if (!src || problems.length) throw new ToolkitError('content', problems);
  const { value, problems: schemaProblems, texts } = validate(src, toolkitSchema);
  if (!value) throw new ToolkitError('content', schemaProblems);
  const own: Problem[] = [];
  // Where a top-level key is written; `path` names the key the message is about.
  const placeOf = (key: string, path = key) => ({ ...locOf(src, src.doc.get(key, true) as never, key), path });
  const ids = new Set<string>();
  const dup = value.themes?.find((t) => (ids.has(t.id) ? true : (ids.add(t.id), false)));
  if (dup) own.push(problem('duplicate-theme', { id: dup.id }, { at: dup.at }));
  const { themes: themeSources, colour, cmyk, limits: limitSource, guide, at, ...rest } = value;
  const range = (r: { min: number; max: number } | undefined, fallback: Limits['cards']) => (r ? { min: r.min, max: r.max } : fallback);
  const limits: Limits = {
    packages: limitSource?.packages ?? DEFAULT_LIMITS.packages,
    questions: range(limitSource?.questions, DEFAULT_LIMITS.questions),
    cards: range(limitSource?.cards, DEFAULT_LIMITS.cards),
  };
  for (const key of ['questions', 'cards'] as const) {
    const r = limitSource?.[key];
    if (r && r.min > r.max)
      own.push(problem('limits', { min: r.min, max: r.max }, { at: { ...r.at, path: `limits.${key}` } }));
  }
  if (themeSources && (colour || cmyk))
    own.push(
      problem(
        'toolkit-colour',
        { what: "een kleur bovenaan geldt alleen voor een toolkit zonder thema's; deze toolkit heeft thema's, elk met een eigen kleur" },
        { hint: "Haal colour en cmyk bovenaan weg, of haal de thema's weg.", at: placeOf(colour ? 'colour' : 'cmyk') },
      ),
    );
  if (!themeSources && Boolean(colour) !== Boolean(cmyk))
    own.push(problem('toolkit-colour', { what: 'ontbreekt: geef de kleur van de toolkit twee keer, voor het scherm (colour) en voor de drukker (cmyk)' }, { at: placeOf(colour ? 'colour' : 'cmyk', colour ? 'cmyk' : 'colour') }));
  if (own.length) throw new ToolkitError('content', own);
  const themes: Theme[] = themeSources
    ? themeSources.map((t) => ({ id: t.id, name: t.name, colour: t.colour, cmyk: t.cmyk, slug: slugify(t.name), at: { ...t.at, path: `${t.at.path}.colour` } }))
    : [{ id: '', name: value.title, ...(colour && cmyk ? { colour, cmyk } : DEFAULT_COLOUR), slug: slugify(value.title), implicit: true, at: { ...at, path: 'colour' } }];
  return { ...rest, themes, themeless: !themeSources, limits, guide: guide ?? [], file, texts };
}
