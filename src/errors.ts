/** Where a problem sits in a source file. Lines and columns start at 1. */
export interface Loc {
  file: string;
  line: number;
  col: number;
  /** Path inside the document, such as `cards[3].text`. */
  path?: string;
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

export function formatLoc(at: Problem['at']): string {
  if (!at) return '';
  let s = at.file;
  if (at.line) s += `:${at.line}:${at.col ?? 1}`;
  if (at.path) s += ` ${at.path}`;
  return s;
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
  return {
    code: 'file-system',
    message: `cannot ${err.syscall} ${err.path ?? ''}: ${err.code}`.replace(' :', ':'),
    hint: 'Check that the folder exists, is a folder, has room and that you may write there; or choose another one with --out.',
  };
}

export function problemsOf(e: unknown): Problem[] {
  if (isToolkitError(e)) return e.problems;
  const file = fileProblem(e);
  if (file) return [file];
  const msg = e instanceof Error ? e.message : String(e);
  return [{ code: 'internal', message: msg }];
}
