#!/usr/bin/env node
// Prints the timings the issues ask for: medians of several runs, each a fresh
// process (cold) unless said otherwise, plus peak memory. Not a test: the
// machine is shared and noisy, so compare figures from the same run only.
// BENCH_RUNS=N sets the number of runs (default 5). BENCH_ROOT=<folder> times the
// toolkit built there instead of this one (scripts/bench-compare.mjs: old against new).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const root = process.env.BENCH_ROOT || dirname(dirname(fileURLToPath(import.meta.url)));
const runs = Number(process.env.BENCH_RUNS ?? 5);
const bin = join(root, 'bin/toolkit.js');
// BENCH_DATA=<folder>: this data instead of the build's own, so that two builds are timed on the same sources.
const data = mkdtempSync(join(tmpdir(), 'toolkit-bench-data-'));
cpSync(process.env.BENCH_DATA || join(root, 'data'), data, { recursive: true });
const out = mkdtempSync(join(tmpdir(), 'toolkit-bench-out-'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let peak = 0;

/** One CLI run in a fresh process; wall time as seen from outside, peak RSS from its --json summary. */
function time(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, ...args, '--json', '--data', data, '--out', out], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  const summary = JSON.parse(r.stdout || '{}');
  if (!summary.ok) {
    console.error(`bench: toolkit ${args.join(' ')} failed:`, r.stderr, JSON.stringify({ failed: summary.failed, skipped: summary.skipped }, null, 1));
    process.exit(1);
  }
  peak = Math.max(peak, summary.peakMemoryMB);
  return { ms, summary };
}

function scenario(name, target, setup, args) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    setup?.(i);
    times.push(time(args).ms);
  }
  const m = median(times);
  console.log(`${name.padEnd(44)} median ${(m / 1000).toFixed(2)} s   (target ${target} s; runs: ${times.map((t) => (t / 1000).toFixed(2)).join(' ')})`);
}

console.log(`toolkit bench: ${runs} runs each, ${new Date().toISOString()}\n`);
if (process.env.BENCH_ONLY === 'session') {
  sessionBench();
  rmSync(out, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
  process.exit(0);
}
// BENCH_ONLY=site: only the website and the edit loops (the print figures take minutes);
// BENCH_ONLY=loops: only the edit loops.
const loopsOnly = process.env.BENCH_ONLY === 'loops';
const siteOnly = process.env.BENCH_ONLY === 'site' || loopsOnly;
if (!siteOnly) {
scenario('cold build --package 8 --only werkblad --force', 1.5, null, ['build', '--package', '8', '--only', 'werkblad', '--force']);
scenario('cold build --package 8 --force', 0.8, null, ['build', '--package', '8', '--force']);
scenario('cold build --all --force', 4, null, ['build', '--all', '--force']);
// The four print kinds every version of the toolkit makes: like for like against an older build (bench-compare.mjs).
const PRINT = 'draaiboek,werkblad,werkplaten,kaarten';
scenario('cold build --package 8 --force, print kinds', 0.8, null, ['build', '--package', '8', '--only', PRINT, '--force']);
scenario('cold build --all --force, print kinds', 4, null, ['build', '--all', '--only', PRINT, '--force']);
}
time(['build', '--all']);
if (!siteOnly) scenario('no-op build --all', 0.25, null, ['build', '--all']);
if (!siteOnly) checkBench();

// Each run changes the title of one card of package 8, as an editor would.
const cardFile = join(data, 'packages/08-hoort-het-of-helpt-het.yaml');
const original = readFileSync(cardFile, 'utf8');
const editCard = (i) => {
  const doc = parseDocument(original);
  doc.setIn(['cards', 0, 'title'], `${doc.getIn(['cards', 0, 'title'])} ${i}`);
  writeFileSync(cardFile, doc.toString());
};
if (!siteOnly) scenario('rebuild --all after editing one card', 0.9, editCard, ['build', '--all']);
writeFileSync(cardFile, original);
if (!siteOnly) {

// Warm: in one process, after a first render, the cards of one package.
const { loadProject } = await import(join(root, 'dist/src/model/load.js'));
// The cards' make() moved into its kind's folder; an older checkout (bench-compare) has it in outputs/make/.
const { makeKaarten } = await import(join(root, 'dist/src/outputs/kinds/kaarten/make.js')).catch(() => import(join(root, 'dist/src/outputs/make/kaarten.js')));
const project = loadProject(data);
const pkg = project.packages.find((p) => p.number === 8);
const { sheetStamps } = await import(join(root, 'dist/src/render/stamps.js'));
const ctx = { toolkit: project.toolkit, date: new Date(0), stamps: sheetStamps };
await makeKaarten(ctx, pkg);
const warm = [];
for (let i = 0; i < Math.max(10, runs); i++) {
  const t0 = performance.now();
  await makeKaarten(ctx, { ...pkg, cards: pkg.cards.map((c) => ({ ...c, text: `${c.text} ${i}` })) });
  warm.push(performance.now() - t0);
}
console.log(`${'warm: render and impose package 8\'s cards'.padEnd(44)} median ${median(warm).toFixed(0)} ms  (target 150 ms)`);

sessionBench();

}

// The website: toolkit site on PDFs that are built already (its own part cold), then unchanged.
const siteRuns = Number(process.env.BENCH_SITE_RUNS ?? 3);
function siteTime() {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, 'site', '--quiet', '--data', data, '--out', out], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error('bench: toolkit site failed:', r.stderr);
    process.exit(1);
  }
  return performance.now() - t0;
}
const siteCold = [];
for (let i = 0; i < (loopsOnly ? 0 : siteRuns); i++) {
  rmSync(join(out, 'site'), { recursive: true, force: true });
  siteCold.push(siteTime());
}
if (loopsOnly) siteTime();
else {
  console.log(`${'cold site (PDFs built, whole toolkit)'.padEnd(44)} median ${(median(siteCold) / 1000).toFixed(2)} s   (runs: ${siteCold.map((t) => (t / 1000).toFixed(2)).join(' ')})`);
  const siteNoop = [];
  for (let i = 0; i < runs; i++) siteNoop.push(siteTime());
  console.log(`${'no-op site'.padEnd(44)} median ${(median(siteNoop) / 1000).toFixed(2)} s   (runs: ${siteNoop.map((t) => (t / 1000).toFixed(2)).join(' ')})`);
}

// The edit loops: a long-running process, one card saved at a time.
const { spawn } = await import('node:child_process');
const { statSync } = await import('node:fs');
const { request } = await import('node:http');
const children = new Set();
// A bench that stops halfway leaves no loop running (it would answer the next bench's edits).
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));
const fmt = (xs) => `median ${median(xs).toFixed(0)} ms`;
async function loop(args, ready) {
  const child = spawn(process.execPath, [bin, ...args, '--data', data, '--out', out], { env: { ...process.env, NO_COLOR: '1' } });
  children.add(child);
  let text = '';
  child.stdout.on('data', (c) => (text += c));
  child.stderr.on('data', (c) => (text += c));
  while (!ready.test(text)) {
    if (child.exitCode !== null) throw new Error(text);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, text: () => text, stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGINT'))) };
}
const pdf = join(out, '08-hoort-het-of-helpt-het/08-hoort-het-of-helpt-het-kaarten-A4.pdf');
const mtime = () => statSync(pdf).mtimeMs;
{
  const w = await loop(['build', '--watch'], /Ik kijk naar/);
  const times = [];
  const done = [];
  for (let i = 0; i < runs; i++) {
    const before = mtime();
    const rounds = (w.text().match(/Bijgewerkt/g) ?? []).length;
    const t0 = performance.now();
    editCard(100 + i);
    while (mtime() === before) await new Promise((r) => setTimeout(r, 2));
    times.push(performance.now() - t0);
    // The round goes on with the print shop's file and the theme's bundle.
    while ((w.text().match(/Bijgewerkt/g) ?? []).length === rounds) await new Promise((r) => setTimeout(r, 5));
    done.push(performance.now() - t0);
  }
  await w.stop();
  console.log(`${'build --watch: card saved to its PDF'.padEnd(44)} ${fmt(times)}  (target 150 ms; runs: ${times.map((t) => t.toFixed(0)).join(' ')})`);
  console.log(`${'build --watch: card saved to round done'.padEnd(44)} ${fmt(done)}  (all its PDFs and the bundle written; runs: ${done.map((t) => t.toFixed(0)).join(' ')})`);
}
{
  const p = await loop(['preview'], /klaar op http:\/\/127\.0\.0\.1:\d+\//);
  const port = Number(/127\.0\.0\.1:(\d+)/.exec(p.text())[1]);
  const get = (path) => new Promise((resolve, reject) => request({ host: '127.0.0.1', port, path }, (res) => { let b = ''; res.on('data', (c) => (b += c)); res.on('end', () => resolve(b)); }).on('error', reject).end());
  // Reloads as they come; a reload of the round before that reaches us late is not the edit's.
  let reloads = 0;
  let onReload = () => {};
  request({ host: '127.0.0.1', port, path: '/__toolkit/events' }, (res) =>
    res.on('data', (c) => {
      if (!String(c).includes('event: reload')) return;
      reloads++;
      onReload();
    }),
  ).end();
  await new Promise((r) => setTimeout(r, 300));
  const times = [];
  const done = [];
  for (let i = 0; i < runs; i++) {
    const rounds = (p.text().match(/Bijgewerkt/g) ?? []).length;
    const t0 = performance.now();
    let seen = reloads;
    editCard(200 + i);
    for (let tries = 0; ; tries++) {
      if (reloads === seen) await new Promise((r) => (onReload = r));
      seen = reloads;
      const page = await get('/08-hoort-het-of-helpt-het/');
      if (page.includes(` ${200 + i}<`)) break;
      if (tries > 3) throw new Error('the reloaded page does not show the edit');
    }
    times.push(performance.now() - t0);
    // The round goes on with the PDFs and the previews, and ends with a second reload (the new images).
    while ((p.text().match(/Bijgewerkt/g) ?? []).length === rounds) await new Promise((r) => setTimeout(r, 5));
    done.push(performance.now() - t0);
  }
  await p.stop();
  console.log(`${'preview: card saved to its reloaded page'.padEnd(44)} ${fmt(times)}  (target 400 ms; the page with the edit's text; runs: ${times.map((t) => t.toFixed(0)).join(' ')})`);
  console.log(`${'preview: card saved to round done'.padEnd(44)} ${fmt(done)}  (PDFs and previews remade, images reloaded; runs: ${done.map((t) => t.toFixed(0)).join(' ')})`);
}
writeFileSync(cardFile, original);
console.log(`${'peak memory of the CLI runs'.padEnd(44)} ${peak} MB   (target 300 MB)`);
rmSync(out, { recursive: true, force: true });
rmSync(data, { recursive: true, force: true });

// toolkit check where nothing changed since the last check: what src/checkCache.ts keeps.
function checkBench() {
  const cache = mkdtempSync(join(tmpdir(), 'toolkit-bench-check-'));
  const check = () => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, 'check', '--data', data], { encoding: 'utf8', env: { ...process.env, TOOLKIT_CACHE_DIR: cache } });
    if (r.status !== 0) {
      console.error('bench: toolkit check failed:', r.stderr);
      process.exit(1);
    }
    return performance.now() - t0;
  };
  check();
  const times = Array.from({ length: runs }, check);
  console.log(`${'check again, nothing changed'.padEnd(44)} median ${(median(times) / 1000).toFixed(2)} s   (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(' ')})`);
  rmSync(cache, { recursive: true, force: true });
}

// toolkit session (issue 16): package 8 for 12 people in 3 groups. Cold: nothing in the output
// folder yet, so package 8 is built too; new: package 8 built, the session not yet made (each
// run another --title, so another session folder); warm: the same session again.
// BENCH_ONLY=session runs only these.
function sessionBench() {
  function session(args, dir) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, 'session', '--package', '8', ...args, '--quiet', '--data', data, '--out', dir], { encoding: 'utf8' });
    if (r.status !== 0) {
      console.error(`bench: toolkit session ${args.join(' ')} failed:`, r.stderr);
      process.exit(1);
    }
    return performance.now() - t0;
  }
  const sessionLine = (name, times) => console.log(`${name.padEnd(44)} median ${(median(times) / 1000).toFixed(2)} s   (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(' ')})`);
  const cold = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'toolkit-bench-session-'));
    cold.push(session(['--participants', '12'], dir));
    rmSync(dir, { recursive: true, force: true });
  }
  sessionLine('cold session 8, 12 people (builds package 8)', cold);
  sessionLine('new session 8, 12 people (package built)', Array.from({ length: runs }, (_, i) => session(['--participants', '12', '--title', `Bench ${i}`], out)));
  session(['--participants', '12'], out);
  sessionLine('warm session 8, 12 people (nothing to do)', Array.from({ length: runs }, () => session(['--participants', '12'], out)));
  sessionLine('new session 8, 40 people (package built)', Array.from({ length: runs }, (_, i) => session(['--participants', '40', '--title', `Bench 40 ${i}`], out)));
}
