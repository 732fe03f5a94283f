import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { prunePoppler } from './poppler.js';

/** What a run of the CLI printed, and its exit code. */
export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** An output folder holding `build --all` of the shipped data: read it, never write to it. */
    built: string;
    /** An output folder holding `toolkit site` of packages SITE_PACKAGES of the shipped data (the site in site/): read only. */
    site: string;
  }
}

/** The packages of the shared site (by file name prefix): two themes, every kind of page and file, built in seconds. */
export const SITE_PACKAGES = ['08-', '15-'];

const root = join(import.meta.dirname, '..');

/** The CLI as a user runs it (bin/toolkit.js in a process of its own). */
function toolkit(args: string[], cwd: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/toolkit.js'), ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A quiet build (or `site`, given as the command) that must succeed; fails with the CLI's own words. */
async function build(args: string[], out: string, cwd: string, command = 'build'): Promise<void> {
  const r = await toolkit([command, ...args, '--quiet', '--out', out], cwd);
  if (r.code !== 0 || r.stderr) throw new Error(`${command} ${args.join(' ')} into ${out}: exit ${r.code}\n${r.stderr}`);
}

/** `dir` made a data folder: the shipped toolkit.yaml and the packages whose file names start with one of `prefixes`. */
export function someDataIn(dir: string, prefixes: string[]): string {
  mkdirSync(join(dir, 'packages'), { recursive: true });
  cpSync(join(root, 'data', 'toolkit.yaml'), join(dir, 'toolkit.yaml'));
  for (const p of prefixes) {
    const file = readdirSync(join(root, 'data', 'packages')).find((f) => f.startsWith(p));
    if (!file) throw new Error(`no package ${p} in data/packages`);
    cpSync(join(root, 'data', 'packages', file), join(dir, 'packages', file));
  }
  return dir;
}

/** Every file under a folder with a hash of its bytes: what a test must leave as it found it. */
function contents(dir: string): string {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();
  return files.map((f) => `${f} ${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}`).join('\n');
}

/**
 * The full build is kept between runs, one per Node version, and brought up
 * to date by the build itself, as a user's `out/` is: its cache checks every
 * file it keeps against the hash it recorded, and any change of the code, the
 * fonts, the locked libraries or the data rebuilds what it touches. Nothing
 * changed since the last run, it costs a no-op build.
 */
/** Where a test output kept between runs lives: one folder per name and Node version. */
export const keptDir = (name: string) => join(root, 'node_modules', '.cache', 'toolkit-tests', `${name}-node-${process.version}`);
const kept = keptDir('build-all');
/** The same, for the site of SITE_PACKAGES: the site's own cache keeps its pages and previews up to date. */
const keptSite = keptDir('site');

/**
 * Made before any test file runs, for the tests that only read: the full
 * build of the shipped data (kept, above) on one core, and on the other the
 * site of SITE_PACKAGES (kept too; from a fresh copy of their files each run,
 * which the site's cache knows by content; batch.test.ts compares its PDFs
 * with the full build's, made from the data elsewhere). What only one file
 * reads (the check of the shipped data) that file makes itself, beside the
 * other files' tests. A test that edits or rebuilds copies what it
 * needs first (helpers.ts: ownBuild, smallData).
 */
export default async function setup(project: TestProject) {
  prunePoppler();
  const out = kept;
  mkdirSync(out, { recursive: true });
  const siteData = mkdtempSync(join(tmpdir(), 'toolkit-shared-sitedata-'));
  const cleanup = () => rmSync(siteData, { recursive: true, force: true });
  // A run that failed in the middle of it, or whose tests wrote into it, starts the next one afresh.
  const discard = () => [out, keptSite].forEach((d) => rmSync(d, { recursive: true, force: true }));
  someDataIn(siteData, SITE_PACKAGES);
  try {
    await Promise.all([build(['--all'], out, root), build(['--data', siteData], keptSite, root, 'site')]);
  } catch (e) {
    cleanup();
    discard();
    // Said here too: with fsModuleCache, vitest 4.1 fails while it prints an error from globalSetup
    // ("code.charCodeAt is not a function") and the reason is lost.
    console.error((e as Error).message);
    throw e;
  }
  project.provide('built', out);
  project.provide('site', keptSite);
  const shared = [out, keptSite];
  const before = shared.map(contents);
  return () => {
    const changed = shared.filter((d, i) => contents(d) !== before[i]);
    cleanup();
    if (!changed.length) return;
    discard();
    // vitest reports an error thrown here but still exits 0: fail the run itself.
    process.exitCode = 1;
    throw new Error(`a test wrote into the shared build (${changed.join(', ')}): copy it first (helpers.ts: ownBuild, ownSite)`);
  };
}
