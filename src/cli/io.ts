/** Where the CLI writes. Tests pass their own to read what a user would see. */
export interface IO {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Writes without a line break: the live progress line. */
  write?: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/**
 * A reader that stops early (`toolkit build --all | head -1`) closes the pipe:
 * then output ends quietly and the build goes on, its exit code unchanged.
 */
function quietWhenClosed(stream: NodeJS.WriteStream) {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return (s: string) => {
    if (!closed) stream.write(s);
  };
}

export const processIO = (): IO => {
  const stdout = quietWhenClosed(process.stdout);
  const stderr = quietWhenClosed(process.stderr);
  return {
    out: (s) => stdout(s + '\n'),
    err: (s) => stderr(s + '\n'),
    write: stdout,
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
};

/** Colour only on a terminal and never when NO_COLOR is set (no-color.org). */
export function painter(io: IO) {
  const on = io.isTTY && !io.env.NO_COLOR;
  const wrap = (code: number) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { red: wrap(31), green: wrap(32), yellow: wrap(33), dim: wrap(2), bold: wrap(1) };
}
