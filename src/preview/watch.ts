import { watch, type FSWatcher } from 'node:fs';

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
  const watchers: FSWatcher[] = dirs.map((dir) =>
    watch(dir, { recursive: true }, (_event, name) => {
      if (!name || /(^|[/\\])(\.|4913$)|~$|\.sw[px]$|\.tmp-\d+-/.test(name)) return; // editors' swap and backup files, our temp files
      changed.add(`${dir}/${name}`);
      if (timer) clearTimeout(timer);
      timer = setTimeout(start, quietMs);
    }),
  );
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
