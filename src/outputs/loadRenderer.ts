/**
 * Loads the render half of a build (renderer.ts). `npm run build` also bundles
 * it into one CommonJS file, dist/renderer.cjs, which loads with V8's compiled
 * code kept from an earlier run: Node 20 keeps no compiled code for ES
 * modules, and importing some 400 module files cost a third of a cold build.
 * Node 22.1 and later keep compiled code themselves (module.enableCompileCache);
 * there the bundle is simply required, on Node 20 it runs through node:vm.
 * The bundle is used only when it was made from the code that runs now;
 * otherwise, as under the tests, the modules are imported as they are.
 */
import { readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { packageRoot } from '../paths.js';
import { codeFingerprint } from '../run/fingerprint.js';
import { writeAtomic } from '../run/write.js';
import { longerTierUp } from './tierUp.js';

export type Renderer = typeof import('./renderer.js');

const BUNDLE = join(packageRoot, 'dist', 'renderer.cjs');
/** Written with the bundle: the fingerprint of the code it was made from. */
const MADE_FROM = join(packageRoot, 'dist', 'renderer.json');
/** V8's compiled code for the bundle, and which of the renderer's functions had run when it was kept. */
export const CODE_CACHE = join(packageRoot, 'dist', 'renderer.v8-cache');
const CODE_CACHE_USES = `${CODE_CACHE}.json`;
/** Where Node 22.1 and later keep compiled code, the bundle's among it. */
export const COMPILE_CACHE = join(packageRoot, 'dist', 'compile-cache');

/** Node >= 22.1; @types/node 20 does not know it. */
const enableCompileCache = (Module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;

let loading: Promise<Renderer> | undefined;
let bundled: { script: vm.Script; kept: boolean; known: string[]; used: Set<string> } | undefined;

export function loadRenderer(): Promise<Renderer> {
  return (loading ??= Promise.resolve().then(() => fromBundle() ?? import('./renderer.js')));
}

function fromBundle(): Renderer | undefined {
  const code = codeFingerprint();
  if (readJson(MADE_FROM)?.code !== code) return undefined;
  if (enableCompileCache) {
    // Best effort, like saveCompiledCode: a folder we may not write to only makes starts slower.
    enableCompileCache(COMPILE_CACHE);
    return createRequire(import.meta.url)(BUNDLE) as Renderer;
  }
  longerTierUp();
  const uses = readJson(CODE_CACHE_USES);
  const cachedData = uses?.code === code ? readOrUndefined(CODE_CACHE) : undefined;
  const script = new vm.Script(Module.wrap(readFileSync(BUNDLE, 'utf8')), { filename: BUNDLE, cachedData });
  const module = { exports: {} as Record<string, (...args: unknown[]) => unknown> };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  const state = { script, kept: !!cachedData && !script.cachedDataRejected, known: cachedData ? (uses.used as string[]) : [], used: new Set<string>() };
  bundled = state;
  // Which functions ran tells saveCompiledCode whether this run compiled code the cache lacks.
  const traced: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(module.exports)) {
    traced[name] = (...args: unknown[]) => {
      state.used.add(name);
      return fn(...args);
    };
  }
  return traced as Renderer;
}

/**
 * Keeps V8's compiled code of the bundle for the next run, when there was none
 * or this run used parts of the renderer the kept code had not seen. Kept code
 * holds everything compiled so far, the loaded cache included, so it grows
 * toward all parts. Best effort: an install folder we may not write to only
 * makes the next start slower.
 */
export function saveCompiledCode(): void {
  if (!bundled) return; // nothing loaded through node:vm; with the compile cache Node writes it at exit
  const { script, kept, known, used } = bundled;
  if (kept && [...used].every((u) => known.includes(u))) return;
  const all = [...new Set([...(kept ? known : []), ...used])].sort();
  try {
    writeAtomic(CODE_CACHE, script.createCachedData());
    writeAtomic(CODE_CACHE_USES, JSON.stringify({ code: codeFingerprint(), used: all }));
  } catch {
    rmSync(CODE_CACHE_USES, { force: true });
  }
  bundled = { ...bundled, kept: true, known: all };
}

function readJson(path: string) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
