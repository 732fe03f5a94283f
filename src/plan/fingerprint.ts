import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { byCodeUnits } from '../order.js';
import { fontsDir, packageRoot } from '../paths.js';

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

/**
 * Everything besides the content that shapes the output: the running code
 * (its src/ and templates/, compiled or not), the fonts, the locked
 * dependency versions. A change to any of them rebuilds everything.
 */
export function codeFingerprint(): string {
  if (code) return code;
  const h = createHash('sha256');
  const running = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
  hashTree(h, join(running, 'src'));
  hashTree(h, join(running, 'templates'));
  hashTree(h, fontsDir);
  for (const f of ['package.json', 'package-lock.json']) if (existsSync(join(packageRoot, f))) h.update(readFileSync(join(packageRoot, f)));
  return (code = h.digest('hex'));
}

/** The raw bytes of every source file under the data folder, with the code: cheap, no parsing. */
export function sourcesFingerprint(dataDir: string, env = process.env): string {
  const h = createHash('sha256').update(codeFingerprint()).update(env.SOURCE_DATE_EPOCH ?? '');
  hashTree(h, dataDir);
  return h.digest('hex');
}
