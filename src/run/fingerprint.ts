import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { byCodeUnits } from '../order.js';
import { fontsDir, packageRoot } from '../paths.js';
import { isOddPackageName, readSourceBytes, sourcePaths } from '../content/sourceFiles.js';

/**
 * A hash of the parts, in order. Give it only what an output shows: each
 * family picks its content field by field (src/outputs/content.ts), so a moved
 * line in a source, which changes only the places kept for messages, does not
 * rebuild a PDF.
 */
export const hash = (...parts: unknown[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(typeof p === 'string' ? p : (JSON.stringify(p) ?? 'undefined')).update('\0');
  return h.digest('hex');
};

function hashTree(h: ReturnType<typeof createHash>, dir: string) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => byCodeUnits(a.name, b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashTree(h, path);
    else h.update(entry.name).update(readFileSync(path));
  }
}

let code: string | undefined;

/** Where `npm run build` records what dist/ was compiled from (scripts/build-stamp.mjs), and the record of a build under way. */
export const BUILT_FROM = 'built-from.sha256';

/**
 * The sources compiled code is made from, by content: the hash that
 * scripts/build-stamp.mjs writes to dist/built-from.sha256, computed the same
 * way (test/code-fingerprint.test.ts holds the two together).
 */
export function codeSources(root = packageRoot): string {
  const h = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort(byCodeUnits)) add(join(path, name));
    else h.update(`${relative(root, path)}\0`).update(readFileSync(path)).update('\0');
  };
  for (const p of ['src', 'templates', 'scripts', 'tsconfig.json', 'package.json', 'package-lock.json']) add(join(root, p));
  return h.digest('hex');
}

/**
 * Everything besides the content that shapes the output: the running code,
 * the fonts, the locked dependency versions. A change to any of them rebuilds
 * everything. The code counts by the sources it is made from: compiled
 * (dist/), those its build recorded; run as it is (src/, under the tests),
 * those sources themselves. So the CLI and the tests share one cache exactly
 * when they run the same code.
 */
export function codeFingerprint(): string {
  if (code) return code;
  const running = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
  const recorded = join(running, BUILT_FROM);
  const sources = running === packageRoot ? codeSources() : existsSync(recorded) ? readFileSync(recorded, 'utf8').trim() : undefined;
  return (code = codeFingerprintOf(sources ?? compiledTree(running)));
}

/** The fingerprint of code made from `sources` (a codeSources() hash); scripts/bundle.mjs records it for the bundle it makes. */
export function codeFingerprintOf(sources: string): string {
  const h = createHash('sha256').update(sources);
  hashTree(h, fontsDir);
  for (const f of ['package.json', 'package-lock.json']) if (existsSync(join(packageRoot, f))) h.update(readFileSync(join(packageRoot, f)));
  return h.digest('hex');
}

/** Compiled code without a record of its sources (a build that stopped half-way): the compiled files themselves. */
function compiledTree(running: string): string {
  const h = createHash('sha256').update('compiled\0');
  hashTree(h, join(running, 'src'));
  hashTree(h, join(running, 'templates'));
  return h.digest('hex');
}

/**
 * The raw bytes of the source files (toolkit.yaml, packages/*.yaml), with the
 * code: cheap, no parsing. Nothing else under the data folder is read (a
 * .git folder, a named pipe, a film of gigabytes); a source file that cannot
 * be read counts by its problem, which loading then reports.
 */
export function sourcesFingerprint(dataDir: string, env = process.env): string {
  const h = createHash('sha256').update(codeFingerprint()).update(env.SOURCE_DATE_EPOCH ?? '');
  for (const path of sourcePaths(dataDir)) {
    const read = readSourceBytes(path);
    h.update(relative(dataDir, path)).update('\0').update(read.bytes ?? JSON.stringify(read.problem)).update('\0');
  }
  // The odd names are warned about (loadProject): one added or renamed away changes what check says.
  h.update(JSON.stringify(oddNames(dataDir)));
  return h.digest('hex');
}

function oddNames(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, 'packages')).filter((n) => isOddPackageName(n) || /\.yml$/.test(n)).sort();
  } catch {
    return [];
  }
}
