/** Where the CLI writes. Tests pass their own to read what a user would see. */
export interface IO {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Writes without a line break: the live progress line. */
  write?: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export const processIO = (): IO => ({
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  write: (s) => process.stdout.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
});

/** Colour only on a terminal and never when NO_COLOR is set (no-color.org). */
export function painter(io: IO) {
  const on = io.isTTY && !io.env.NO_COLOR;
  const wrap = (code: number) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { red: wrap(31), green: wrap(32), yellow: wrap(33), dim: wrap(2), bold: wrap(1) };
}
