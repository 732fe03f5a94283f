import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../src/index.js';
import { fileName } from '../src/outputs/files.js';
import { composeJob } from '../src/outputs/session/compose.js';
import { layoutJob, planJobs, type SessionRequest } from '../src/outputs/session/plan.js';
import { sheetFacts } from '../src/outputs/session/sheet.js';
import { run } from '../src/cli/run.js';
import type { IO } from '../src/cli/io.js';
import { smtpServer, type Received } from './smtpServer.js';
import { cli, dataDir, ownBuild, smallData, edit, pageSizes, pdftotext, squash, tmp, toolkit } from './helpers.js';

const A4 = { w: 595.28, h: 841.89 };
const A3 = { w: 1190.55, h: 841.89 };
const near = (s: { w: number; h: number }, t: { w: number; h: number }) => Math.abs(s.w - t.w) < 0.5 && Math.abs(s.h - t.h) < 0.5;

// The shared build of everything, copied for each folder a test writes sessions into.
let out = '';
beforeAll(async () => {
  out = ownBuild();
});

async function session(args: string[], dir = out) {
  const r = await toolkit(['session', ...args, '--out', dir, '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return (title: string) => join(dir, 'sessies', `2026-12-01-${title}`);
}

const jobsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();

/** The page index (from 0) each bookmark below the top level opens: one per copy. */
async function copyStarts(file: string, level = 1): Promise<{ title: string; page: number }[]> {
  const doc = await PDFDocument.load(readFileSync(file));
  const refs = doc.getPages().map((p) => p.ref);
  const out: { title: string; page: number }[] = [];
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  const walk = (first: unknown, depth: number) => {
    for (let item = first instanceof PDFRef ? doc.context.lookup(first, PDFDict) : undefined; item; ) {
      const dest = item.lookup(PDFName.of('Dest'), PDFArray);
      const title = (item.lookup(PDFName.of('Title')) as PDFHexString).decodeText();
      if (depth === level) out.push({ title, page: refs.indexOf(dest.get(0) as PDFRef) });
      walk(item.get(PDFName.of('First')), depth + 1);
      const next = item.get(PDFName.of('Next'));
      item = next instanceof PDFRef ? doc.context.lookup(next, PDFDict) : undefined;
    }
  };
  walk(outlines.get(PDFName.of('First')), 0);
  return out;
}

/** Sheets and pages per job as the print sheet (page 1 of job 1) states them. */
function sheetNumbers(job1: string): { file: string; sheets: number; pages: number }[] {
  const text = pdftotext(job1, ['-f', '1', '-l', '1', '-layout']);
  return [...text.matchAll(/(\d-[\w-]+\.pdf)\s+(\d+) vellen?\s*\n(?:.*\n)*?.*?(\d+) pagina’s/g)].map((m) => ({ file: m[1]!, sheets: Number(m[2]), pages: Number(m[3]) }));
}

describe('toolkit session', () => {
  it('package 8, 12 participants, 3 groups: two A4 jobs with the right pages, each copy on a new sheet', async () => {
    const dir = (await session(['--package', '8', '--participants', '12', '--date', '2026-12-01']))('08-hoort-het-of-helpt-het');
    expect(jobsIn(dir)).toEqual(['1-gewoon-papier-A4-dubbelzijdig.pdf', '2-stevig-papier-A4-dubbelzijdig-lange-zijde.pdf']);
    const [plain, heavy] = jobsIn(dir).map((f) => join(dir, f)) as [string, string];
    // Print sheet and its blank back 2, draaiboek 2, 12 werkbladen of 2, 3 groups x 2 werkplaten x 2 sheets with blank backs.
    expect(pageSizes(plain)).toHaveLength(2 + 2 + 12 * 2 + 3 * 2 * 4);
    expect(pageSizes(heavy)).toHaveLength(3 * 4);
    for (const f of [plain, heavy]) expect(pageSizes(f).every((s) => near(s, A4))).toBe(true);

    const starts = await copyStarts(plain);
    expect(starts.filter((s) => s.title.startsWith('Werkblad'))).toHaveLength(12);
    expect(starts.filter((s) => s.title.startsWith('Werkplaat'))).toHaveLength(6);
    for (const s of [...starts, ...(await copyStarts(heavy))]) expect(s.page % 2, s.title).toBe(0);
    // A werkplaat on 2 x A4 is cut and glued: its second sheet has a blank back too.
    expect(pdftotext(plain, ['-f', '30', '-l', '30'])).toContain('Deze pagina is bewust leeg');

    expect(sheetNumbers(plain)).toEqual([
      { file: '1-gewoon-papier-A4-dubbelzijdig.pdf', sheets: 26, pages: 52 },
      { file: '2-stevig-papier-A4-dubbelzijdig-lange-zijde.pdf', sheets: 6, pages: 12 },
    ]);
    const sheet = pdftotext(plain, ['-f', '1', '-l', '1']);
    for (const thing of ['Schaar, liniaal en lijm', 'Post-its en stiften', 'scherm', 'Twee vellen papier met ‘Hoort het’']) expect(squash(sheet)).toContain(squash(thing));
    // The print marks of every other PDF: curly quotes and apostrophes, none typed straight.
    expect(squash(sheet)).toContain(squash('niet “passend maken”'));
    expect(squash(sheet)).toContain(squash('Pagina’s met “Deze pagina is bewust leeg”'));
    expect(sheet).not.toMatch(/["']/);
    expect(readFileSync(join(dir, 'printplan.txt'), 'utf8')).toContain('26 vellen (52 pagina\'s)');
    // The two werkplaten share font subsets: each font file is in the job once.
    const doc = await PDFDocument.load(readFileSync(plain));
    const fontFiles = [...doc.context.enumerateIndirectObjects()].filter(([, o]) => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'));
    const files = fontFiles.map(([, d]) => (d as PDFDict).get(PDFName.of('FontFile2'))!.toString());
    const bytes = new Set(files.map((ref) => createHash('sha256').update((doc.context.lookup(PDFRef.of(Number(ref.split(' ')[0]))) as PDFRawStream).contents).digest('hex')));
    expect(new Set(files).size).toBe(bytes.size);
    expect(files.length).toBeGreaterThan(bytes.size);
    // A build afterwards leaves the session alone: it is no output of the packages.
    expect((await toolkit(['build', '--package', '8,9', '--out', out, '--quiet'])).code).toBe(0);
    expect(jobsIn(dir)).toHaveLength(2);
  });

  it('1 participant, 1 group, --printer a3: the werkplaten as a third job on A3, single-sided', async () => {
    const dir = (await session(['--package', '8', '--participants', '1', '--printer', 'a3', '--date', '2026-12-01', '--title', 'Alleen']))('alleen');
    expect(jobsIn(dir)).toEqual(['1-gewoon-papier-A4-dubbelzijdig.pdf', '2-stevig-papier-A4-dubbelzijdig-lange-zijde.pdf', '3-A3-enkelzijdig.pdf']);
    const [plain, heavy, big] = jobsIn(dir).map((f) => join(dir, f)) as [string, string, string];
    expect(pageSizes(plain)).toHaveLength(2 + 2 + 2);
    expect(pageSizes(heavy)).toHaveLength(4);
    expect(pageSizes(big).map((s) => near(s, A3))).toEqual([true, true]);
    expect(sheetNumbers(plain).map((j) => [j.sheets, j.pages])).toEqual([[3, 6], [2, 4], [2, 2]]);
    expect(pdftotext(plain, ['-f', '1', '-l', '1'])).not.toContain('lijm');
    const facts = JSON.parse(readFileSync(join(dir, 'sessie.json'), 'utf8')) as { files: { file: string; kind: string }[] };
    expect(facts.files.map((f) => [f.file, f.kind])).toEqual(jobsIn(dir).map((f, i) => [f, ['sessie-gewoon', 'sessie-stevig', 'sessie-A3'][i]]));
    // The same session on an A4 printer: the A3 job it no longer has is gone.
    await session(['--package', '8', '--participants', '1', '--date', '2026-12-01', '--title', 'Alleen']);
    expect(jobsIn(dir)).toEqual(['1-gewoon-papier-A4-dubbelzijdig.pdf', '2-stevig-papier-A4-dubbelzijdig-lange-zijde.pdf']);
    expect(pageSizes(join(dir, '1-gewoon-papier-A4-dubbelzijdig.pdf')).every((s) => near(s, A4))).toBe(true);
  });

  it('several packages keep the order given, in every job', async () => {
    const dir = (await session(['--package', '9,8', '--participants', '2', '--date', '2026-12-01']))('werkpakketten-09-08');
    for (const job of jobsIn(dir)) {
      const tops = (await copyStarts(join(dir, job), 0)).map((s) => s.title).filter((t) => t !== 'Printplan');
      expect(tops.map((t) => t.split('.')[0])).toEqual(['9', '8']);
    }
    // The draaiboek of 9 is printed before the werkbladen of 8.
    const starts = await copyStarts(join(dir, '1-gewoon-papier-A4-dubbelzijdig.pdf'));
    expect(pdftotext(join(dir, '1-gewoon-papier-A4-dubbelzijdig.pdf'), ['-f', String(starts[0]!.page + 1), '-l', String(starts[0]!.page + 1)])).toContain('Werkpakket 9');
  });

  it('the same session in another folder gives the same bytes, and 40 participants cost far less than 40 / 12 times 12', async () => {
    const other = ownBuild();
    const args = ['--package', '8', '--participants', '12', '--date', '2026-12-01'];
    const a = (await session(args))('08-hoort-het-of-helpt-het');
    const b = (await session(args, other))('08-hoort-het-of-helpt-het');
    for (const f of [...jobsIn(a), 'printplan.txt']) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    const twelve = statSync(join(a, '1-gewoon-papier-A4-dubbelzijdig.pdf')).size;
    const forty = (await session(['--package', '8', '--participants', '40', '--date', '2026-12-01', '--title', 'Veertig']))('veertig');
    expect(pageSizes(join(forty, '1-gewoon-papier-A4-dubbelzijdig.pdf'))).toHaveLength(2 + 2 + 40 * 2 + 10 * 2 * 4);
    expect(statSync(join(forty, '1-gewoon-papier-A4-dubbelzijdig.pdf')).size).toBeLessThan(twelve * 1.5);
  });

  it.each([
    [['--package', '8', '--participants', '0'], '0 deelnemers kan niet'],
    [['--package', '8', '--participants', 'twaalf'], '"twaalf" is geen aantal deelnemers'],
    [['--package', '8', '--participants', '3', '--groups', '4'], '4 groepen voor 3 deelnemers kan niet'],
    [['--package', '8', '--participants', '3', '--groups', '0'], '0 groepen kan niet'],
    [['--package', '99', '--participants', '3'], 'er is geen werkpakket 99'],
    [['--package', '8', '--participants', '3', '--printer', 'a5'], '"a5" is geen printer; kies a4'],
    [['--package', '8', '--participants', '3', '--date', '1-12-2026'], '"1-12-2026" is geen datum'],
    [['--participants', '3'], 'De optie --package is nodig'],
    [['--package', '8'], 'de optie --participants is nodig'],
    [['--package', '8', '--participants', '3', '--title', 'Sessie 🎉'], 'in de titel (--title): het teken U+1F389'],
  ])('usage error %j exits 2 and says so in Dutch', async (args, message) => {
    const r = await toolkit(['sessie', ...args, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('a package with a content error: exit 1, the error with its place, no session (through bin/toolkit.js)', () => {
    const data = smallData([8]);
    edit(join(data, 'packages/08-hoort-het-of-helpt-het.yaml'), /^title: .*$/m, 'title:');
    const dir = tmp('toolkit-session-broken-');
    const r = cli(['sessie', '8', '-n', '3', '--data', data, '--out', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/08-hoort-het-of-helpt-het\.yaml:\d+:\d+ title: hier hoort tekst/);
    expect(existsSync(join(dir, 'sessies'))).toBe(false);
  });
});

describe('toolkit mail --session', () => {
  it('sends the print jobs in print order to a real SMTP server, the print sheet in the body', async () => {
    const dir = (await session(['--package', '8', '--participants', '12', '--date', '2026-12-01']))('08-hoort-het-of-helpt-het');
    const server = await smtpServer();
    try {
      const lines: string[] = [];
      const io: IO = { out: (s) => lines.push(s), err: (s) => lines.push(s), isTTY: false, env: { HOME: '/nonexistent', TOOLKIT_CONFIG: '/nonexistent/toolkit.config.yaml', TOOLKIT_MAIL_FROM: 'Anna <anna@example.org>' } };
      const code = await run(['node', 'toolkit', 'mail', '--aan', 'drukwerk@example.org', '--sessie', dir, '--smtp', server.url, '--out', out], io);
      expect(lines.join('\n')).toContain('verstuurd');
      expect(code).toBe(0);
      const [{ mail }] = server.received as [Received];
      expect(mail.subject).toBe('Printopdrachten voor de bijeenkomst: Hoort het? of helpt het?');
      expect(mail.attachments.map((a) => a.filename)).toEqual(jobsIn(dir));
      for (const a of mail.attachments) expect(a.content.equals(readFileSync(join(dir, a.filename!)))).toBe(true);
      expect(mail.text).toContain("26 vellen (52 pagina's)");
      expect(mail.text).toContain('stevig papier (200 tot 300 gram), A4, dubbelzijdig, omslaan langs de lange kant');
    } finally {
      await server.close();
    }
  });

  it('says so when the folder is not a session', async () => {
    const lines: string[] = [];
    const io: IO = { out: (s) => lines.push(s), err: (s) => lines.push(s), isTTY: false, env: { HOME: '/nonexistent', TOOLKIT_CONFIG: '/nonexistent/x.yaml' } };
    expect(await run(['node', 'toolkit', 'mail', '--to', 'a@example.org', '--session', out, '--out', out], io)).toBe(2);
    expect(lines.join('\n')).toContain(`in ${out} staat geen bijeenkomst: er is geen printplan.txt`);
  });
});

describe('session jobs from bytes', () => {
  const project = loadProject(dataDir);
  const pkg = project.packages.find((p) => p.number === 8)!;

  async function pdf(pages: number, size: [number, number] = [A4.w, A4.h]) {
    const doc = await PDFDocument.create();
    for (let i = 0; i < pages; i++) doc.addPage(size).drawText(`bron ${i + 1}`);
    return doc.save();
  }

  it('prints only the werkplaten the draaiboek uses; a package without a plan prints them all', () => {
    const req = (p: typeof pkg): SessionRequest => ({ packages: [p], participants: 12, groups: 2, printer: 'a3', date: '2026-12-01', dateGiven: true, title: 'Plan' });
    const materials = (p: typeof pkg) => planJobs(req(p)).flatMap((j) => j.parts.flatMap((part) => part.copies.map((c) => c.material)));
    expect(pkg.werkplaten).toHaveLength(2);
    const count = (p: typeof pkg, m: string) => materials(p).filter((x) => x === m).length;
    expect([count(pkg, 'werkplaat 1 (A3)'), count(pkg, 'werkplaat 2 (A3)')]).toEqual([2, 2]);
    const plan = pkg.facilitation!.plan.map((s) => ({ ...s, uses: s.uses.filter((u) => u !== 'werkplaat 1') }));
    const onlyTwo = { ...pkg, facilitation: { ...pkg.facilitation!, plan } };
    expect([count(onlyTwo, 'werkplaat 1 (A3)'), count(onlyTwo, 'werkplaat 2 (A3)')]).toEqual([0, 2]);
    const noPlan = { ...pkg, facilitation: undefined };
    expect([count(noPlan, 'werkplaat 1 (A3)'), count(noPlan, 'werkplaat 2 (A3)')]).toEqual([2, 2]);
  });

  it('a werkblad of 3 pages: every copy still starts on an odd page, and the counts agree', async () => {
    const req: SessionRequest = { packages: [pkg], participants: 5, groups: 2, printer: 'a4', date: '2026-12-01', dateGiven: true, title: 'Oneven' };
    const sizes: Record<string, number> = { [fileName(pkg, 'draaiboek-A4')]: 1, [fileName(pkg, 'werkblad-A4')]: 3, [fileName(pkg, 'kaarten-A4')]: 4 };
    pkg.werkplaten.forEach((_, i) => (sizes[fileName(pkg, `werkplaat-${i + 1}-2xA4`)] = 2));
    const files = new Map<string, Uint8Array>();
    for (const [path, n] of Object.entries(sizes)) files.set(path, await pdf(n));
    const [plain] = planJobs(req);
    const sheet = { bytes: await pdf(2), sheetPages: 1 };
    const meta = { title: 't', author: 'a', subject: 's', keywords: [], creator: 'c', date: new Date(0) };
    const bytes = await composeJob(plain!, files, sheet, true, meta);
    const doc = await PDFDocument.load(bytes);
    const { pages, starts } = layoutJob(plain!, (s) => sizes[s]!, 1);
    // sheet + blank, draaiboek 1 + blank, 5 x (3 + blank), 2 groups x 2 werkplaten x 2 sheets of one page and a blank back.
    expect(doc.getPageCount()).toBe(2 + 2 + 5 * 4 + 2 * 2 * 4);
    expect(pages).toHaveLength(doc.getPageCount());
    expect(starts.every((s) => s.page % 2 === 0)).toBe(true);
    expect(sheetFacts(req, [plain!], (s) => sizes[s]!, 1).jobs[0]).toMatchObject({ pages: doc.getPageCount(), sheets: doc.getPageCount() / 2 });
    // Each source page is one XObject, however many copies draw it.
    const forms = [...doc.context.enumerateIndirectObjects()].filter(([, o]) => o instanceof PDFDict || 'dict' in (o as object)).filter(([, o]) => String((o as { dict?: PDFDict }).dict?.get(PDFName.of('Subtype'))) === '/Form');
    expect(forms).toHaveLength(1 + 3 + 2 * pkg.werkplaten.length + 2);
  });
});
