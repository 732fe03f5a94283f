import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../paths.js';

/** Where the tool's own code lives, when it runs from a checkout: an edit there needs a compile. */
export const codeFolders = (root = packageRoot) => ['src', 'templates'].map((d) => join(root, d)).filter((d) => existsSync(d) && existsSync(join(root, 'tsconfig.json')));

/** Set in the loop a development supervisor starts (src/cli/supervise.ts). */
export const CHILD_ENV = 'TOOLKIT_DEV_CHILD';

/**
 * In a checkout, running the compiled code in dist/ (as bin/toolkit.js does),
 * `preview` and `build --watch` run under a supervisor that recompiles and
 * restarts them after a code edit. Not in an installed package (no src/), not
 * when the code runs from src/ itself or is called by another program than
 * bin/toolkit.js (its arguments are then not the process's), not in the loop
 * it starts. Not under the test runner either: a test runs the code as it was
 * built, and an edit made during a test run must not compile dist/ again
 * under the other tests (test/devcode.test.ts runs it without VITEST).
 */
export function superviseCode(env: NodeJS.ProcessEnv = process.env, running = fileURLToPath(import.meta.url)): boolean {
  if (env[CHILD_ENV] || env.VITEST || !running.startsWith(join(packageRoot, 'dist')) || !codeFolders().length) return false;
  const real = (f: string | undefined) => {
    try {
      return f && realpathSync(f);
    } catch {
      return undefined;
    }
  };
  return real(process.argv[1]) === real(join(packageRoot, 'bin', 'toolkit.js'));
}
