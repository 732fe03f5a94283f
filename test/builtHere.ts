import { cpSync } from 'node:fs';
import { buildFromData } from '../src/index.js';
import { dataDir, tmp } from './helpers.js';

/** The packages builtHere() holds: 8 for most tests, 9 for a second one. */
export const BUILT_HERE = [8, 9];

let made: Promise<string> | undefined;

/**
 * Packages 8 and 9 of the shipped data, built in this process: by the code as the tests run it
 * (src/). The shared build of globalSetup.ts was made by the CLI from dist/, whose code has another
 * fingerprint, so an in-process build or mail finds all of it out of date and renders it again.
 * Made once per worker (its test files share their modules: vitest.config.ts, isolate) and never
 * written to: a test that writes gets a copy (copyBuiltHere). Whichever file made it, a test sees
 * the same files.
 */
export function builtHere(): Promise<string> {
  return (made ??= (async () => {
    const dir = tmp('toolkit-built-here-');
    const r = await buildFromData(dataDir, { packages: BUILT_HERE, outDir: dir });
    if (r.failed.length) throw new Error(`builtHere: ${r.failed.map((f) => f.id).join(', ')} failed to build`);
    return dir;
  })());
}

/** A copy of builtHere(), for a test that writes next to the PDFs or rebuilds them. */
export async function copyBuiltHere(): Promise<string> {
  const dir = tmp('toolkit-built-here-copy-');
  cpSync(await builtHere(), dir, { recursive: true, preserveTimestamps: true });
  return dir;
}
