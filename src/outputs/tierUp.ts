import { setFlagsFromString } from 'node:v8';

/**
 * Node 20's V8 (11.x) hands a function to its optimising compiler after a small budget of work.
 * A build of one package runs for a second or two, too short for most of that compiling (done on
 * other threads) to pay back: with four times the budget, `build --package 8` took 1.7 s and 2.4 s of
 * CPU instead of 2.2 s and 3.6 s (medians of five), and `build --all --force` took no longer. Later
 * V8s tier up otherwise and do not know the flag (setting it would print an error), so only there.
 * The CLI (bin/toolkit.js) sets it before it loads anything else.
 */
export function longerTierUp(): void {
  if (process.versions.v8.startsWith('11.')) setFlagsFromString('--interrupt-budget=270336');
}
