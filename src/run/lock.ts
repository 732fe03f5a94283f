import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from './cache.js';

const held = new Set<string>();

/** Whether a process with this id runs (one of another user counts as running). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the output folder for one build, so that two runs into one folder do
 * not write the same files or lose each other's cache records: the second
 * waits (calling `onWait` once with the first one's process id) until the
 * first is done. A lock left by a process that no longer runs is taken over.
 * Returns the release function.
 */
export async function lockOutput(outDir: string, onWait: (pid: number) => void = () => {}): Promise<() => void> {
  const file = join(outDir, CACHE_DIR, 'lock');
  mkdirSync(join(outDir, CACHE_DIR), { recursive: true });
  let told = false;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      held.add(file);
      return () => {
        held.delete(file);
        rmSync(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const text = readOr(file);
    const pid = Number(text);
    // Our own id on a lock this process does not hold: left by an earlier process that had the same id.
    // An empty lock for seconds: its process ended between creating and writing it.
    const stale = pid > 0 ? (pid === process.pid ? !held.has(file) : !alive(pid)) : text === '' && ageMs(file) > 5000;
    if (stale) {
      rmSync(file, { force: true });
      continue;
    }
    if (!told && pid > 0) onWait(pid);
    told = true;
    await new Promise((r) => setTimeout(r, 200));
  }
}

function readOr(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
