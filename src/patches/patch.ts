/**
 * What every patch of a library's internals shares (README.md has the list).
 * A patch names the library and the exact version it was made for, and says
 * how to find the internal it replaces. It goes on only when both are there.
 * When not: a speed-up stays off (the PDFs stay the same, `toolkit build
 * --verbose` says why); a fix fails the build, naming the library and its
 * version, because without it the PDFs would change.
 *
 * TOOLKIT_RENDER_SPEEDUPS=off turns every speed-up off, `off=name,name` only
 * those (to measure one). Fixes stay on: they are part of how we print.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { problem, ToolkitError } from '../errors.js';

export type Kind = 'speed-up' | 'fix' | 'required';

export interface Patch {
  name: string;
  kind: Kind;
  library: string;
  /** The exact version of `library` this patch was made for. */
  version: string;
}

export interface PatchState {
  name: string;
  kind: Kind;
  on: boolean;
  /** How often its replacement ran: the tests read it to see a patch really works. */
  uses: number;
  /** Why it is off, for --verbose. */
  note?: string;
}

// Shared through the global object: the CLI's copy of this module and the
// bundled renderer's (dist/renderer.cjs) must see the same states.
const KEY = Symbol.for('toolkit.patches');
const states = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, PatchState>()) as Map<string, PatchState>;

/** The states of the patches met so far in this process, by name. */
export function patchStates(): PatchState[] {
  return [...states.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The notes of patches that turned themselves off. */
export const patchNotes = (): string[] => patchStates().flatMap((s) => (s.note ? [`${s.name}: ${s.note}`] : []));

export function speedupOff(name: string, env = process.env): boolean {
  const v = env.TOOLKIT_RENDER_SPEEDUPS?.trim();
  if (v === 'off') return true;
  return !!v?.startsWith('off=') && v.slice(4).split(',').map((s) => s.trim()).includes(name);
}

const versions = new Map<string, string | undefined>();

/**
 * TOOLKIT_PRETEND_VERSION=fontkit@9.9.9,pdfkit@1.0.0 makes a library claim
 * another version: to see what a bump would turn off, without installing it.
 */
function pretended(library: string, env = process.env): string | undefined {
  for (const item of env.TOOLKIT_PRETEND_VERSION?.split(',') ?? []) {
    const at = item.lastIndexOf('@');
    if (at > 0 && item.slice(0, at).trim() === library) return item.slice(at + 1).trim();
  }
  return undefined;
}

/** The version in the package.json of `library` as this code would load it (from `from`, a library that requires it). */
export function installedVersion(library: string, from?: string): string | undefined {
  const faked = pretended(library);
  if (faked) return faked;
  const key = `${from ?? ''}>${library}`;
  if (!versions.has(key)) {
    const dir = packageDir(library, from);
    versions.set(key, dir === undefined ? undefined : String(tryRead(join(dir, 'package.json'))?.version));
  }
  return versions.get(key);
}

/** The folder of `library` as this code (or `from`) would load it: the first node_modules on the way up that has it. */
export function packageDir(library: string, from?: string): string | undefined {
  for (const dir of requireFrom(from).resolve.paths(library) ?? []) if (tryRead(join(dir, library, 'package.json'))?.name === library) return join(dir, library);
  return undefined;
}

/** A require that resolves as the package `from` (a name, or a file path) does, or as this code does. */
export function requireFrom(from?: string): NodeJS.Require {
  const own = createRequire(import.meta.url);
  if (!from) return own;
  return createRequire(from.startsWith('/') ? from : own.resolve(from));
}

function tryRead(path: string): { name?: string; version?: string } | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const applied = new Map<string, WeakSet<object>>();

/**
 * Puts `patch` on `target` once, if it may go on: not a speed-up turned off,
 * the library at the version the patch was made for, and `hook(target)`
 * (does the internal it replaces exist?) true. `apply` gets a function its
 * replacement calls each time it runs. Returns whether the patch is on; a fix
 * that cannot go on throws (FixMissing, a ToolkitError: the build says it).
 */
export function install<T extends object>(patch: Patch & { from?: string }, target: T | undefined, hook: (t: T) => boolean, apply: (t: T, used: () => void) => void): boolean {
  const state = (states.get(patch.name) as PatchState | undefined) ?? { name: patch.name, kind: patch.kind, on: false, uses: 0 };
  states.set(patch.name, state);
  if (patch.kind === 'speed-up' && speedupOff(patch.name)) return off(state, undefined);
  const found = installedVersion(patch.library, patch.from);
  if (found !== patch.version) {
    if (patch.kind === 'fix') throw new FixMissing(patch, `${patch.library} is versie ${found ?? '(niet gevonden)'}, maar de correctie ${patch.name} is gemaakt voor versie ${patch.version}`);
    return off(state, `${patch.library} is ${found ?? 'niet gevonden'}, de patch is gemaakt voor ${patch.version}: ${consequence(patch.kind)}`);
  }
  let ok = false;
  try {
    ok = !!target && hook(target);
  } catch {
    ok = false;
  }
  if (!ok || !target) {
    if (patch.kind === 'fix') throw new FixMissing(patch, `${patch.library} ${found} heeft niet meer wat de correctie ${patch.name} vervangt`);
    return off(state, `${patch.library} ${found} heeft niet wat de patch vervangt: ${consequence(patch.kind)}`);
  }
  let done = applied.get(patch.name);
  if (!done) applied.set(patch.name, (done = new WeakSet()));
  if (!done.has(target)) {
    done.add(target);
    apply(target, () => void state.uses++);
  }
  state.on = true;
  delete state.note;
  return true;
}

/** For a patch whose work is not a replaced function: counts one use. */
export function countUse(patch: Patch): void {
  const state = states.get(patch.name);
  if (state) state.uses++;
}

function off(state: PatchState, note: string | undefined): false {
  state.on = false;
  if (note) state.note = note;
  return false;
}

const consequence = (kind: Kind) =>
  kind === 'speed-up' ? 'staat uit; de pdf\'s blijven hetzelfde, het maken duurt wat langer' : 'staat uit; de pdf\'s kunnen anders worden (zie src/patches/README.md)';

/** A fix that cannot go on: nothing is drawn, rather than PDFs that silently look otherwise. */
export class FixMissing extends ToolkitError {
  constructor(patch: Patch, why: string) {
    super('usage', [problem('fix-missing', { why, library: patch.library, version: patch.version, name: patch.name })]);
  }
}
