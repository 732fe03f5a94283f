import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';
import { writeAtomic } from '../src/run/write.js';

/**
 * What poppler printed, kept between runs by exactly what it read: the tool,
 * its version, its arguments, and the bytes of every file among them. Its
 * reading of a PDF is a function of those alone, and most PDFs the tests read
 * are the same bytes run after run (the kept shared build, deterministic
 * rebuilds), so a run reads the kept answer instead of starting poppler: about
 * 600 starts and a sixth of the suite's CPU. A PDF that changed by one byte is
 * read afresh; so is everything after poppler is updated.
 */
const dir = join(fileURLToPath(new URL('..', import.meta.url)), 'node_modules', '.cache', 'toolkit-tests', 'poppler');

let version: string | undefined;
const popplerVersion = () => (version ??= spawnSync('pdfinfo', ['-v'], { encoding: 'utf8' }).stderr.trim());

/** What poppler's `tool` (pdftotext, pdftoppm, ...) wrote for `args`: a run that failed is never kept. */
export function popplerRun(tool: string, args: string[]): { status: number | null; stdout: Buffer; stderr: string } {
  const h = createHash('sha256').update(popplerVersion()).update('\0').update(tool);
  for (const a of args) {
    h.update('\0');
    if (a !== '-' && existsSync(a) && statSync(a).isFile()) h.update('file\0').update(readFileSync(a));
    else h.update(a);
  }
  const key = h.digest('hex');
  const kept = join(dir, key.slice(0, 2), key);
  try {
    const entry = inflateSync(readFileSync(kept));
    const now = new Date();
    utimesSync(kept, now, now); // in use: kept by prunePoppler
    const n = entry.readUInt32BE(0);
    return { status: 0, stderr: entry.subarray(4, 4 + n).toString('utf8'), stdout: entry.subarray(4 + n) };
  } catch {
    // Not kept yet, or damaged (inflate checks the stream's own checksum): run poppler.
  }
  const r = spawnSync(tool, args, { maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  const run = { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
  if (r.status !== 0) return run;
  const err = Buffer.from(run.stderr, 'utf8');
  const head = Buffer.alloc(4);
  head.writeUInt32BE(err.length);
  writeAtomic(kept, deflateSync(Buffer.concat([head, err, run.stdout]), { level: 1 }));
  return run;
}

/** The standard output of poppler's `tool` for `args`; throws, with what poppler said, when it fails. */
export function poppler(tool: string, args: string[]): Buffer {
  const r = popplerRun(tool, args);
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  if (r.stderr) process.stderr.write(r.stderr);
  return r.stdout;
}

export const popplerText = (tool: string, args: string[]) => poppler(tool, args).toString('utf8');

/** Drops what no run has read for `days` days: readings of PDFs that are no more. */
export function prunePoppler(days = 3) {
  if (!existsSync(dir)) return;
  const before = Date.now() - days * 86_400_000;
  for (const sub of readdirSync(dir))
    for (const f of readdirSync(join(dir, sub))) {
      const path = join(dir, sub, f);
      if (statSync(path).mtimeMs < before || f.includes('.tmp-')) rmSync(path, { force: true });
    }
}
