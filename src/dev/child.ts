import { CHILD_ENV } from './devMode.js';
import type { CodeProblem, ToChild, ToSupervisor } from './messages.js';

export interface Supervisor {
  tell(message: ToSupervisor): void;
  onCodeProblems(show: (problems: CodeProblem[]) => void): void;
}

/**
 * The supervisor this loop runs under (src/cli/supervise.ts), or undefined.
 * When the supervisor is gone, the loop stops as it does on Ctrl-C: nobody
 * could stop it otherwise, and it would hold the port.
 */
export function supervisor(env: NodeJS.ProcessEnv = process.env): Supervisor | undefined {
  if (!env[CHILD_ENV] || !process.send) return undefined;
  process.once('disconnect', () => process.kill(process.pid, 'SIGINT'));
  // The channel alone must not keep the loop alive once it has stopped.
  const unref = () => (process.channel as { unref?: () => void } | undefined)?.unref?.();
  unref();
  return {
    tell: (message) => process.send?.(message),
    onCodeProblems: (show) => {
      process.on('message', (m: ToChild) => {
        if (m?.type === 'code-problems') show(m.problems);
      });
      unref();
    },
  };
}
