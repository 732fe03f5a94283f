import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromData, type BuildOptions } from '../src/index.js';
import { codeFingerprint } from '../src/plan/fingerprint.js';
import { keptDir } from './globalSetup.js';
import { dataDir, smallData, tmp } from './helpers.js';

/**
 * Random sequences of edits, reverts, selections, SOURCE_DATE_EPOCH and --data
 * changes (and a damaged file now and then) into one output folder: after each
 * build every output it names must be byte-identical to a --force build of the
 * same state. Seeded, so a failure can be replayed: PROPERTY_SEED=n.
 * Two packages of two themes, each alone in its theme, keep each build small.
 */
const SEED = Number(process.env.PROPERTY_SEED ?? 20261201);
const SEQUENCES = Number(process.env.PROPERTY_SEQUENCES ?? 4);
const STEPS = Number(process.env.PROPERTY_STEPS ?? 8);
const A = '08-hoort-het-of-helpt-het'; // theme C
const B = '14-de-volgende-stap'; // theme E
const NUMBERS = [8, 14];

// Each toggles: applied again, it reverts. Each text is once in its file, so an edit changes what its comment says.
const EDITS: [file: string, from: string, to: string][] = [
  [A, 'Welke taak deed je deze week', 'Welke taak deed je vorige week'], // a question
  [A, 'Je laatste taak', 'Je allerlaatste taak'], // a card
  [B, 'Welke stap hebben jullie sinds', 'Welke kleine stap hebben jullie sinds'], // a question
  [B, 'als gelijken aan tafel', 'als gelijken aan één tafel'], // a werkplaat
  [B, 'Lees de twee uitspraken uit de inleiding', 'Lees de twee zinnen uit de inleiding'], // the draaiboek
];
// Overlapping selections, mostly of the cheap werkblad: what one writes, another must not trust blindly.
const SELECTIONS: Partial<BuildOptions>[] = [
  { packages: [14], only: ['werkblad'] },
  { packages: [8, 14], only: ['werkblad'] },
  { packages: [8], only: ['werkblad', 'kaarten'] },
  { themes: ['E'] },
];
// Weights of the steps: edit, revert, select, epoch, data, damage.
const OPS = [3, 1, 3, 2, 2, 1].flatMap((w, op) => Array<number>(w).fill(op));
const EPOCHS = [undefined, '1700000000', '1800000000'];

function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

const digest = (dir: string) => {
  const h = createHash('sha256');
  for (const f of [join(dir, 'toolkit.yaml'), ...[A, B].map((p) => join(dir, 'packages', `${p}.yaml`))]) h.update(readFileSync(f));
  return h.digest('hex');
};

function pdfs(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf') && !f.startsWith('.'));
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * The forced builds are kept between runs, by the code that made them (its fingerprint: sources,
 * fonts, locked libraries) and what they were made of: a second run of the same code builds no
 * reference again. Each kept file is checked against the hash recorded with it; a reference of
 * other code is removed.
 */
const keptRefs = keptDir('property-refs');
const ownRefs = join(keptRefs, codeFingerprint().slice(0, 16));

async function forcedBuild(data: string, sel: Partial<BuildOptions>, state: string): Promise<{ dir: string; files: string[] }> {
  const key = createHash('sha256').update(JSON.stringify([state, sel, process.env.TOOLKIT_RENDER_SPEEDUPS ?? ''])).digest('hex').slice(0, 32);
  const dir = join(ownRefs, key);
  try {
    const recorded = JSON.parse(readFileSync(join(dir, 'files.json'), 'utf8')) as Record<string, string>;
    if (Object.entries(recorded).every(([f, h]) => sha(join(dir, f)) === h)) return { dir, files: Object.keys(recorded).sort() };
  } catch {
    // not kept yet, or damaged: made again below
  }
  mkdirSync(ownRefs, { recursive: true });
  const made = mkdtempSync(join(ownRefs, '.made-'));
  await buildFromData(data, { ...sel, outDir: made, force: true });
  const files = pdfs(made).sort();
  writeFileSync(join(made, 'files.json'), JSON.stringify(Object.fromEntries(files.map((f) => [f, sha(join(made, f))]))));
  rmSync(dir, { recursive: true, force: true });
  renameSync(made, dir);
  return { dir, files };
}

describe('property: an incremental build equals a forced build of the same state', () => {
  it('edits the texts it says it edits', () => {
    for (const [p, from] of EDITS) expect(readFileSync(join(dataDir, 'packages', `${p}.yaml`), 'utf8').split(from).length, from).toBe(2);
  });

  it(`${SEQUENCES} seeded sequences of ${STEPS} steps (seed ${SEED})`, async () => {
    const epoch = process.env.SOURCE_DATE_EPOCH;
    // Forced builds by state of the sources and SOURCE_DATE_EPOCH, each with the files it made. A file is the
    // same whichever selection makes it, so one forced build serves every selection whose files it holds.
    const refs = new Map<string, { dir: string; files: string[] }[]>();
    // The files each selection makes: edits change no file's name.
    const filesOf = new Map<Partial<BuildOptions>, string[]>();
    const pick = rng(SEED);
    mkdirSync(keptRefs, { recursive: true });
    for (const other of readdirSync(keptRefs, { withFileTypes: true }).filter((e) => join(keptRefs, e.name) !== ownRefs)) rmSync(join(keptRefs, other.name), { recursive: true, force: true });
    try {
      for (let seq = 0; seq < SEQUENCES; seq++) {
        const datas = [smallData(NUMBERS), smallData(NUMBERS)];
        const out = tmp('toolkit-prop-out-');
        let data = 0;
        let sel = SELECTIONS[pick(SELECTIONS.length)]!;
        const log: string[] = [];
        for (let step = 0; step < STEPS; step++) {
          const dir = datas[data]!;
          const op = OPS[pick(OPS.length)];
          if (op === 0) {
            const [p, from, to] = EDITS[pick(EDITS.length)]!;
            const f = join(dir, 'packages', `${p}.yaml`);
            const s = readFileSync(f, 'utf8');
            const t = s.includes(from) ? s.replace(from, to) : s.replace(to, from);
            expect(t, `${p}: ${from}`).not.toBe(s);
            writeFileSync(f, t);
            log.push(`edit ${p} "${from}"`);
          } else if (op === 1) {
            const p = [A, B][pick(2)]!;
            cpSync(join(dataDir, 'packages', `${p}.yaml`), join(dir, 'packages', `${p}.yaml`));
            log.push(`revert ${p}`);
          } else if (op === 2) {
            sel = SELECTIONS[pick(SELECTIONS.length)]!;
            log.push(`select ${JSON.stringify(sel)}`);
          } else if (op === 3) {
            const e = EPOCHS[pick(EPOCHS.length)];
            if (e === undefined) delete process.env.SOURCE_DATE_EPOCH;
            else process.env.SOURCE_DATE_EPOCH = e;
            log.push(`SOURCE_DATE_EPOCH=${e ?? ''}`);
          } else if (op === 4) {
            data = 1 - data;
            log.push(`--data ${data}`);
          } else {
            const files = pdfs(out);
            if (files.length) {
              const f = join(out, files[pick(files.length)]!);
              const bytes = readFileSync(f);
              bytes.fill(0, bytes.length >> 1, (bytes.length >> 1) + 64);
              writeFileSync(f, bytes);
              log.push(`damage ${relative(out, f)}`);
            }
          }
          const state = JSON.stringify([digest(datas[data]!), process.env.SOURCE_DATE_EPOCH ?? '']);
          const r = await buildFromData(datas[data]!, { ...sel, outDir: out });
          expect(r.failed, log.join('; ')).toEqual([]);
          const forced = refs.get(state) ?? [];
          refs.set(state, forced);
          const want = filesOf.get(sel);
          let ref = want && forced.find((f) => want.every((w) => f.files.includes(w)))?.dir;
          if (!ref) {
            const made = await forcedBuild(datas[data]!, sel, state);
            forced.push(made);
            filesOf.set(sel, made.files);
            ref = made.dir;
          }
          const named = [...r.written, ...r.unchanged].map((w) => relative(out, w.path));
          expect(named.sort(), log.join('; ')).toEqual(filesOf.get(sel));
          for (const f of named) expect(readFileSync(join(out, f)).equals(readFileSync(join(ref, f))), `seed ${SEED}, sequence ${seq}: ${log.join('; ')}: ${f}`).toBe(true);
        }
        rmSync(out, { recursive: true, force: true });
      }
    } finally {
      if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = epoch;
    }
  }, 180_000);
});
