#!/usr/bin/env node
// `npm run bench` of two builds of the toolkit in one run, alternating: this
// checkout and another (an older commit, built, in its own `git worktree`):
//   node scripts/bench-compare.mjs /path/to/old/worktree
// Runs scripts/bench.mjs (this one, for both) ROUNDS times for each build, old
// and new in turn, BENCH_RUNS runs a scenario each time (default 1), and prints
// for every scenario the median over all of its runs, old and new. Not a test.
// BENCH_DATA=<folder> times both on the same data (else each on its own data/): like for like,
// where the content changed between the two commits and both still read it.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const old = process.argv[2] && resolve(process.argv[2]);
if (!old) {
  console.error('usage: node scripts/bench-compare.mjs <folder of the old build>');
  process.exit(2);
}
const rounds = Number(process.env.ROUNDS ?? 3);
const builds = [['old', old], ['new', here]];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** scenario -> build -> every run, in seconds */
const seen = new Map();

for (let round = 0; round < rounds; round++) {
  // Old first in one round, new first in the next.
  for (const [name, root] of round % 2 ? [...builds].reverse() : builds) {
    const r = spawnSync(process.execPath, [join(here, 'scripts/bench.mjs')], { encoding: 'utf8', env: { BENCH_RUNS: '1', BENCH_SITE_RUNS: '1', ...process.env, BENCH_ROOT: root }, maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`bench of ${name} failed: ${r.stderr}`);
    for (const line of r.stdout.split('\n')) {
      // "name   median 1.23 s   (... runs: 1.20 1.23)" or "... median 140 ms ... runs: 130 140)"
      const m = /^(.+?)\s{2,}(?:median )?([\d.]+) (s|ms|MB)\b(?:.*runs: ([\d. ]+)\))?/.exec(line);
      if (!m) continue;
      const unit = m[3];
      const values = (m[4] ? m[4].trim().split(/\s+/) : [m[2]]).map(Number).map((v) => (unit === 'ms' ? v / 1000 : v));
      const key = `${m[1].trim()} [${unit === 'MB' ? 'MB' : 's'}]`;
      if (!seen.has(key)) seen.set(key, { old: [], new: [] });
      seen.get(key)[name].push(...values);
    }
  }
  console.error(`round ${round + 1} of ${rounds} done`);
}

console.log(`bench-compare: ${rounds} rounds, old ${old} against new ${here}, ${new Date().toISOString()}`);
console.log(`${'scenario'.padEnd(52)} ${'old'.padStart(8)} ${'new'.padStart(8)} ${'change'.padStart(8)}   runs old | new`);
for (const [key, t] of seen) {
  const [a, b] = [median(t.old), median(t.new)];
  const fmt = (x) => (key.endsWith('[MB]') ? x.toFixed(0) : x.toFixed(3));
  console.log(`${key.padEnd(52)} ${fmt(a).padStart(8)} ${fmt(b).padStart(8)} ${`${b >= a ? '+' : ''}${((100 * (b - a)) / a).toFixed(0)} %`.padStart(8)}   ${t.old.map(fmt).join(' ')} | ${t.new.map(fmt).join(' ')}`);
}
