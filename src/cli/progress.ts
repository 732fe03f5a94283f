import { relative } from 'node:path';
import type { BuildEvent, BuildResult } from '../build/build.js';
import { formatProblem, type Problem } from '../errors.js';
import { formatSize } from '../mail/attach.js';
import { painter, type IO } from './io.js';

const rel = (p: string) => relative(process.cwd(), p) || p;

/**
 * How a build reports as it goes: on a terminal one live line (done of total,
 * what is being made); otherwise plain lines a log can keep; nothing but
 * errors with --quiet, and nothing at all with --json (the summary says it).
 */
export function progress(io: IO, mode: { quiet?: boolean; json?: boolean }) {
  const paint = painter(io);
  const live = io.isTTY && !mode.quiet && !mode.json;
  let shown = false;
  const clear = () => {
    if (shown) io.write?.('\r\x1b[K');
    shown = false;
  };
  return {
    onEvent(e: BuildEvent) {
      // Also with --json and --quiet: these explain a wait, or a result that ignores an edit.
      if (e.type === 'waiting') return io.err(`Even wachten: een andere build (proces ${e.pid}) schrijft nu in deze map. Deze build begint zodra die klaar is.`);
      if (e.type === 'stale-code')
        return io.err(`Let op: ${e.file} is gewijzigd na de laatste \`npm run build\`. Deze build gebruikt nog de oude code uit dist/. Voer eerst \`npm run build\` uit.`);
      if (mode.json) return;
      if (e.type === 'step' && live && io.write) {
        io.write(`\r\x1b[K${paint.dim(`[${e.index}/${e.total}]`)} ${e.id}: ${e.what}`);
        shown = true;
      } else if (e.type === 'written' && !mode.quiet && !live) io.out(`${paint.green('wrote')} ${rel(e.path)} ${paint.dim(`(${formatSize(e.bytes)})`)}`);
    },
    /** The end: failures with all their problems, then one line of totals. */
    finish(result: BuildResult, seconds: number) {
      clear();
      if (mode.json) {
        io.out(JSON.stringify(summary(result, seconds), null, 2));
        return;
      }
      for (const f of result.failed) {
        io.err(paint.red(`failed ${f.id}`) + (f.file !== f.id ? ` (${f.file})` : ''));
        f.problems.forEach((p) => io.err(paint.red('error ') + formatProblem(p)));
      }
      for (const s of result.skipped) io.err(`${paint.red('not written')} ${s.path}: ${s.reason}`);
      if (mode.quiet && !result.failed.length && !result.skipped.length) return;
      const parts = [`${result.written.length} written`, `${result.unchanged.length} up to date`];
      if (result.failed.length) parts.push(paint.red(`${result.failed.length} failed`));
      io.out(`${parts.join(', ')} in ${seconds.toFixed(2)} s`);
    },
  };
}

const problemJson = (p: Problem) => ({ code: p.code, message: p.message, hint: p.hint, ...p.at });

export function summary(result: BuildResult, seconds: number) {
  return {
    ok: !result.failed.length && !result.skipped.length,
    seconds: Number(seconds.toFixed(3)),
    peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
    written: result.written.map((w) => ({ path: rel(w.path), bytes: w.bytes, ms: w.ms })),
    unchanged: result.unchanged.map((w) => ({ path: rel(w.path), bytes: w.bytes })),
    failed: result.failed.map((f) => ({ id: f.id, file: f.file, problems: f.problems.map(problemJson) })),
    skipped: result.skipped,
  };
}
