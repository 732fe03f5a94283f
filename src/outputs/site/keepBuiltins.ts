/**
 * pdf.js's build for older Nodes (pdfjs-dist/legacy) brings core-js, which replaces built-ins the
 * running Node already has: JSON.stringify and JSON.parse, Array.prototype.push,
 * Function.prototype.toString. Replaced, they are the same functions in JavaScript, for the whole
 * process: a cache manifest written after the first preview took 20 times as long. What a load
 * replaces is put back; what it adds (Promise.withResolvers, Uint8Array.prototype.toHex and
 * others Node 20 lacks, which pdf.js needs) stays.
 */
const INTRINSICS: object[] = [
  JSON,
  Math,
  Reflect,
  Object,
  Object.prototype,
  Function.prototype,
  Array,
  Array.prototype,
  String,
  String.prototype,
  Number,
  Number.prototype,
  Symbol,
  Promise,
  Promise.prototype,
  Map.prototype,
  Set.prototype,
  WeakMap.prototype,
  RegExp.prototype,
  Error,
  ArrayBuffer.prototype,
  DataView.prototype,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Uint8Array,
  Uint8Array.prototype,
];

/** Loads what `load` loads, then puts back every built-in it replaced. */
export async function withBuiltinsKept<T>(load: () => Promise<T>): Promise<T> {
  const before = INTRINSICS.map((o) => new Map(Reflect.ownKeys(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)!])));
  try {
    return await load();
  } finally {
    INTRINSICS.forEach((o, i) => {
      for (const [k, d] of before[i]!) {
        const now = Object.getOwnPropertyDescriptor(o, k);
        if (now?.value !== d.value || now?.get !== d.get || now?.set !== d.set) Object.defineProperty(o, k, d);
      }
    });
  }
}
