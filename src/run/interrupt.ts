/**
 * Ctrl-C or SIGTERM asks a run to stop: the CLI sets it, the executor looks
 * between jobs and stops there, so a group is written whole or not at all.
 */
let asked: NodeJS.Signals | undefined;

export class Interrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`onderbroken (${signal})`);
    this.name = 'Interrupted';
  }
}

// By name, not instanceof: the bundled renderer has copies of modules.
export const isInterrupted = (e: unknown): e is Interrupted => e instanceof Error && e.name === 'Interrupted';

export const askStop = (signal: NodeJS.Signals) => {
  asked = signal;
};

export const clearStop = () => {
  asked = undefined;
};

/**
 * Where a run may stop. A render resolves through promises alone, and a
 * signal's handler runs only when the event loop turns: this gives it that
 * turn, then throws if a stop was asked.
 */
export async function stopPoint(): Promise<void> {
  await new Promise((r) => setImmediate(r));
  if (asked) throw new Interrupted(asked);
}
