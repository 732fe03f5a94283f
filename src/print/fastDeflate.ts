/**
 * pdf-lib compresses with pako, zlib written in JavaScript; it was a tenth of
 * a full build. Node's own zlib gives a valid stream of the same format
 * several times faster. Imported once for its effect, before pdf-lib saves.
 * package.json pins pako at the version pdf-lib resolves (1.0.11), so both
 * get the one copy in node_modules and the patch reaches pdf-lib's.
 */
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';

const pako = createRequire(import.meta.url)('pako') as { deflate: (data: Uint8Array, opts?: { level?: number }) => Uint8Array };
pako.deflate = (data, opts) => new Uint8Array(deflateSync(data, { level: opts?.level ?? 6 }));
