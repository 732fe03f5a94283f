import { readdirSync, statSync, watch, type Dirent, type FSWatcher } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Calls `round` after files under `dirs` change: once per burst of saves (an
 * editor writes a file in several steps), never two rounds at once, and
 * once more if files changed while a round ran. Returns a function that stops.
 * The quiet time is short, it is waited out after every save: the steps of
 * one save (temp file and rename, or backup and write) come within a
 * millisecond or two; a round that still reads a half-written file fails that
 * package and is followed by one that does not.
 */
export function watchFolders(dirs: string[], round: (changed: string[]) => Promise<void>, quietMs = 10): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let changed = new Set<string>();
  const start = () => {
    timer = undefined;
    if (running) return;
    const files = [...changed];
    changed = new Set();
    running = true;
    round(files).finally(() => {
      running = false;
      if (changed.size && !timer) timer = setTimeout(start, quietMs);
    });
  };
  const watchers = new Map<string, FSWatcher>();
  // A watcher per folder, not one recursive watcher: Node 20's on Linux watches each file itself, and after
  // an editor saves by writing a new file and renaming it over the old one, it missed every later save of
  // that file. A folder's watcher sees each name in it change, however the file is written.
  const watchFolder = (top: string, folder: string) => {
    if (watchers.has(folder)) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
      const watcher = watch(folder, (_event, base) => {
        if (!base) return;
        const name = relative(top, join(folder, base));
        if (/(^|[/\\])(\.|4913$)|~$|\.sw[px]$|\.tmp-\d+-/.test(name)) return; // editors' swap and backup files, our temp files
        const path = join(folder, base);
        if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) watchFolder(top, path); // a new folder
        changed.add(`${top}/${name}`);
        if (timer) clearTimeout(timer);
        timer = setTimeout(start, quietMs);
      });
      watcher.on('error', () => (watcher.close(), watchers.delete(folder))); // the folder was removed
      watchers.set(folder, watcher);
    } catch {
      return; // gone before it could be watched
    }
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.')) watchFolder(top, join(folder, e.name));
  };
  for (const dir of dirs) watchFolder(dir, dir);
  return () => {
    if (timer) clearTimeout(timer);
    watchers.forEach((w) => w.close());
  };
}

/** Resolves on Ctrl-C (SIGINT) or SIGTERM: the loops stop cleanly instead of dying mid-write. */
export function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
