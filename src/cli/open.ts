import { spawn } from 'node:child_process';

/** Opens a file or folder in the system's viewer; tests pass their own. */
export type Opener = (path: string) => void;

export const systemOpener: Opener = (path) => {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [path]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', path]] : ['xdg-open', [path]];
  const child = spawn(cmd, args as string[], { detached: true, stdio: 'ignore' });
  child.on('error', () => {}); // no viewer: the path is printed anyway
  child.unref();
};
