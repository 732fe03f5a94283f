import type { Job } from '../run/job.js';
import { codeFingerprint, hash } from '../run/fingerprint.js';
import type { Stamps } from '../print/words.js';
import { CACHE_DIR } from '../run/cache.js';
import { loadRenderer } from './loadRenderer.js';

const PDF = `${CACHE_DIR}/stamps.pdf`;
const WORDS = `${CACHE_DIR}/stamps.json`;
export const STAMPS_JOB = 'stempels';

/**
 * The sheet words, set by react-pdf once and kept with the cache: they change
 * only with the code, so most builds skip setting them. Jobs that print them
 * (werkplaten, kaarten) need this job and get its two files.
 */
export function stampsJob(): Job {
  return {
    id: STAMPS_JOB,
    family: 'build',
    what: 'stempels',
    owner: STAMPS_JOB,
    outputs: [PDF, WORDS],
    needs: [],
    fingerprint: hash(codeFingerprint(), 'stamps'),
    intermediate: true,
    async make() {
      const stamps = await (await loadRenderer()).sheetStamps();
      return [
        { path: PDF, bytes: stamps.bytes },
        { path: WORDS, bytes: new TextEncoder().encode(JSON.stringify(stamps.words)) },
      ];
    },
  };
}

export function stampsOf(files: ReadonlyMap<string, Uint8Array>): Stamps {
  const bytes = files.get(PDF);
  const words = files.get(WORDS);
  if (!bytes || !words) throw new Error(`the stamps job's files are not among this job's inputs`);
  return { bytes, words: JSON.parse(new TextDecoder().decode(words)) };
}
