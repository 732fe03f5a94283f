import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runPlan, type Job } from '../src/index.js';
import { soonest } from '../src/run/soonest.js';
import { offThread, previews, rasterize } from '../src/outputs/raster/pool.js';
import { runTask } from '../src/outputs/raster/tasks.js';
import { tmp } from './helpers.js';

/**
 * Jobs that draw run side by side (Job.offThread) on drawing threads
 * (outputs/raster/pool.ts); every other job runs alone in the main thread.
 * What is made is the same as one by one, and a group is still written whole
 * or not at all.
 */

/** A job that takes `ms` (a timer: it waits, as a job waits for a drawing thread) and notes when it ran. */
function timed(log: { id: string; start: number; end: number }[], id: string, o: Partial<Job> & { ms?: number } = {}): Job {
  const { ms = 30, ...extra } = o;
  return {
    id,
    family: 'build',
    what: id,
    owner: id,
    outputs: [`${id}.txt`],
    needs: [],
    fingerprint: id,
    async make(input) {
      const start = performance.now();
      await new Promise((r) => setTimeout(r, ms));
      log.push({ id, start, end: performance.now() });
      return [{ path: `${id}.txt`, bytes: new TextEncoder().encode([id, ...[...input.files.keys()]].join('+')) }];
    },
    ...extra,
  };
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe('the executor, side by side', () => {
  it('runs the drawing jobs of groups side by side, one per core, and the others one at a time, the last of a group after the rest', async () => {
    const log: { id: string; start: number; end: number }[] = [];
    const draw = (id: string, group: string, needs: string[] = []) => timed(log, id, { group, offThread: true, needs });
    const jobs = [
      timed(log, 'pdf-1', { group: 'p1' }),
      timed(log, 'pdf-2', { group: 'p2' }),
      draw('preview-1a', 's1', ['pdf-1']),
      draw('preview-1b', 's1', ['pdf-1']),
      draw('preview-1c', 's1', ['pdf-1']),
      timed(log, 'page-1', { group: 's1', needs: ['pdf-1'] }),
    ];
    const r = await runPlan(soonest(jobs), { outDir: tmp() });
    expect(r.failed).toEqual([]);
    expect(r.written).toHaveLength(6);
    const at = (id: string) => log.find((l) => l.id === id)!;
    const drawing = log.filter((l) => l.id.startsWith('preview'));
    // Drawing jobs overlap each other (2 cores: two at once), and never more than the cores.
    expect(drawing.some((a) => drawing.some((b) => a !== b && overlap(a, b)))).toBe(availableParallelism() > 1);
    for (const a of drawing) expect(drawing.filter((b) => overlap(a, b)).length).toBeLessThanOrEqual(availableParallelism());
    // The main thread's jobs never overlap.
    const main = log.filter((l) => !l.id.startsWith('preview'));
    for (const a of main) expect(main.filter((b) => b !== a && overlap(a, b))).toEqual([]);
    // The last job of a group waits for the rest of it; a group waits for what it needs.
    for (const d of drawing) expect(at('page-1').start).toBeGreaterThanOrEqual(d.end);
    for (const d of drawing) expect(d.start).toBeGreaterThanOrEqual(at('pdf-1').end);
    // The previews of package 1 are drawn while package 2's PDF is made (soonest put them right after package 1).
    expect(drawing.some((d) => overlap(d, at('pdf-2')))).toBe(true);
  });

  it('a failed drawing job fails its group: nothing of it written, the first failure in plan order told, no later job of it started', async () => {
    const log: { id: string; start: number; end: number }[] = [];
    const out = tmp();
    const boom = (id: string, ms: number) => ({ ...timed(log, id, { group: 'g', offThread: true, ms }), make: () => new Promise<never>((_, no) => setTimeout(() => no(new Error(`${id} kapot`)), ms)) });
    const r = await runPlan([timed(log, 'a', { group: 'g', offThread: true, ms: 10 }), boom('b', 60), boom('c', 5), timed(log, 'd', { group: 'g' }), timed(log, 'e', { group: 'g' })], { outDir: out });
    expect(r.failed.map((f) => f.problems.map((p) => p.message).join())).toEqual([expect.stringContaining('b kapot')]);
    expect(r.written).toEqual([]);
    for (const f of ['a', 'b', 'c', 'd', 'e']) expect(existsSync(join(out, `${f}.txt`))).toBe(false);
    expect(log.map((l) => l.id)).not.toContain('e');
  });

  it('soonest: each group right after what it needs, the one that needs the group made last first; else the plan order', () => {
    const j = (id: string, group: string, needs: string[] = []) => ({ id, group, needs }) as unknown as Job;
    const plan = [j('p1', '1'), j('p2', '2'), j('p3', '3'), j('bundle', 'A', ['p1', 'p2']), j('s1', 's1', ['p1']), j('s2', 's2', ['p2']), j('sA', 'sA', ['bundle']), j('s3', 's3', ['p3'])];
    expect(soonest(plan).map((x) => x.id)).toEqual(['p1', 's1', 'p2', 'bundle', 'sA', 's2', 'p3', 's3']);
  });
});

describe('the drawing threads', () => {
  const pdfOf = (dir: string, suffix: string) => new Uint8Array(readFileSync(join(dir, '08-hoort-het-of-helpt-het', `08-hoort-het-of-helpt-het-${suffix}.pdf`)));

  it('draw on threads here (dist/ is made from this code), the same bytes as this thread, pages split over threads in order', async () => {
    const built = inject('built');
    expect(offThread()).toBe(availableParallelism() > 1);
    const a3 = pdfOf(built, 'werkplaat-1-A3');
    const [png, svg] = await Promise.all([rasterize({ fn: 'whiteboardPng', a3 }), rasterize({ fn: 'whiteboardSvg', a3 })]);
    expect(Buffer.from(png as Uint8Array).equals(Buffer.from((await runTask({ fn: 'whiteboardPng', a3 })) as Uint8Array))).toBe(true);
    expect(Buffer.from(svg as Uint8Array).equals(Buffer.from((await runTask({ fn: 'whiteboardSvg', a3 })) as Uint8Array))).toBe(true);
    // 17 card pages over three threads: back in page order, each image as drawn here.
    const cards = pdfOf(built, 'kaarten-drukker');
    const requests = Array.from({ length: 17 }, (_, i) => ({ page: i + 1, width: 120, inset: 8.5 }));
    const threads = process.env.TOOLKIT_RASTER_THREADS;
    process.env.TOOLKIT_RASTER_THREADS = '3';
    const split = await previews(cards, requests).finally(() => (threads === undefined ? delete process.env.TOOLKIT_RASTER_THREADS : (process.env.TOOLKIT_RASTER_THREADS = threads)));
    const here = (await runTask({ fn: 'previews', pdf: cards, requests })) as Awaited<ReturnType<typeof previews>>;
    expect(split.map((i) => [i.page, i.scale])).toEqual(here.map((i) => [i.page, i.scale]));
    expect(split.every((im, k) => Buffer.from(im.png).equals(Buffer.from(here[k]!.png)))).toBe(true);
  });

  it("a page that cannot be drawn fails with pdf.js's own words, and the thread draws on", async () => {
    await expect(rasterize({ fn: 'whiteboardPng', a3: new TextEncoder().encode('geen pdf') })).rejects.toThrow(/Invalid PDF structure/);
    const a3 = pdfOf(inject('built'), 'werkplaat-2-A3');
    expect(((await rasterize({ fn: 'whiteboardPng', a3 })) as Uint8Array).length).toBeGreaterThan(1000);
  });
});
