import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { problem, type Problem } from '../errors.js';

/** A source file larger than this is refused unread: the largest real one is some 6 kB. */
export const MAX_FILE_BYTES = 1024 * 1024;

const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;

/** What a source file holds, or why it was not read: its problem, without the place (the caller adds the file's name). */
export type SourceBytes = { bytes: Buffer; problem?: undefined } | { bytes?: undefined; problem: Omit<Problem, 'at'> };

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'een map';
  if (st.isFIFO()) return 'een named pipe (FIFO)';
  if (st.isSocket()) return 'een socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'een apparaat';
  return 'geen gewoon bestand';
}

const REASONS: Record<string, string> = {
  ENOENT: 'het bestaat niet',
  EACCES: 'je mag het niet lezen',
  EPERM: 'je mag het niet lezen',
  ELOOP: 'het is een snelkoppeling die naar zichzelf wijst',
  EISDIR: 'het is een map',
};

const tooLarge = (size: number): SourceBytes => ({
  problem: problem('file-too-large', { size: megabytes(size), max: megabytes(MAX_FILE_BYTES) }),
});

const notAFile = (st: Stats): SourceBytes => ({
  problem: problem('not-a-file', { kind: kindOf(st) }),
});

function cannotRead(e: unknown, path?: string): SourceBytes {
  const code = (e as NodeJS.ErrnoException).code ?? 'fout';
  // A link that points at nothing exists itself: say that, not that there is nothing.
  const dangling = code === 'ENOENT' && path !== undefined && lstatOr(path)?.isSymbolicLink();
  const reason = dangling ? 'het is een snelkoppeling naar iets wat er niet is' : (REASONS[code] ?? code);
  return { problem: problem('read', { why: reason, code }) };
}

function lstatOr(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function statOr(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Reads a source file, and only a source file: opened without waiting (a
 * named pipe would otherwise block the tool until someone writes to it), then
 * asked what it is before a byte is read. A folder, pipe, socket or device, a
 * link to nothing, an unreadable file or one over MAX_FILE_BYTES comes back as
 * a problem; nothing is thrown and nothing large is read.
 */
export function readSourceBytes(path: string): SourceBytes {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    // A socket cannot be opened at all (ENXIO): say what it is.
    const st = statOr(path);
    return st && !st.isFile() ? notAFile(st) : cannotRead(e, path);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return notAFile(st);
    if (st.size > MAX_FILE_BYTES) return tooLarge(st.size);
    const bytes = readFileSync(fd);
    // Grown since it was asked: still refused.
    return bytes.length > MAX_FILE_BYTES ? tooLarge(bytes.length) : { bytes };
  } catch (e) {
    return cannotRead(e);
  } finally {
    closeSync(fd);
  }
}


/** The files in packages/ that are packages: `*.yaml` or `*.yml`, not hidden (an editor's lock or backup file starts with a dot). */
export const isPackageName = (name: string) => /\.ya?ml$/.test(name) && !name.startsWith('.');

/** A name that looks like a package but is not read: `.YAML`, `.Yml`. Told about, not skipped in silence. */
export const isOddPackageName = (name: string) => !isPackageName(name) && !name.startsWith('.') && /\.ya?ml$/i.test(name);

/** The package files' names, sorted; throws what readdirSync throws. */
export function packageNames(packagesDir: string): string[] {
  return readdirSync(packagesDir).filter(isPackageName).sort();
}

/** The source files of a data folder, by path: toolkit.yaml and packages/*.yaml. Nothing else there is read. */
export function sourcePaths(dataDir: string): string[] {
  let names: string[] = [];
  try {
    names = packageNames(join(dataDir, 'packages'));
  } catch {
    // loadProject words a missing packages/ folder
  }
  return [join(dataDir, 'toolkit.yaml'), ...names.map((n) => join(dataDir, 'packages', n))];
}
