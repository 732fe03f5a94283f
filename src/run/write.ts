import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const TEMP = /\.tmp-(\d+)-[a-z0-9]{1,8}$/;

/**
 * Writes a file so that the final path holds either the old file or the whole
 * new one, never half of it: temp file in the same folder, then rename.
 */
export function writeAtomic(path: string, bytes: Uint8Array | string, write = writeFileSync): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    write(tmp, bytes);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    // A failed write() (a full disk) carries no path: the message must say where.
    if (e instanceof Error && !(e as NodeJS.ErrnoException).path) Object.assign(e, { path });
    throw e;
  }
}

/**
 * Removes the temp files of runs that were stopped halfway (Ctrl-C between
 * write and rename), in the output folder and the folders the tool writes
 * below it. Files of other processes only when these no longer run (a live
 * one may be mid-write); our own are left by an earlier process with the
 * same id, as the caller holds the folder's lock.
 */
export function removeLeftovers(outDir: string, running: (pid: number) => boolean, depth = 3): void {
  let entries;
  try {
    entries = readdirSync(outDir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const path = join(outDir, e.name);
    if (e.isDirectory()) {
      if (depth > 1 && e.name !== 'node_modules' && e.name !== '.git') removeLeftovers(path, running, depth - 1);
      continue;
    }
    const m = TEMP.exec(e.name);
    if (m && e.isFile() && (Number(m[1]) === process.pid || !running(Number(m[1])))) rmSync(path, { force: true });
  }
}
