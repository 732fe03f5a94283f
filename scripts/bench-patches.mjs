#!/usr/bin/env node
// Measures what each speed-up of src/patches saves: cold builds (a fresh
// process, --force) with all speed-ups on, all off, and each one off alone,
// the variants alternating run by run so that a busy machine slows them alike.
// Prints medians of wall and CPU time (user + sys, from /usr/bin/time): on a
// shared machine CPU time is the steadier figure. Not a test.
// BENCH_RUNS=N runs each variant N times (default 3); BENCH_TARGETS picks
// what is built: "8" (package 8), "all" (--all), or "8,all" (default).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const runs = Number(process.env.BENCH_RUNS ?? 3);
const targets = (process.env.BENCH_TARGETS ?? '8,all').split(',');
const { RUN_TIME } = await import(join(root, 'dist/src/patches/all.js'));
const speedups = RUN_TIME.filter((p) => p.kind === 'speed-up').map((p) => p.name);
const variants = [['all on', ''], ['all off', 'off'], ...speedups.map((n) => [`${n} off`, `off=${n}`])];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const target of targets) {
  const args = target === 'all' ? ['--all'] : ['--package', target];
  const out = mkdtempSync(join(tmpdir(), 'toolkit-bench-patches-'));
  const times = new Map(variants.map(([name]) => [name, { wall: [], cpu: [] }]));
  for (let run = 0; run < runs; run++) {
    // A different order each run: no variant always runs first, or right after the same one.
    const order = variants.map((_, i) => variants[(i + run) % variants.length]);
    for (const [name, value] of order) {
      const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S', process.execPath, join(root, 'bin/toolkit.js'), 'build', ...args, '--force', '--quiet', '--out', out], {
        encoding: 'utf8',
        env: { ...process.env, TOOLKIT_RENDER_SPEEDUPS: value },
      });
      const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
      if (r.status !== 0 || !m) throw new Error(`${name}: ${r.stderr}`);
      times.get(name).wall.push(Number(m[1]));
      times.get(name).cpu.push(Number(m[2]) + Number(m[3]));
    }
  }
  const base = median(times.get('all on').cpu);
  console.log(`\nbuild ${args.join(' ')} --force, ${runs} runs each, medians (s)`);
  console.log('variant'.padEnd(22), 'wall'.padStart(7), 'cpu'.padStart(7), 'cpu vs all on'.padStart(14));
  for (const [name, t] of times) {
    const cpu = median(t.cpu);
    const delta = cpu - base;
    console.log(name.padEnd(22), median(t.wall).toFixed(2).padStart(7), cpu.toFixed(2).padStart(7), `${delta >= 0 ? '+' : ''}${delta.toFixed(2)} (${((100 * delta) / base).toFixed(0)} %)`.padStart(14));
  }
}
