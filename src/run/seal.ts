import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { writeAtomic } from './write.js';

/**
 * What the cache keeps of parsed sources (the project, the parsed files) is
 * used without parsing the YAML again, so it must be what this installation
 * wrote: each such file is sealed with a key kept outside the output folder
 * (beside the check cache). A file that was edited, copied from elsewhere or
 * written by hand does not unseal, and is parsed again from the sources.
 */
const keyFile = () => join(process.env.TOOLKIT_CACHE_DIR || join(packageRoot, 'node_modules', '.cache', 'toolkit'), 'seal.key');

let key: Buffer | null | undefined;

function sealKey(): Buffer | null {
  if (key !== undefined) return key;
  const file = keyFile();
  try {
    key = readFileSync(file);
    if (key.length === 32) return key;
  } catch {
    // none yet
  }
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    // The key file is private to its owner.
    writeAtomic(file, randomBytes(32), (p, b) => writeFileSync(p, b, { mode: 0o600 }));
    key = readFileSync(file);
  } catch {
    key = null; // nowhere to keep a key: nothing is sealed, everything is parsed
  }
  return key;
}

const mac = (k: Buffer, body: string) => createHmac('sha256', k).update(body).digest('hex');

/** `body` with its seal, as one text to write; undefined when no key can be kept. */
export function seal(body: string): string | undefined {
  const k = sealKey();
  return k ? `${mac(k, body)}\n${body}` : undefined;
}

/** The body of a sealed text when its seal is this installation's; else undefined. */
export function unseal(text: string): string | undefined {
  const k = sealKey();
  const nl = text.indexOf('\n');
  if (!k || nl !== 64) return undefined;
  const body = text.slice(nl + 1);
  return mac(k, body) === text.slice(0, nl) ? body : undefined;
}
