import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from './cache.js';

const held = new Set<string>();

/**
 * When a process started, as Linux counts it (clock ticks since boot, field 22
 * of /proc/PID/stat): a process id is used again after its process ended, its
 * start time then differs. Undefined where there is no /proc (macOS, Windows).
 */
export function startOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name (field 2) is in parentheses and may hold spaces: count from after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** The command line of a process, where /proc tells; undefined elsewhere. */
function commandOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return undefined;
  }
}

/**
 * Whether the process that wrote a lock still holds it: it runs, and it is
 * the same process (the start time written in the lock matches), or for a
 * lock of an older version without one, a Node process at all.
 */
export function holderRuns(pid: number, start: string | undefined): boolean {
  if (!alive(pid)) return false;
  const now = startOf(pid);
  if (start !== undefined && now !== undefined) return now === start;
  const command = commandOf(pid);
  return command === undefined || /node|toolkit/.test(command);
}

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
 * first is done. A lock left by a process that no longer runs, or whose
 * process id now belongs to another process, is taken over.
 * Returns the release function.
 */
export async function lockOutput(outDir: string, onWait: (pid: number) => void = () => {}): Promise<() => void> {
  const file = join(outDir, CACHE_DIR, 'lock');
  mkdirSync(join(outDir, CACHE_DIR), { recursive: true });
  let told = false;
  for (;;) {
    try {
      writeFileSync(file, `${process.pid} ${startOf(process.pid) ?? ''}`.trim(), { flag: 'wx' });
      held.add(file);
      return () => {
        held.delete(file);
        rmSync(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const text = readOr(file);
    const [pidText = '', start] = text.trim().split(' ');
    const pid = Number(pidText);
    // Our own id on a lock this process does not hold: left by an earlier process that had the same id.
    // An empty lock for seconds: its process ended between creating and writing it.
    // A lock whose id is now another program's (the machine restarted, the ids came round) is stale too.
    const stale = pid > 0 ? (pid === process.pid ? !held.has(file) : !holderRuns(pid, start)) : text === '' && ageMs(file) > 5000;
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
