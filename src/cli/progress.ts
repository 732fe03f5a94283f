import { relative } from 'node:path';
import type { BuildEvent, BuildResult } from '../build.js';
import { noteOf } from '../outputs/registry.js';
import type { OutputFacts } from '../run/job.js';
import { formatProblem, type Problem } from '../errors.js';
import { formatSize } from '../mail/attach.js';
import { CLEAR_LINE, painter, type IO } from './io.js';
import { describeGroups, fileCount, folderLine, groupFiles } from './whatNext.js';
import { count, seconds as secondsText } from './words.js';

const rel = (p: string) => relative(process.cwd(), p) || p;

/**
 * How a build reports as it goes: on a terminal one live line (done of total,
 * what is being made); otherwise plain lines a log can keep; nothing but
 * errors with --quiet, and nothing at all with --json (the summary says it).
 */
export function progress(io: IO, mode: { quiet?: boolean; json?: boolean; brief?: boolean }) {
  const paint = painter(io);
  const live = io.isTTY && !mode.quiet && !mode.json;
  let shown = false;
  const clear = () => {
    if (shown) io.write?.(CLEAR_LINE);
    shown = false;
  };
  return {
    clear,
    onEvent(e: BuildEvent) {
      // Also with --json and --quiet: these explain a wait, or a result that ignores an edit.
      if (e.type === 'waiting') return io.err(`Even wachten: een andere build (proces ${e.pid}) schrijft nu in deze map. Deze build begint zodra die klaar is.`);
      if (e.type === 'note') return io.err(`Let op: ${e.message}`);
      if (e.type === 'stale-code')
        return io.err(`Let op: ${e.file} is gewijzigd na de laatste \`npm run build\`. Deze build gebruikt nog de oude code uit dist/. Voer eerst \`npm run build\` uit.`);
      if (mode.json) return;
      if (e.type === 'warning') {
        if (mode.quiet) return;
        clear(); // the live line goes before the warning, and comes back with the next step
        return io.err(paint.yellow('waarschuwing ') + formatProblem(e.problem));
      }
      if (e.type === 'step' && live && io.write) {
        io.write(`${CLEAR_LINE}${paint.dim(`[${e.index}/${e.total}]`)} ${e.id}: ${e.what}`);
        shown = true;
      } else if (e.type === 'written' && !mode.quiet && !mode.brief && !live) io.out(`${paint.green('gemaakt')} ${rel(e.path)} ${paint.dim(`(${formatSize(e.bytes)})`)}`);
    },
    /**
     * The end: failures with all their problems, then what was made, where it
     * is, and per file what it is and how to print it.
     */
    finish(result: BuildResult, seconds: number, outDir: string) {
      clear();
      if (mode.json) {
        io.out(JSON.stringify(summary(result, seconds, outDir), null, 2));
        return;
      }
      for (const f of result.failed) {
        io.err(paint.red(`mislukt ${f.id}`) + (f.file !== f.id ? ` (${f.file})` : ''));
        f.problems.forEach((p) => io.err(paint.red('fout ') + formatProblem(p)));
      }
      if (mode.brief) {
        // The site and the preview: one line, not a line for each page and image that waits for what failed.
        if (result.skipped.length) io.err(`${paint.red('niet opnieuw gemaakt')}: ${skippedLine(result)}`);
        return;
      }
      for (const s of result.skipped) io.err(`${paint.red('niet gemaakt')} ${s.path}: ${s.reason}`);
      if (mode.quiet && !result.failed.length && !result.skipped.length) return;
      for (const line of report(result, seconds, outDir, io)) io.out(line);
    },
  };
}

/** "37 bestanden (pagina's, afbeeldingen, pdf's), want 08-x is mislukt; de vorige versies blijven staan". */
export function skippedLine(result: BuildResult): string {
  const reasons = [...new Set(result.skipped.map((s) => s.reason))];
  const outdated = (result.outdated ?? []).length;
  return `${fileCount(result.skipped.length)} ${reasons.length === 1 ? reasons[0] : `(${reasons.join('; ')})`}${outdated ? `; ${outdated === 1 ? 'de vorige versie blijft' : 'de vorige versies blijven'} staan tot je de fout verbetert` : ''}.`;
}

/** The totals, the folder, and the files grouped per package. */
export function report(result: BuildResult, seconds: number, outDir: string, io: IO): string[] {
  const paint = painter(io);
  const outdated = result.outdated ?? [];
  const files = [...result.written, ...result.unchanged];
  const made = result.written.length;
  const kept = result.unchanged.length;
  const lines: string[] = [];
  // No file at all: a theme without packages, or --only werkplaten for a package without werkplaten.
  if (!made && !kept && !result.failed.length && !result.skipped.length) lines.push(`${paint.green('Klaar')}: er was niets te maken, want in deze keuze zit geen bestand om te printen.`);
  else if (!made && kept && !result.failed.length) lines.push(`${paint.green('Klaar')}: er was niets veranderd, ${kept === 1 ? 'het bestand staat' : `alle ${fileCount(kept)} staan`} al klaar.`);
  else {
    const parts = [`${fileCount(made)} gemaakt`];
    if (kept) parts.push(`${kept} ${kept === 1 ? 'was' : 'waren'} al bijgewerkt`);
    if (result.failed.length) parts.push(paint.red(`${count(result.failed.length, 'onderdeel', 'onderdelen')} mislukt`));
    lines.push(`${result.failed.length ? 'Klaar, met fouten' : paint.green('Klaar')}: ${parts.join(', ')} (${secondsText(seconds)}).`);
  }
  const removed = result.removed ?? [];
  if (removed.length) lines.push(`${count(removed.length, 'oud bestand', 'oude bestanden')} weggehaald, van onderdelen die er niet meer zijn: ${removed.map((p) => relative(outDir, p)).join(', ')}.`);
  if (!files.length && !outdated.length) return lines;
  lines.push('', 'De bestanden staan in:', `  ${folderLine(outDir, paint.on)}`);
  lines.push(...describeGroups(groupFiles(outDir, files, outdated), paint));
  if (outdated.length)
    lines.push('', paint.red(`Let op: ${count(outdated.length, 'bestand is', 'bestanden zijn')} verouderd`) + ' (van een onderdeel dat mislukte). Los de fouten hierboven op en bouw opnieuw.');
  lines.push('', 'Print altijd op 100 % ("werkelijke grootte"), niet "passend maken".');
  return lines;
}

const problemJson = (p: Problem) => ({ code: p.code, message: p.message, hint: p.hint, ...p.at });

const fileJson = ({ path, bytes, facts }: { path: string; bytes: number; facts?: OutputFacts }, extra: object = {}) => {
  const note = noteOf(facts);
  return { path: rel(path), bytes, ...extra, ...facts, ...(note && { what: note.what, print: note.print }) };
};

export function summary(result: BuildResult, seconds: number, outDir?: string) {
  return {
    ok: !result.failed.length && !result.skipped.length,
    folder: outDir,
    seconds: Number(seconds.toFixed(3)),
    peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
    written: result.written.map((w) => fileJson(w, { ms: w.ms })),
    unchanged: result.unchanged.map((w) => fileJson(w)),
    failed: result.failed.map((f) => ({ id: f.id, file: f.file, problems: f.problems.map(problemJson) })),
    skipped: result.skipped,
    outdated: (result.outdated ?? []).map((o) => rel(o.path)),
    warnings: (result.warnings ?? []).map((w) => ({ id: w.id, ...problemJson(w.problem), severity: 'warning' })),
    removed: (result.removed ?? []).map(rel),
  };
}
