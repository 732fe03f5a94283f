import { askStop, clearStop } from '../run/interrupt.js';
import type { IO } from './io.js';

/** The exit code of a command stopped by Ctrl-C, as a shell reports one killed by SIGINT. */
export const INTERRUPTED = 130;

/**
 * Ctrl-C (SIGINT) and SIGTERM during a command: the run stops at its next stop
 * point (src/run/interrupt.ts), the caller prints "Onderbroken" and exits 130.
 * The handlers go after the first signal, so a second one ends the process at
 * once. Should no stop point come within 1.5 s (a wait for a server), the
 * process ends then: every file is written to a temporary name and renamed,
 * so nothing is left half-written.
 */
let handOver = () => {};

/**
 * A watching command (voorbeeld, build --watch) is stopped like any other
 * during its first round; once that is done it stops in its own way
 * (preview/watch.ts untilStopped), so it takes the signals over.
 */
export const takeOverSignals = () => handOver();

export function stopOnSignals(io: IO, message: () => string): () => void {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  let timer: NodeJS.Timeout | undefined;
  const remove = () => {
    signals.forEach((s) => process.off(s, onSignal));
    handOver = () => {};
  };
  function onSignal(signal: NodeJS.Signals) {
    remove();
    askStop(signal);
    io.err(`Ik stop${signal === 'SIGINT' ? ' (nog een keer Ctrl+C: meteen)' : ''}…`);
    timer = setTimeout(() => {
      io.err(message());
      process.exit(INTERRUPTED);
    }, 1500);
    timer.unref();
  }
  signals.forEach((s) => process.on(s, onSignal));
  handOver = () => {
    remove();
    clearStop();
  };
  return () => {
    remove();
    if (timer) clearTimeout(timer);
    clearStop();
  };
}
