/**
 * pdf-lib compresses with pako, zlib written in JavaScript: a tenth of a full
 * build. A third of what it compresses it has compressed before in the same
 * run (the same font files, logos and card backs in every package), so each
 * result is kept and given again: the very bytes pako would make.
 * (Node's zlib was faster still, but makes other bytes than pako: not a
 * speed-up by our rule, see README.md.) Imported once for its effect.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { install } from './patch.js';

export const DEFLATE_MEMO = { name: 'deflateMemo', kind: 'speed-up', library: 'pako', version: '1.0.11', from: 'pdf-lib' } as const;

const KEEP = 32 * 1024 * 1024;

type Pako = { deflate: (data: Uint8Array, opts?: object) => Uint8Array };

// Written so, scripts/bundle.mjs makes it a plain require: in the bundle this is pdf-lib's own pako.
const pako = createRequire(import.meta.url)('pako') as Pako;

export function rememberDeflate(): boolean {
  return install(DEFLATE_MEMO, pako, (p) => typeof p.deflate === 'function', (p, used) => {
    const deflate = p.deflate;
    // At most KEEP bytes, the least recently used going first: a preview or watch process runs for hours.
    const known = new Map<string, Uint8Array>();
    let kept = 0;
    p.deflate = (data, opts) => {
      if (!(data instanceof Uint8Array) || (opts !== undefined && Object.keys(opts).length)) return deflate(data, opts);
      used();
      const key = createHash('sha256').update(data).digest('base64');
      let out = known.get(key);
      if (out) known.delete(key);
      else {
        out = deflate(data);
        kept += out.length;
      }
      known.set(key, out);
      for (const [k, v] of known) {
        if (kept <= KEEP) break;
        known.delete(k);
        kept -= v.length;
      }
      // A copy: whoever gets it may change it.
      return out.slice();
    };
  });
}
