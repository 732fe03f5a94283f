import { humanPath } from './humanPath.js';
import { ERRORS, type ErrorCode, type ErrorData, type ParamsOf } from './errors-data.js';
/** Where a problem sits in a source file. Lines and columns start at 1. */
export interface Loc {
  file: string;
  line: number;
  col: number;
  /** Path inside the document, such as `cards[3].text`. */
  path?: string;
  /** The path as people count, with titles: `kaart 4 ("Vraag het de inwoner"), text`. */
  name?: string;
  /** The path `name` was made for: a problem that sets its own path below it keeps the titles. */
  namedPath?: string;
}

/**
 * One thing a user can fix. Worded as Astro words its errors: what happened
 * (`message`), and what to do about it (`hint`).
 */
export interface Problem {
  code: string;
  message: string;
  hint?: string;
  at?: Partial<Loc> & { file: string };
  /** A warning is worth fixing but does not stop a build or fail `check`. */
  severity?: 'warning';
}

export const isWarning = (p: Problem) => p.severity === 'warning';

/**
 * A problem from the catalogue (src/errors-data.ts): its code, its message
 * filled in with `params`, its hint (or a more precise one the caller has),
 * where it is, and whether it is only a warning.
 */
export function problem<C extends ErrorCode>(code: C, params: ParamsOf<C>, extra: { at?: Problem['at']; hint?: string; severity?: 'warning' } = {}): Problem {
  const e = ERRORS[code] as ErrorData<ParamsOf<C>>;
  const hint = extra.hint ?? (typeof e.hint === 'function' ? e.hint(params) : e.hint);
  return {
    code,
    message: e.message(params),
    ...(hint !== undefined && { hint }),
    ...(extra.at && { at: extra.at }),
    ...(extra.severity && { severity: extra.severity }),
  };
}

export function formatLoc(at: Problem['at']): string {
  if (!at) return '';
  let s = at.file;
  if (at.line) s += `:${at.line}:${at.col ?? 1}`;
  if (at.path) s += ` ${peoplePath(at)}`;
  return s;
}

/** The path as people count: with the titles found when the place was read, where they still apply. */
function peoplePath(at: NonNullable<Problem['at']>): string {
  const path = at.path!;
  if (!at.name || !at.namedPath || !path.startsWith(at.namedPath)) return humanPath(path);
  const rest = path.slice(at.namedPath.length).replace(/^\./, '');
  return rest ? `${at.name}, ${humanPath(rest)}` : at.name;
}

export function formatProblem(p: Problem): string {
  const where = formatLoc(p.at);
  const head = where ? `${where}: ${p.message}` : p.message;
  return p.hint ? `${head}\n    ${p.hint}` : head;
}

/** Thrown for a user's mistake; carries every problem found, not just the first. */
export class ToolkitError extends Error {
  constructor(
    readonly kind: 'content' | 'usage',
    readonly problems: Problem[],
  ) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ToolkitError';
  }
}

// By name, not instanceof: the bundled renderer (loadRenderer.ts) has its own copy of the class.
export const isToolkitError = (e: unknown): e is ToolkitError => e instanceof Error && e.name === 'ToolkitError' && Array.isArray((e as ToolkitError).problems);

/** A failed file operation (no room, no permission, not a folder): the machine's problem, not the tool's. */
export function fileProblem(e: unknown): Problem | undefined {
  const err = e as NodeJS.ErrnoException;
  if (!(e instanceof Error) || typeof err.code !== 'string' || !err.syscall) return undefined;
  const what = SYSCALLS[err.syscall] ?? `kan ${err.syscall} niet doen op`;
  const why = REASONS[err.code] ?? err.code;
  return problem(
    'file-system',
    { what: `${what} ${err.path ?? ''}`.trim(), why: `${why} (${err.code})` },
    {
      hint:
        err.code === 'ENOSPC'
          ? 'Maak ruimte vrij op de schijf, of kies met --out een map op een andere schijf. Wat al af was, is bewaard; bouw daarna opnieuw voor de rest.'
          : 'Kijk of de map bestaat, echt een map is, ruimte heeft en of je er mag schrijven; of kies een andere map met --out.',
    },
  );
}

const SYSCALLS: Record<string, string> = {
  mkdir: 'kan de map niet maken:',
  open: 'kan het bestand niet openen:',
  write: 'kan niet schrijven naar',
  rename: 'kan het bestand niet op zijn plaats zetten:',
  scandir: 'kan de map niet lezen:',
  unlink: 'kan het bestand niet weghalen:',
};

const REASONS: Record<string, string> = {
  ENOSPC: 'de schijf is vol',
  EACCES: 'je mag hier niet schrijven',
  EPERM: 'je mag hier niet schrijven',
  EROFS: 'deze schijf is alleen om te lezen',
  ENOTDIR: 'een deel van dit pad is een bestand, geen map',
  EISDIR: 'dit is een map, geen bestand',
  ENOENT: 'dat bestaat niet',
  EEXIST: 'er staat al iets met die naam',
};

export function problemsOf(e: unknown): Problem[] {
  if (isToolkitError(e)) return e.problems;
  const file = fileProblem(e);
  if (file) return [file];
  const msg = e instanceof Error ? e.message : String(e);
  return [problem('internal', { what: msg })];
}
