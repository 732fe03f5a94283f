import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject, plan, runPlan, type BuildEvent, type Job, type Package, type Project } from '../src/index.js';
import { knownGroups } from '../src/plan/plan.js';
import { siteGroup, siteJobs } from '../src/outputs/site/jobs.js';
import { copyData, dataDir, tmp } from './helpers.js';

const project = loadProject(dataDir, dataDir);
const fingerprints = (p: Project, opts = {}) => new Map(plan(p, opts).map((j) => [j.id, j.fingerprint]));
/** The project with package 8 changed by `change`: a copy, the loaded one stays as it is. */
function with8(change: (pkg: Package) => Package): Project {
  return { ...project, packages: project.packages.map((p) => (p.number === 8 ? change(structuredClone(p)) : p)) };
}

describe('plan', () => {
  it('--theme C plans each package of C, then its bundle, which needs the jobs of the files it holds (not the slides or the fillable werkblad)', () => {
    const jobs = plan(project, { themes: ['C'] });
    const members = project.packages.filter((p) => p.theme.id === 'C');
    const bundle = jobs.find((j) => j.id === 'bundel:C')!;
    const packageJobs = jobs.filter((j) => j.group && members.some((p) => p.id === j.group));
    expect(packageJobs.map((j) => j.id)).toEqual(members.flatMap((p) => ['draaiboek', 'werkblad', 'werkplaten', 'kaarten', 'presentatie', 'invulbaar'].map((k) => `${k}:${p.id}`)));
    expect(bundle.needs).toEqual(['omslag:C', ...packageJobs.filter((j) => !/^(presentatie|invulbaar):/.test(j.id)).map((j) => j.id)]);
    expect(bundle.outputs).toEqual(['thema-C-ambtelijk-vakmanschap-bundel.pdf']);
    // Every job comes after the jobs it needs; no guide or overview for one theme.
    const seen = new Set<string>();
    for (const j of jobs) {
      for (const n of j.needs) expect(seen.has(n), `${j.id} needs ${n}`).toBe(true);
      seen.add(j.id);
    }
    expect(jobs.some((j) => j.id === 'overzicht' || j.id === 'gebruiksaanwijzer')).toBe(false);
    // The four print kinds alone still make the bundle; fewer do not.
    expect(plan(project, { themes: ['C'], only: ['draaiboek', 'werkblad', 'werkplaten', 'kaarten'] }).some((j) => j.id === 'bundel:C')).toBe(true);
    expect(plan(project, { themes: ['C'], only: ['werkblad', 'werkplaten', 'kaarten'] }).some((j) => j.id === 'bundel:C')).toBe(false);
    expect(new Set(jobs.map((j) => j.id)).size).toBe(jobs.length);
  });

  it('a theme without packages gets no bundle, and a bundle of a theme that lost its packages is removed, on the site too', () => {
    // Package 8 alone: theme C has a package, the other five have none.
    const only8 = { ...project, packages: project.packages.filter((p) => p.number === 8) };
    const bundles = plan(only8).filter((j) => j.id.startsWith('bundel:'));
    expect(bundles.map((j) => j.outputs[0])).toEqual(['thema-C-ambtelijk-vakmanschap-bundel.pdf']);
    expect(plan(only8, { themes: ['A'] })).toEqual([]);
    // The groups a build keeps: the others' bundles, recorded by an earlier build, are of something gone.
    const known = knownGroups(only8);
    expect([...known].filter((g) => g.endsWith('-bundel.pdf'))).toEqual(['thema-C-ambtelijk-vakmanschap-bundel.pdf']);
    // The site's copy and previews of a bundle are in the bundle's own site group, removed with it.
    const jobs = plan(only8);
    const producers = new Map(jobs.flatMap((j) => j.outputs.map((o) => [o, j.id] as const)));
    const site = siteJobs(only8, (p) => producers.get(p)).filter((j) => j.outputs.some((o) => o.includes('-bundel')));
    expect(site.length).toBeGreaterThan(0);
    for (const j of site) expect(j.group, j.id).toBe(siteGroup('thema-C-ambtelijk-vakmanschap-bundel.pdf'));
  });

  it('--only werkblad plans no bundles; --all plans every file a build writes, each once', () => {
    expect(plan(project, { themes: ['C'], only: ['werkblad'] }).every((j) => j.id.startsWith('werkblad:'))).toBe(true);
    const outputs = plan(project).filter((j) => !j.intermediate).flatMap((j) => j.outputs);
    expect(new Set(outputs).size).toBe(outputs.length);
    expect(outputs.filter((o) => o.endsWith('-bundel.pdf')).length).toBe(project.toolkit.themes.length);
    expect(outputs).toContain('overzicht-A4.pdf');
  });

  it("a job's fingerprint changes with its own content only", () => {
    const before = fingerprints(project);
    const P8 = project.packages.find((p) => p.number === 8)!.id;
    const changed = (p: Project) => [...fingerprints(p)].filter(([id, f]) => before.get(id) !== f).map(([id]) => id).sort();

    const card = with8((p) => ((p.cards[0]!.text += ' nu'), p));
    expect(changed(card)).toEqual([`kaarten:${P8}`]);
    const question = with8((p) => ((p.questions[0] += ' nu'), p));
    // The cover shows how many questions, not which; the slides and the fillable werkblad show them.
    expect(changed(question)).toEqual([`invulbaar:${P8}`, `presentatie:${P8}`, `werkblad:${P8}`]);
    const title = with8((p) => ((p.werkplaten[0]!.title += ' nu'), p));
    expect(changed(title)).toEqual([`draaiboek:${P8}`, `werkplaten:${P8}`, `presentatie:${P8}`, 'omslag:C', 'overzicht'].sort());
    // Where a text stands in its file only places messages: moving it rebuilds nothing.
    const moved = with8((p) => {
      p.cards.forEach((c) => (c.at = { ...c.at, line: (c.at.line ?? 0) + 10 }));
      p.texts.forEach((t) => (t.at = { ...t.at, line: (t.at.line ?? 0) + 10 }));
      return { ...p, file: `${p.file}.moved` };
    });
    expect(changed(moved)).toEqual([]);
  });

  it('the same sources in another folder plan the same fingerprints', () => {
    const copy = copyData();
    expect(fingerprints(loadProject(copy, copy))).toEqual(fingerprints(project));
  });

  it('the date is part of the fingerprint of every job but the sheet stamps, which print none', () => {
    const a = fingerprints(project, { date: new Date(0) });
    const b = fingerprints(project, { date: new Date(1000) });
    expect([...a].filter(([id, f]) => b.get(id) === f).map(([id]) => id)).toEqual(['stempels']);
  });
});

/** A job that writes one text file, made from the files it needs. */
const job = (id: string, needs: string[] = [], extra: Partial<Job> = {}): Job => ({
  id,
  family: 'build',
  what: id,
  owner: id,
  outputs: [`${id}.txt`],
  needs,
  fingerprint: id,
  make: async (input) => [{ path: `${id}.txt`, bytes: new TextEncoder().encode([id, ...[...input.files.values()].map((b) => new TextDecoder().decode(b))].join('+')) }],
  ...extra,
});

describe('the executor', () => {
  it('passes the bytes of needed jobs, whether made now or read back; a failed job fails its group and skips what needs it', async () => {
    const out = tmp();
    const text = (f: string) => readFileSync(join(out, f), 'utf8');
    expect((await runPlan([job('a'), job('b', ['a'])], { outDir: out })).written.length).toBe(2);
    expect(text('b.txt')).toBe('b+a');
    // b's fingerprint changed, a's did not: b gets a's bytes from disk.
    const again = await runPlan([job('a'), job('b', ['a'], { fingerprint: 'b2' })], { outDir: out });
    expect([again.written.length, again.unchanged.length]).toEqual([1, 1]);
    expect(text('b.txt')).toBe('b+a');

    const events: BuildEvent[] = [];
    const boom = job('c', [], { group: 'g', fingerprint: 'c2', make: () => Promise.reject(new Error('kapot')) });
    const r = await runPlan([job('a', [], { group: 'g', fingerprint: 'a2' }), boom, job('d', ['c'])], { outDir: out, onEvent: (e) => events.push(e) });
    expect(r.failed.map((f) => f.id)).toEqual(['c']);
    expect(r.skipped).toEqual([{ path: 'd.txt', reason: 'want c is mislukt' }]);
    expect(text('a.txt')).toBe('a'); // a was made again, but its group failed: the old file stays
    expect(r.outdated!.map((o) => o.path)).toEqual([join(out, 'a.txt')]);
    expect(existsSync(join(out, 'd.txt'))).toBe(false);
    expect(events.filter((e) => e.type === 'start')).toEqual([{ type: 'start', total: 2 }]);
  });

  it('a job that no longer makes a file it made has that file removed', async () => {
    const out = tmp();
    await runPlan([job('a', [], { outputs: ['a.txt', 'x.txt'], make: async () => [{ path: 'a.txt', bytes: new Uint8Array(1) }, { path: 'x.txt', bytes: new Uint8Array(1) }] })], { outDir: out });
    const r = await runPlan([job('a', [], { fingerprint: 'a2' })], { outDir: out });
    expect(r.removed).toEqual([join(out, 'x.txt')]);
    expect(existsSync(join(out, 'x.txt'))).toBe(false);
  });
});
