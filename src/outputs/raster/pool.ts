/**
 * Draws PDF pages on worker threads, one per core: pdf.js and Skia keep a
 * core busy for every preview and whiteboard image, and a site has hundreds.
 * The executor runs the jobs that draw side by side (Job.offThread); each hands
 * its pages to a free thread here. The threads run the compiled code in dist/,
 * and only when dist/ is made from the code that runs now (under the tests it
 * is, test/globalSetup.ts); else, and on one core, the pages are drawn in this
 * thread. Either way the bytes are the same (test/side-by-side.test.ts).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../../paths.js';
import { compiledIsCurrent } from '../loadRenderer.js';
import type { PreviewImage, PreviewRequest } from '../site/previews.js';
import type { RasterTask } from './tasks.js';

const WORKER = join(packageRoot, 'dist', 'src', 'outputs', 'raster', 'worker.js');
/**
 * A thread without work for this long ends. Starting one (pdf.js, Skia) costs about 0.4 s, which
 * an editor who saves now and then should not wait for at every save; a preview left alone for
 * minutes holds no drawing threads.
 */
const IDLE_MS = 120_000;

/** How many threads draw: TOOLKIT_RASTER_THREADS, else one per core (at most 8); 0 draws in this thread, as does a single core. */
export function rasterThreads(env = process.env): number {
  const set = env.TOOLKIT_RASTER_THREADS;
  if (set !== undefined && /^\d+$/.test(set)) return Number(set);
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, 8) : 0;
}

interface Pending {
  task: RasterTask;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

interface Thread {
  worker: Worker;
  busy?: Pending;
  idle?: NodeJS.Timeout;
}

const threads: Thread[] = [];
const queue: Pending[] = [];
let usable: boolean | undefined;

/** Pages are drawn on threads (else in this thread): what a job that draws says the executor (Job.offThread). */
export const offThread = () => (usable ??= rasterThreads() > 0 && existsSync(WORKER) && compiledIsCurrent());

/** Runs one task: on a thread when there are threads, else here. */
export async function rasterize(task: RasterTask): Promise<unknown> {
  if (!offThread()) return (await import('./tasks.js')).runTask(task);
  return new Promise((resolve, reject) => {
    queue.push({ task, resolve, reject });
    pump();
  });
}

/** The previews of a PDF's pages: a document of many pages (the cards) is split over the threads. */
export async function previews(pdf: Uint8Array, requests: PreviewRequest[]): Promise<PreviewImage[]> {
  const parts = offThread() ? Math.min(rasterThreads(), Math.ceil(requests.length / 8)) : 1;
  const size = Math.ceil(requests.length / parts);
  const chunks = Array.from({ length: parts }, (_, i) => requests.slice(i * size, (i + 1) * size)).filter((c) => c.length);
  const images = await Promise.all(chunks.map((c) => rasterize({ fn: 'previews', pdf, requests: c }) as Promise<PreviewImage[]>));
  return images.flat();
}

function pump(): void {
  while (queue.length) {
    let thread = threads.find((t) => !t.busy);
    if (!thread && threads.length < rasterThreads()) thread = start();
    if (!thread) return;
    const job = queue.shift()!;
    clearTimeout(thread.idle);
    thread.busy = job;
    thread.worker.ref();
    thread.worker.postMessage(job.task);
  }
}

function start(): Thread {
  const thread: Thread = { worker: new Worker(WORKER) };
  const done = () => {
    thread.busy = undefined;
    // Idle, it does not keep the process alive; after a while it ends.
    thread.worker.unref();
    thread.idle = setTimeout(() => stop(thread), IDLE_MS).unref();
    pump();
  };
  thread.worker.on('message', (m: { ok: true; value: unknown } | { ok: false; message: string; stack?: string }) => {
    const job = thread.busy!;
    done();
    if (m.ok) job.resolve(m.value);
    else job.reject(Object.assign(new Error(m.message), { stack: m.stack }));
  });
  const lost = (e: Error) => {
    const job = thread.busy;
    threads.splice(threads.indexOf(thread), 1);
    clearTimeout(thread.idle);
    job?.reject(e);
    pump();
  };
  thread.worker.on('error', lost);
  thread.worker.on('exit', (code) => threads.includes(thread) && lost(new Error(`de tekenthread stopte onverwacht (code ${code})`)));
  threads.push(thread);
  return thread;
}

function stop(thread: Thread): void {
  if (thread.busy) return;
  threads.splice(threads.indexOf(thread), 1);
  void thread.worker.terminate();
}
