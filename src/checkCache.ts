import { readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './errors.js';
import { codeFingerprint, hash } from './run/fingerprint.js';
import { packageRoot } from './paths.js';
import { writeAtomic } from './run/write.js';

/**
 * What `check` found when it laid things out (a package's cards, werkplaten and
 * plan; a theme's covers), kept by everything that layout depends on: the
 * code, the fonts and the locked libraries (the code fingerprint), the
 * patches' switches, and the parsed sources themselves, places in the file
 * included, as the problems name them. A second check lays out only what
 * changed. One file a key, so checks side by side never lose each other's.
 * Where it cannot be read or written, check lays everything out, as without it.
 */
const VERSION = 1;
// Enough for several toolkits of 18 packages; the least recently used go first.
const MAX_ENTRIES = 400;

/** Under node_modules/.cache, as build tools keep theirs; TOOLKIT_CACHE_DIR puts it elsewhere. */
const folder = () => join(process.env.TOOLKIT_CACHE_DIR || join(packageRoot, 'node_modules', '.cache', 'toolkit'), 'check');

export class CheckCache {
  private readonly dir = folder();
  private wrote = false;

  /** The problems of `work` for what `parts` describe: those kept when the key is known, else `work`'s, which are kept. */
  async problems(parts: unknown[], work: () => Promise<Problem[]>): Promise<Problem[]> {
    const key = hash(VERSION, codeFingerprint(), process.env.TOOLKIT_RENDER_SPEEDUPS ?? '', process.env.TOOLKIT_PRETEND_VERSION ?? '', ...parts);
    const file = join(this.dir, `${key}.json`);
    try {
      const kept = JSON.parse(readFileSync(file, 'utf8')) as Problem[];
      if (Array.isArray(kept)) {
        const now = new Date();
        utimesSync(file, now, now); // used: kept longest by prune
        return kept;
      }
    } catch {
      // Not kept (or not readable): laid out below.
    }
    const found = await work();
    try {
      writeAtomic(file, JSON.stringify(found));
      this.wrote = true;
    } catch {
      // A read-only install: check works, only without a memory.
    }
    return found;
  }

  /** After a check that kept something new: the oldest entries past MAX_ENTRIES go. */
  prune() {
    if (!this.wrote) return;
    try {
      const entries = readdirSync(this.dir).map((f) => ({ f, t: statSync(join(this.dir, f)).mtimeMs }));
      for (const { f } of entries.sort((a, b) => a.t - b.t).slice(0, Math.max(0, entries.length - MAX_ENTRIES))) rmSync(join(this.dir, f), { force: true });
    } catch {
      // Another check pruned at the same time.
    }
  }
}
