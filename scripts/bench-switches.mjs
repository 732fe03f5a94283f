#!/usr/bin/env node
// Measures what a speed-up saves in the scenarios of `npm run bench`: the same
// scenarios run with each variant (an environment that switches something off),
// the variants alternating run by run so that a busy machine slows them alike.
// Prints medians of wall time and of CPU time (user + sys, from /usr/bin/time),
// and each variant against the first. Not a test.
//
// BENCH_RUNS=N: runs of each variant in each scenario (default 3).
// BENCH_VARIANTS: a JSON list of [name, env] (default: all on, all speed-ups
// off, each speed-up off alone). BENCH_SCENARIOS: parts of the names of the
// scenarios to run, comma-separated (default all).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = join(root, 'bin/toolkit.js');
const runs = Number(process.env.BENCH_RUNS ?? 3);
// BENCH_RUNS_ALL=N: fewer runs for the slow `build --all --force` (default BENCH_RUNS).
const runsAll = Number(process.env.BENCH_RUNS_ALL ?? runs);
const { RUN_TIME } = await import(join(root, 'dist/src/patches/all.js'));
const speedups = RUN_TIME.filter((p) => p.kind === 'speed-up').map((p) => p.name);
const variants = process.env.BENCH_VARIANTS
  ? JSON.parse(process.env.BENCH_VARIANTS)
  : [['all on', {}], ['speed-ups off', { TOOLKIT_RENDER_SPEEDUPS: 'off' }], ...speedups.map((n) => [`${n} off`, { TOOLKIT_RENDER_SPEEDUPS: `off=${n}` }])];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Each variant its own data and output folder: one variant's caches never serve another.
const places = variants.map(([name, env]) => {
  const data = mkdtempSync(join(tmpdir(), 'toolkit-switch-data-'));
  cpSync(join(root, 'data'), data, { recursive: true });
  const out = mkdtempSync(join(tmpdir(), 'toolkit-switch-out-'));
  // The cold builds write elsewhere: they would leave the built toolkit other than a no-op expects.
  const cold = mkdtempSync(join(tmpdir(), 'toolkit-switch-cold-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'toolkit-switch-cache-'));
  return { name, env: { ...process.env, TOOLKIT_CACHE_DIR: cacheDir, ...env }, data, out, cold, cacheDir };
});
const cardFile = (p) => join(p.data, 'packages/08-hoort-het-of-helpt-het.yaml');
const original = readFileSync(join(root, 'data/packages/08-hoort-het-of-helpt-het.yaml'), 'utf8');
const editCard = (p, i) => {
  const doc = parseDocument(original);
  doc.setIn(['cards', 0, 'title'], `${doc.getIn(['cards', 0, 'title'])} ${i}`);
  writeFileSync(cardFile(p), doc.toString());
};

function cli(p, args) {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S', process.execPath, bin, ...args, '--data', p.data], { encoding: 'utf8', env: p.env, maxBuffer: 1 << 26 });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${p.name}: toolkit ${args.join(' ')}: ${r.stderr}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]) };
}

// In one process, after a first render, the cards of package 8 (as bench.mjs); prints the median in ms.
const warmScript = `
const dist = ${JSON.stringify(join(root, 'dist/src'))};
const { loadProject } = await import(dist + '/model/load.js');
const { makeKaarten } = await import(dist + '/outputs/kinds/kaarten/make.js');
const { sheetStamps } = await import(dist + '/render/stamps.js');
const project = loadProject(process.argv[1]);
const pkg = project.packages.find((p) => p.number === 8);
const ctx = { toolkit: project.toolkit, date: new Date(0), stamps: sheetStamps };
await makeKaarten(ctx, pkg);
const t = [];
for (let i = 0; i < 10; i++) { const t0 = performance.now(); await makeKaarten(ctx, { ...pkg, cards: pkg.cards.map((c) => ({ ...c, text: c.text + ' ' + i })) }); t.push(performance.now() - t0); }
console.log(t.sort((a, b) => a - b)[5] / 1000);`;

const scenarios = [
  ['cold build --package 8 --only werkblad --force', (p) => cli(p, ['build', '--package', '8', '--only', 'werkblad', '--force', '--quiet', '--out', p.cold])],
  ['cold build --package 8 --force', (p) => cli(p, ['build', '--package', '8', '--force', '--quiet', '--out', p.cold])],
  ['cold build --all --force', (p) => cli(p, ['build', '--all', '--force', '--quiet', '--out', p.cold])],
  ['no-op build --all', (p) => cli(p, ['build', '--all', '--quiet', '--out', p.out])],
  ['rebuild --all after editing one card', (p, i) => (editCard(p, i), cli(p, ['build', '--all', '--quiet', '--out', p.out]))],
  ['new session 8, 12 people (package built)', (p, i) => cli(p, ['session', '--package', '8', '--participants', '12', '--title', `Bench ${i}`, '--quiet', '--out', p.out])],
  ['warm session 8, 12 people (nothing to do)', (p) => cli(p, ['session', '--package', '8', '--participants', '12', '--title', 'Bench', '--quiet', '--out', p.out])],
  ['check, again (nothing changed)', (p) => cli(p, ['check'])],
  ['warm: render and impose package 8\'s cards', (p) => ({ wall: Number(execFileSync(process.execPath, ['--input-type=module', '-e', warmScript, p.data], { env: p.env, encoding: 'utf8' })), cpu: NaN })],
].filter(([name]) => !process.env.BENCH_SCENARIOS || process.env.BENCH_SCENARIOS.split(',').some((s) => name.includes(s)));

// What the later scenarios start from: everything built once, the session made once, checked once.
const needsBuilt = scenarios.some(([name]) => /no-op|rebuild|session|check/.test(name));
for (const p of needsBuilt ? places : []) {
  cli(p, ['build', '--all', '--quiet', '--out', p.out]);
  cli(p, ['session', '--package', '8', '--participants', '12', '--title', 'Bench', '--quiet', '--out', p.out]);
  cli(p, ['check']);
}

console.log(`bench-switches: ${runs} runs each, medians (s), ${new Date().toISOString()}`);
for (const [scenario, run] of scenarios) {
  const times = new Map(places.map((p) => [p.name, { wall: [], cpu: [] }]));
  for (let i = 0; i < (scenario.includes('--all --force') ? runsAll : runs); i++) {
    // A different order each run: no variant always runs first, or right after the same one.
    for (const p of places.map((_, k) => places[(k + i) % places.length])) {
      const t = run(p, i);
      times.get(p.name).wall.push(t.wall);
      times.get(p.name).cpu.push(t.cpu);
    }
  }
  const base = times.get(places[0].name);
  const pct = (a, b) => `${a >= b ? '+' : ''}${((100 * (a - b)) / b).toFixed(0)} %`;
  console.log(`\n${scenario}`);
  console.log('variant'.padEnd(34), 'wall'.padStart(7), 'vs first'.padStart(9), 'cpu'.padStart(7), 'vs first'.padStart(9), '  wall runs');
  for (const [name, t] of times) {
    const [w, c] = [median(t.wall), median(t.cpu)];
    console.log(name.padEnd(34), w.toFixed(2).padStart(7), pct(w, median(base.wall)).padStart(9), (Number.isNaN(c) ? '' : c.toFixed(2)).padStart(7), (Number.isNaN(c) ? '' : pct(c, median(base.cpu))).padStart(9), ' ', t.wall.map((x) => x.toFixed(2)).join(' '));
  }
}
for (const p of places) for (const d of [p.data, p.out, p.cold, p.cacheDir]) rmSync(d, { recursive: true, force: true });
