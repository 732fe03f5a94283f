/** A drawing thread of pool.ts: runs each task it is sent and sends back the result, its bytes moved, not copied. */
import { parentPort } from 'node:worker_threads';
import { runTask, type RasterTask } from './tasks.js';

const port = parentPort!;

port.on('message', async (task: RasterTask) => {
  try {
    const value = await runTask(task);
    port.postMessage({ ok: true, value }, buffersOf(value));
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    port.postMessage({ ok: false, message: err.message, stack: err.stack });
  }
});

/** The results' own buffers, to hand over: a preview's PNGs, a whiteboard image. */
function buffersOf(value: unknown): ArrayBuffer[] {
  const all = value instanceof Uint8Array ? [value] : Array.isArray(value) ? value.map((v: { png: Uint8Array }) => v.png) : [];
  // Only a buffer that holds nothing else may move (a view into a shared pool may not).
  return [...new Set(all.filter((b) => b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer).map((b) => b.buffer as ArrayBuffer))];
}
