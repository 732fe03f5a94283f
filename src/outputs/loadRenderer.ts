/**
 * Loads the render half of a build (renderer.ts). `npm run build` also bundles
 * it into one CommonJS file, dist/renderer.cjs: loading that one file costs
 * less than importing the some 400 module files it is made of (a cold build of
 * package 8's werkblad: 45 % less CPU, scripts/bench-switches.mjs). Where Node
 * keeps compiled code (22.1 and later, bin/toolkit.js turns it on), it keeps
 * the bundle's too. The bundle is used only when it was made from the code that
 * runs now; otherwise, as under the tests, the modules are imported as they are.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { codeFingerprint } from '../run/fingerprint.js';

export type Renderer = typeof import('./renderer.js');

const BUNDLE = join(packageRoot, 'dist', 'renderer.cjs');
/** Written with the bundle: the fingerprint of the code it was made from. */
const MADE_FROM = join(packageRoot, 'dist', 'renderer.json');

let loading: Promise<Renderer> | undefined;

export function loadRenderer(): Promise<Renderer> {
  return (loading ??= Promise.resolve().then(() => fromBundle() ?? import('./renderer.js')));
}

function fromBundle(): Renderer | undefined {
  return compiledIsCurrent() ? (createRequire(import.meta.url)(BUNDLE) as Renderer) : undefined;
}

/** dist/ holds the bundle, made from the code that runs now (what else runs compiled code, raster/pool.ts, asks too). */
export function compiledIsCurrent(): boolean {
  try {
    return JSON.parse(readFileSync(MADE_FROM, 'utf8')).code === codeFingerprint();
  } catch {
    return false; // no bundle
  }
}
