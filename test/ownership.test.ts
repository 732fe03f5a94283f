import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildFromData, type BuildOptions } from '../src/index.js';
import { mailMaterials } from '../src/mail/mail.js';
import { runSession, type SessionOptions } from '../src/outputs/session/runner.js';
import { buildSite } from '../src/outputs/site/build.js';
import { keptByCode, smallData, tmp } from './helpers.js';

/**
 * One output folder, four command families: random sequences of `build`
 * (subsets), `site`, `session`, `mail` and edits. After every step each
 * family's files that should exist (the site of the last `site`, every
 * session folder, every draft) are there with the bytes their command wrote,
 * and those equal a fresh run of the same state in an empty folder. Seeded:
 * OWNERSHIP_SEED=n replays a failure; OWNERSHIP_SEQUENCES=n runs more of them.
 *
 * Every sequence starts the same way, with `site` into an empty folder: the
 * first sequence makes it (and compares it with the fresh reference), the
 * others start from a copy of that folder, so the seconds a site costs from
 * nothing are spent once, not once per sequence. Its `site` step then runs
 * again over what is there, and must leave it as the fresh reference.
 */
const SEED = Number(process.env.OWNERSHIP_SEED ?? 20261207);
const SEQUENCES = Number(process.env.OWNERSHIP_SEQUENCES ?? 3);
const STEPS = Number(process.env.OWNERSHIP_STEPS ?? 8);
const A = '08-hoort-het-of-helpt-het';
const EDIT: [string, string] = ['Je laatste taak', 'Je allerlaatste taak']; // a card of package 8: every family shows it
// One package keeps each step small (the site's previews cost most); the selections still differ in what they plan.
const SELECTIONS: Partial<BuildOptions>[] = [{ packages: [8] }, { packages: [8], only: ['werkblad'] }, { themes: ['C'] }, {}];
const SESSIONS: Omit<SessionOptions, 'outDir' | 'dataDir'>[] = [
  { packages: [8], participants: 4, printer: 'a3', date: '2027-01-14' },
  { packages: [8], participants: 12, printer: 'a4', date: '2027-01-14' }, // the same folder, on A4: its A3 job goes
  { packages: [8], participants: 6, printer: 'a4', date: '2027-02-01', title: 'Tweede ronde' },
];
const MAILS: { packages?: number[]; themes?: string[] }[] = [{ packages: [8] }, { themes: ['C'] }];
const NOW = new Date('2027-01-10T09:00:00Z');

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

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const filesUnder = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(join(dir, f)).isFile())
        .sort()
    : [];
const snapshot = (dir: string) => new Map(filesUnder(dir).map((f) => [f, sha(join(dir, f))]));

/** A draft as a reader sees it: subject, text and each attachment's bytes; not its random Message-ID and boundaries. */
async function readDraft(file: string) {
  const m = await simpleParser(readFileSync(file));
  return { subject: m.subject, text: m.text, attachments: m.attachments.map((a) => [a.filename, createHash('sha256').update(a.content).digest('hex')]) };
}

describe('property: no command deletes or changes what another command wrote', () => {
  it(`${SEQUENCES} seeded sequences of ${STEPS} steps of build, site, session, mail and edits (seed ${SEED})`, async () => {
    const pick = rng(SEED);
    const epoch = process.env.SOURCE_DATE_EPOCH;
    delete process.env.SOURCE_DATE_EPOCH;
    try {
      // One data folder for every sequence, its card put back at the start of each.
      const data = smallData([8]);
      const card = join(data, 'packages', `${A}.yaml`);
      const original = readFileSync(card, 'utf8');
      const toolkitYaml = readFileSync(join(data, 'toolkit.yaml'), 'utf8');
      // What a fresh reference is made of: the sources as they are now (the kept ones are made once per code and data).
      const state = () => createHash('sha256').update(toolkitYaml).update('\0').update(readFileSync(card)).digest('hex');
      let start: string | undefined; // the folder after the first sequence's first step
      for (let seq = 0; seq < SEQUENCES; seq++) {
        writeFileSync(card, original);
        const out = tmp('toolkit-own-out-');
        if (start) cpSync(start, out, { recursive: true, preserveTimestamps: true });
        const log: string[] = [];
        // What each family wrote last, by the folder (or file) it owns: these must stay as they are.
        let site: Map<string, string> | undefined;
        const sessions = new Map<string, Map<string, string>>();
        const drafts = new Map<string, string>();
        const edited = () => readFileSync(card, 'utf8').includes(EDIT[1]);

        for (let step = 0; step < STEPS; step++) {
          // Each sequence starts with the site: what every later step could destroy.
          const op = step === 0 ? 2 : pick(5);
          const where = () => `seed ${SEED}, sequence ${seq}: ${log.join('; ')}`;
          if (op === 0) {
            const s = readFileSync(card, 'utf8');
            writeFileSync(card, edited() ? s.replace(EDIT[1], EDIT[0]) : s.replace(EDIT[0], EDIT[1]));
            log.push('edit');
          } else if (op === 1) {
            const sel = SELECTIONS[pick(SELECTIONS.length)]!;
            log.push(`build ${JSON.stringify(sel)}`);
            const r = await buildFromData(data, { ...sel, outDir: out });
            expect(r.failed, where()).toEqual([]);
          } else if (op === 2) {
            log.push('site');
            const r = await buildSite(data, { outDir: out });
            expect(r.result.failed, where()).toEqual([]);
            site = snapshot(join(out, 'site'));
            const fresh = await keptByCode('ownership-site', [state()], async (dir) => {
              const f = await buildSite(data, { outDir: dir });
              expect(f.result.failed).toEqual([]);
            });
            expect(site, where()).toEqual(snapshot(join(fresh, 'site')));
            if (!start) {
              start = tmp('toolkit-own-start-');
              cpSync(out, start, { recursive: true, preserveTimestamps: true });
            }
          } else if (op === 3) {
            const s = SESSIONS[pick(SESSIONS.length)]!;
            log.push(`session ${JSON.stringify(s)}`);
            const r = await runSession({ ...s, outDir: out, dataDir: data });
            expect(r.failed, where()).toEqual([]);
            const dir = relative(out, r.dir);
            sessions.set(dir, snapshot(r.dir));
            const fresh = await keptByCode('ownership-session', [state(), s], async (d) => {
              const f = await runSession({ ...s, outDir: d, dataDir: data });
              expect(f.failed).toEqual([]);
            });
            expect(sessions.get(dir), where()).toEqual(snapshot(join(fresh, dir)));
          } else {
            const what = MAILS[pick(MAILS.length)]!;
            log.push(`mail ${JSON.stringify(what)}`);
            const m = await mailMaterials({ to: ['piet@example.org'], ...what, outDir: out, dataDir: data, now: NOW });
            expect(m.status, where()).toBe('written');
            const path = (m as { path: string }).path;
            const draft = relative(out, path);
            drafts.set(draft, sha(path));
            // The same mail from an empty folder: its draft alone is kept.
            const fresh = await keptByCode('ownership-mail', [state(), what], async (d) => {
              const freshOut = tmp('toolkit-own-mail-');
              const f = await mailMaterials({ to: ['piet@example.org'], ...what, outDir: freshOut, dataDir: data, now: NOW });
              expect(f.status).toBe('written');
              mkdirSync(join(d, dirname(draft)), { recursive: true });
              copyFileSync((f as { path: string }).path, join(d, draft));
              rmSync(freshOut, { recursive: true, force: true });
            });
            expect(await readDraft(path), where()).toEqual(await readDraft(join(fresh, draft)));
          }

          // Every family's files, as their own command last left them.
          if (site) expect(snapshot(join(out, 'site')), `the site after ${where()}`).toEqual(site);
          for (const [dir, files] of sessions) expect(snapshot(join(out, dir)), `${dir} after ${where()}`).toEqual(files);
          for (const [file, h] of drafts) expect(existsSync(join(out, file)) && sha(join(out, file)), `${file} after ${where()}`).toBe(h);
        }
        if (process.env.OWNERSHIP_LOG) console.log(log.join("; "));
        // Each family was seen: a sequence that never ran one proves nothing about it.
        expect(log.filter((l) => /^(site|session|mail)/.test(l)).length, log.join('; ')).toBeGreaterThan(0);
        rmSync(out, { recursive: true, force: true });
      }
      rmSync(data, { recursive: true, force: true });
      if (start) rmSync(start, { recursive: true, force: true });
    } finally {
      if (epoch !== undefined) process.env.SOURCE_DATE_EPOCH = epoch;
    }
    // The first run of new code makes the fresh references (kept after that): a site and a few sessions.
  }, 300_000);
});
