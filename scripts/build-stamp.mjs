#!/usr/bin/env node
// Makes `npm test` compile only when something it compiles from changed, as make would:
//   begin   (first step of `npm run build`) records the hash of the inputs it starts from;
//   end     (last step, after every step succeeded) marks dist/ as made from them;
//   ensure  (`npm test`) runs `npm run build` unless dist/ was made from the inputs as they are now.
// The inputs are hashed by content, not by time: a checkout that only touched files
// compiles nothing, and an edit made during a build is seen by the next `ensure`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, 'dist');
const stamp = join(dist, 'built-from.sha256');
const pending = `${stamp}.pending`;
/** What `npm run build` reads: our code, its build scripts and settings, and the installed libraries (by the lock file). */
const inputs = ['src', 'templates', 'scripts', 'tsconfig.json', 'package.json', 'package-lock.json'];
/** What `npm run build` writes; each must be there for dist/ to count as made. */
const outputs = ['dist/src/index.js', 'dist/renderer.cjs', 'dist/renderer.json', 'dist/vendor/react-pdf-layout.js'];

function inputsHash() {
  const h = createHash('sha256');
  const add = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) add(join(path, name));
    else h.update(`${relative(root, path)}\0`).update(readFileSync(path)).update('\0');
  };
  inputs.forEach((p) => add(join(root, p)));
  return h.digest('hex');
}

const mode = process.argv[2];
if (mode === 'begin') {
  mkdirSync(dist, { recursive: true });
  rmSync(stamp, { force: true }); // a build that stops half-way leaves dist/ unmarked
  writeFileSync(pending, inputsHash());
} else if (mode === 'end') {
  renameSync(pending, stamp);
} else if (mode === 'ensure') {
  const made = existsSync(stamp) && outputs.every((p) => existsSync(join(root, p))) ? readFileSync(stamp, 'utf8') : undefined;
  if (made && made === inputsHash()) {
    // The compiled code is that of these sources, even where a checkout gave them newer times:
    // say so to src/run/staleCode.ts, which compares times.
    const now = new Date();
    outputs.forEach((p) => utimesSync(join(root, p), now, now));
    console.log('dist/ is gemaakt van de code zoals die nu is: niet opnieuw gecompileerd.');
  } else {
    const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
} else {
  console.error('gebruik: node scripts/build-stamp.mjs begin|end|ensure');
  process.exit(2);
}
