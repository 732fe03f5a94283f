import { randomBytes } from 'node:crypto';
import { safeText, secretsOf } from '../safeText.js';

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

/*
 * The tool's own terminal codes (colour, clearing the live line, a link) are
 * written as tokens with a key made anew in each process: screened() turns
 * those back into codes after it has made every other escape in the line
 * visible, so content cannot forge one.
 */
const KEY = randomBytes(6).toString('hex');
const CODES: string[] = [];
const TOKEN = new RegExp(`\uE000${KEY}(\\d+)\uE001`, 'g');

/** A terminal code of the tool's own, that screened() lets through. */
export function code(seq: string): string {
  let i = CODES.indexOf(seq);
  if (i < 0) i = CODES.push(seq) - 1;
  return `\uE000${KEY}${i}\uE001`;
}

/** Clears the live progress line. */
export const CLEAR_LINE = code('\r\x1b[K');

/**
 * Every line the CLI prints passes here: control characters and escape
 * sequences from content, file names or server replies shown visibly, the
 * SMTP login masked in any form (src/safeText.ts); then the tool's own codes.
 */
export function screened(io: IO): IO {
  const secrets = secretsOf(io.env);
  const clean = (s: string) => safeText(s, secrets).replace(TOKEN, (_, i: string) => CODES[Number(i)]!);
  return { ...io, out: (s) => io.out(clean(s)), err: (s) => io.err(clean(s)), write: io.write && ((s) => io.write!(clean(s))) };
}

/** Colour only on a terminal and never when NO_COLOR is set (no-color.org). */
export function painter(io: IO) {
  const on = io.isTTY && !io.env.NO_COLOR;
  const wrap = (n: number) => (s: string) => (on ? `${code(`\x1b[${n}m`)}${s}${code('\x1b[0m')}` : s);
  return { on, red: wrap(31), green: wrap(32), yellow: wrap(33), dim: wrap(2), bold: wrap(1) };
}
