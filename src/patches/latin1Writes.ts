import { install } from './patch.js';

/**
 * pdfkit turns every string it writes (each drawing operator, each object)
 * into bytes with a loop in JavaScript: 4 % of drawing. Node's latin1
 * encoding does the same, keeping the low byte of each character, in native
 * code.
 */
export const LATIN1_WRITES = { name: 'latin1Writes', kind: 'speed-up', library: 'pdfkit', version: '0.20.1' } as const;

type Writer = { _write?: (data: unknown) => unknown; write?: (chunk: unknown) => unknown };
interface Protos {
  document: Writer;
  /** The class of every object and content stream; the root dictionary is one. */
  reference: Writer;
}

export function latin1Writes(doc: { _root?: object }): boolean {
  const target = doc._root ? { document: Object.getPrototypeOf(doc) as Writer, reference: Object.getPrototypeOf(doc._root) as Writer } : undefined;
  const hook = (p: Protos) => typeof p.document._write === 'function' && typeof p.reference.write === 'function';
  // One record per document class: the target object is made anew each call.
  return install(LATIN1_WRITES, target && (protoKey.get(target.document) ?? protoKey.set(target.document, target).get(target.document)), hook, ({ document, reference }, used) => {
    const bytes = (data: unknown) => (data instanceof Uint8Array ? data : Buffer.from(`${data}\n`, 'latin1'));
    const write = document._write!;
    document._write = function (this: object, data) {
      used();
      return write.call(this, bytes(data));
    };
    const refWrite = reference.write!;
    reference.write = function (this: object, chunk) {
      return refWrite.call(this, bytes(chunk));
    };
  });
}

const protoKey = new WeakMap<Writer, Protos>();
