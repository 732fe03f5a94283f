import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromData, type BuildOptions } from '../src/index.js';
import { dataDir, keptByCode, smallData, tmp } from './helpers.js';

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
            // Kept between runs of the same code (keptByCode): a second run makes no forced build again.
            const from = datas[data]!;
            ref = await keptByCode('property-refs', [state, sel, process.env.TOOLKIT_RENDER_SPEEDUPS ?? ''], (dir) => buildFromData(from, { ...sel, outDir: dir, force: true }));
            const files = pdfs(ref).sort();
            forced.push({ dir: ref, files });
            filesOf.set(sel, files);
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
