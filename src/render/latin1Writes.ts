/**
 * pdfkit turns every string it writes (each drawing operator, each object)
 * into bytes with a loop in JavaScript: 4 % of drawing. Node's latin1
 * encoding does the same, keeping the low byte of each character, in native
 * code.
 */
type Writer = { _write?: (data: unknown) => unknown; write?: (chunk: unknown) => unknown };

const patched = new WeakSet<object>();

export function latin1Writes(doc: { _root: object }): void {
  const documentProto = Object.getPrototypeOf(doc) as Writer;
  // The root dictionary is a PDFReference, the class of every object and content stream.
  const referenceProto = Object.getPrototypeOf(doc._root) as Writer;
  if (patched.has(documentProto)) return;
  patched.add(documentProto);
  const bytes = (data: unknown) => (data instanceof Uint8Array ? data : Buffer.from(`${data}\n`, 'latin1'));
  const write = documentProto._write!;
  documentProto._write = function (this: object, data) {
    return write.call(this, bytes(data));
  };
  const refWrite = referenceProto.write!;
  referenceProto.write = function (this: object, chunk) {
    return refWrite.call(this, bytes(chunk));
  };
}
