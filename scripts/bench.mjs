#!/usr/bin/env node
// Prints the timings the issues ask for: medians of several runs, each a fresh
// process (cold) unless said otherwise, plus peak memory. Not a test: the
// machine is shared and noisy, so compare figures from the same run only.
// BENCH_RUNS=N sets the number of runs (default 5).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const runs = Number(process.env.BENCH_RUNS ?? 5);
const bin = join(root, 'bin/toolkit.js');
const data = mkdtempSync(join(tmpdir(), 'toolkit-bench-data-'));
cpSync(join(root, 'data'), data, { recursive: true });
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
scenario('cold build --package 8 --only werkblad --force', 1.5, null, ['build', '--package', '8', '--only', 'werkblad', '--force']);
scenario('cold build --package 8 --force', 0.8, null, ['build', '--package', '8', '--force']);
scenario('cold build --all --force', 4, null, ['build', '--all', '--force']);
time(['build', '--all']);
scenario('no-op build --all', 0.25, null, ['build', '--all']);

// Each run changes the title of one card of package 8, as an editor would.
const cardFile = join(data, 'packages/08-hoort-het-of-helpt-het.yaml');
const original = readFileSync(cardFile, 'utf8');
const editCard = (i) => {
  const doc = parseDocument(original);
  doc.setIn(['cards', 0, 'title'], `${doc.getIn(['cards', 0, 'title'])} ${i}`);
  writeFileSync(cardFile, doc.toString());
};
scenario('rebuild --all after editing one card', 0.9, editCard, ['build', '--all']);
writeFileSync(cardFile, original);

// Warm: in one process, after a first render, the cards of one package.
const { loadProject } = await import(join(root, 'dist/src/model/load.js'));
const { makeKaarten } = await import(join(root, 'dist/src/outputs/make/kaarten.js'));
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
console.log(`${'peak memory of the CLI runs'.padEnd(44)} ${peak} MB   (target 300 MB)`);
rmSync(out, { recursive: true, force: true });
rmSync(data, { recursive: true, force: true });
