import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Stamps } from '../print/words.js';
import { CACHE_DIR, type Cache } from '../run/cache.js';
import { loadRenderer } from './loadRenderer.js';

const PDF = `${CACHE_DIR}/stamps.pdf`;
const WORDS = `${CACHE_DIR}/stamps.json`;

/**
 * The sheet words, set by react-pdf once and kept with the cache: they change
 * only with the code, so most builds skip setting them.
 */
export function cachedStamps(outDir: string, cache: Cache, fingerprint: string): () => Promise<Stamps> {
  let made: Promise<Stamps> | undefined;
  return () =>
    (made ??= (async () => {
      // Printed on other outputs: their bytes are checked, not just their size and time.
      if (cache.fresh(PDF, fingerprint, true) && cache.fresh(WORDS, fingerprint, true)) {
        try {
          return { bytes: new Uint8Array(readFileSync(join(outDir, PDF))), words: JSON.parse(readFileSync(join(outDir, WORDS), 'utf8')) };
        } catch {
          // fall through and set them again
        }
      }
      const stamps = await (await loadRenderer()).sheetStamps();
      const words = JSON.stringify(stamps.words);
      cache.write(PDF, fingerprint, stamps.bytes);
      cache.write(WORDS, fingerprint, words);
      return stamps;
    })());
}
