/**
 * pdf-lib compresses with pako, zlib written in JavaScript; it was a tenth of
 * a full build. Node's own zlib gives a valid stream of the same format
 * several times faster. Imported once for its effect, before pdf-lib saves.
 */
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';

const pako = createRequire(import.meta.url)('pako') as { deflate: (data: Uint8Array, opts?: { level?: number }) => Uint8Array };
pako.deflate = (data, opts) => new Uint8Array(deflateSync(data, { level: opts?.level ?? 6 }));
