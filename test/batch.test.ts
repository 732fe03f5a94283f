import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';
import { describe, expect, inject, it } from 'vitest';
import { filesOf, OUTPUT_KINDS } from '../src/outputs/kinds/index.js';
import { loadProject } from '../src/index.js';
import { copyData, dataDir, edit, ownBuild, pdftotext, root, squash, tmp, toolkit } from './helpers.js';
import { popplerRun } from './poppler.js';
import { readBoxes } from './bbox.js';
import { paragraphLines } from './measure.js';
import { typo } from '../templates/typography.js';
import { libraries as pdfJs } from '../src/outputs/site/previews.js';

const data = copyData();
const project = loadProject(data, data);
// The shared full build of the shipped data, and the kept site of a few packages (test/globalSetup.ts): read only.
const outA = inject('built');
const keptSite = inject('site');

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) =>
    readdirSync(d, { withFileTypes: true }).filter((e) => !e.name.startsWith('.')).forEach((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.pdf') && out.push(relative(dir, join(d, e.name)))));
  walk(dir);
  return out.sort();
}

// In this process: a spawn would not change what a build writes and says. The CLI and this process run
// the same code (one code fingerprint), so a build here trusts what the CLI made in the shared build.
const json = async (args: string[], cwd = data) => {
  const r = await toolkit([...args, '--json'], { cwd });
  return { code: r.code, stderr: r.stderr, summary: JSON.parse(r.stdout) };
};

/**
 * A data copy and a copy of the shared full build, for a test that edits: every
 * test then finds the shared build and data as they were, in any order.
 */
function ownCopy() {
  return { data: copyData(), out: ownBuild() };
}

/**
 * A project folder as a user has it, data/ inside and the build run from there, holding a copy of
 * the shipped data; and a copy of the shared build, which globalSetup made the same way: the files
 * a test leaves alone are known to the build by their bytes (its cache), and not parsed again.
 */
function ownProject() {
  const top = tmp('toolkit-project-');
  cpSync(dataDir, join(top, 'data'), { recursive: true });
  return { top, data: join(top, 'data'), out: ownBuild() };
}

const pageCount = async (file: string) => (await PDFDocument.load(readFileSync(file))).getPageCount();

describe('batch builds', () => {
  it('--all writes every package, six bundles, the guide and the overview', () => {
    const all = files(outA);
    for (const p of project.packages) expect(all.filter((f) => f.startsWith(p.id + '/')).sort()).toEqual(OUTPUT_KINDS.flatMap((k) => filesOf(p, k).map((f) => f.path)).sort());
    expect(all.filter((f) => f.endsWith('-bundel.pdf'))).toEqual(project.toolkit.themes.map((t) => `thema-${t.id}-${t.slug}-bundel.pdf`).sort());
    expect(all).toContain('gebruiksaanwijzer-A4.pdf');
    expect(all).toContain('overzicht-A4.pdf');
  });

  it("a bundle's pages are the sum of its parts, each part on a new sheet, and its bookmarks point at the right pages", async () => {
    const theme = project.toolkit.themes.find((t) => t.id === 'E')!;
    const members = project.packages.filter((p) => p.theme.id === 'E');
    const bundle = join(outA, `thema-E-${theme.slug}-bundel.pdf`);
    const doc = await PDFDocument.load(readFileSync(bundle));
    // Expected layout: a contents page, then per package a cover page, draaiboek, werkblad, werkplaten on
    // 2 x A4 (each sheet alone), card sheets; every part from an odd page (1-based) on.
    const expected: { title: string; first: number }[] = [];
    let next = 1; // the contents page
    const sheet = () => (next % 2 === 1 ? next++ : next);
    for (const p of members) {
      const parts: [string, string | null, boolean][] = [
        ['Omslag', null, false],
        ...(p.facilitation ? [['Draaiboek voor de begeleider', `${p.id}/${p.id}-draaiboek-A4.pdf`, false] as [string, string, boolean]] : []),
        ['Werkblad', `${p.id}/${p.id}-werkblad-A4.pdf`, false],
        ...p.werkplaten.map((w, i): [string, string, boolean] => [`Werkplaat ${i + 1}: ${w.title} (2 x A4)`, `${p.id}/${p.id}-werkplaat-${i + 1}-2xA4.pdf`, true]),
        ['Denk- en doekaarten (A4, dubbelzijdig)', `${p.id}/${p.id}-kaarten-A4.pdf`, false],
      ];
      sheet();
      expected.push({ title: `${p.number}. ${p.title}`, first: next });
      for (const [title, file, alone] of parts) {
        sheet();
        expected.push({ title, first: next });
        const n = file ? await pageCount(join(outA, file)) : 1;
        for (let i = 0; i < n; i++) {
          if (alone) sheet();
          next++;
        }
      }
    }
    expect(doc.getPageCount()).toBe(next);

    // Walk the outline: titles in order, each pointing at its first page.
    const pages = doc.getPages().map((p) => p.ref.toString());
    const seen: { title: string; first: number }[] = [];
    const walk = (item: PDFDict | undefined) => {
      for (let it = item; it; it = it.lookupMaybe(PDFName.of('Next'), PDFDict)) {
        const t = it.lookup(PDFName.of('Title'));
        const title = t instanceof PDFHexString || t instanceof PDFString ? t.decodeText() : '';
        const dest = it.lookup(PDFName.of('Dest'), PDFArray);
        seen.push({ title, first: pages.indexOf((dest.get(0) as PDFRef).toString()) });
        walk(it.lookupMaybe(PDFName.of('First'), PDFDict));
      }
    };
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    walk(outlines.lookup(PDFName.of('First'), PDFDict));
    expect(seen[0]).toEqual({ title: `Thema E · ${theme.name}`, first: 0 });
    expect(seen.slice(1)).toEqual(expected);

    // And the pages there are what the bookmarks say.
    const werkblad = expected.find((e) => e.title === 'Werkblad')!;
    expect(squash(pdftotext(bundle, ['-f', String(werkblad.first + 1), '-l', String(werkblad.first + 1)]))).toContain('Reflectievragen');
  });

  it('a build where nothing changed writes nothing', () => {
    // By the CLI, into a copy of the shared build, from a copy of the data.
    const { data, out } = ownCopy();
    const r = spawnSync(process.execPath, [join(root, 'bin/toolkit.js'), 'build', '--all', '--json', '--data', data, '--out', out], { cwd: data, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.written).toEqual([]);
    expect(summary.unchanged.length).toBe(files(outA).length);
  });

  it('editing one card rebuilds that package\'s card files and its theme\'s bundle, nothing else', async () => {
    const { top, data, out } = ownProject();
    const pkg = project.packages.find((p) => p.number === 8)!;
    const before = statSync(join(out, `${pkg.id}/${pkg.id}-werkblad-A4.pdf`)).mtimeMs;
    edit(join(data, 'packages', `${pkg.id}.yaml`), pkg.cards[2]!.title, `${pkg.cards[2]!.title} nu`);
    const { code, summary } = await json(['build', '--all', '--data', data, '--out', out], top);
    expect(code).toBe(0);
    expect(summary.written.map((w: { path: string }) => relative(out, join(top, w.path))).sort()).toEqual(
      [`${pkg.id}/${pkg.id}-kaarten-A4.pdf`, `${pkg.id}/${pkg.id}-kaarten-drukker.pdf`, `thema-C-${pkg.theme.slug}-bundel.pdf`].sort(),
    );
    expect(statSync(join(out, `${pkg.id}/${pkg.id}-werkblad-A4.pdf`)).mtimeMs).toBe(before);
    expect(pdftotext(join(out, `${pkg.id}/${pkg.id}-kaarten-A4.pdf`))).toContain(`${pkg.cards[2]!.title} nu`);
  }, 60_000);

  it('--force renders everything again', async () => {
    // Without --force this build writes nothing: the copy is up to date (see above).
    const { out } = ownCopy();
    const { summary } = await json(['build', '--package', '8', '--only', 'werkblad,kaarten', '--force', '--data', data, '--out', out]);
    const made = summary.written.map((w: { path: string }) => relative(out, join(data, w.path))).sort();
    expect(made).toEqual(files(out).filter((f) => f.startsWith('08-') && /-(werkblad-A4|kaarten-A4|kaarten-drukker)\./.test(f)));
    expect(made).toHaveLength(3);
    expect(summary.unchanged).toEqual([]);
  });

  it('a failed package leaves the others in place and its theme bundle unwritten, and says why', async () => {
    const { top, data, out } = ownProject();
    const pkg = project.packages.find((p) => p.number === 8)!;
    const bundle = join(out, `thema-C-${pkg.theme.slug}-bundel.pdf`);
    const bundleBefore = readFileSync(bundle);
    edit(join(data, 'packages', `${pkg.id}.yaml`), /^intro:/m, 'intro_: x\nintro:');
    // Package 7 of the same theme has work to do too (a question edited): the failure of 8 must not stop it.
    // An edit rather than --force, which would render all of 7 and 9 again to show the same.
    const other = project.packages.find((p) => p.number === 7)!;
    edit(join(data, 'packages', `${other.id}.yaml`), `  - ${other.questions[0]!}\n`, `  - ${other.questions[0]!} Nu?\n`);
    const { code, summary } = await json(['build', '--theme', 'C', '--data', data, '--out', out], top);
    expect(code).toBe(1);
    expect(summary.ok).toBe(false);
    expect(summary.failed).toEqual([
      expect.objectContaining({ id: pkg.id, problems: [expect.objectContaining({ message: 'onbekende sleutel "intro_"', path: 'intro_', line: expect.any(Number), col: 1 })] }),
    ]);
    expect(summary.skipped).toEqual([{ path: `thema-C-${pkg.theme.slug}-bundel.pdf`, reason: `want ${pkg.id} is mislukt` }]);
    expect(summary.written.some((w: { path: string }) => w.path.includes('07-het-juiste-midden-werkblad-A4.pdf'))).toBe(true);
    expect(squash(pdftotext(join(out, `${other.id}/${other.id}-werkblad-A4.pdf`)))).toContain(squash(`${other.questions[0]!} Nu?`));
    expect(readFileSync(bundle).equals(bundleBefore)).toBe(true);
    expect(existsSync(join(out, `${pkg.id}/${pkg.id}-werkblad-A4.pdf`))).toBe(true);
    const plain = await toolkit(['build', '--theme', 'C', '--data', data, '--out', out], { cwd: top });
    expect(plain.stderr).toContain(`niet gemaakt thema-C-${pkg.theme.slug}-bundel.pdf: want ${pkg.id} is mislukt`);
  });

  it('dates come from SOURCE_DATE_EPOCH when set', async () => {
    const out = tmp();
    const r = await toolkit(['build', '--package', '7', '--only', 'werkblad', '--data', data, '--out', out], { cwd: data, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(r.code).toBe(0);
    const [file] = files(out);
    const doc = await PDFDocument.load(readFileSync(join(out, file!)), { updateMetadata: false });
    expect(doc.getCreationDate()?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });
});

/** The bookmarks of a bundle, depth first: title, depth (0 the theme) and page index. */
function bookmarks(doc: PDFDocument): { title: string; depth: number; page: number }[] {
  const pages = doc.getPages().map((p) => p.ref.toString());
  const seen: { title: string; depth: number; page: number }[] = [];
  const walk = (item: PDFDict | undefined, depth: number) => {
    for (let it = item; it; it = it.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const t = it.lookup(PDFName.of('Title'));
      const title = t instanceof PDFHexString || t instanceof PDFString ? t.decodeText() : '';
      seen.push({ title, depth, page: pages.indexOf((it.lookup(PDFName.of('Dest'), PDFArray).get(0) as PDFRef).toString()) });
      walk(it.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
    }
  };
  walk(doc.catalog.lookup(PDFName.of('Outlines'), PDFDict).lookupMaybe(PDFName.of('First'), PDFDict), 0);
  return seen;
}

/** Every embedded font program of a file by the name it goes by, as a hash of its bytes. */
function subsets(doc: PDFDocument): { name: string; content: string }[] {
  const found: { name: string; content: string }[] = [];
  for (const [, o] of doc.context.enumerateIndirectObjects()) {
    if (!(o instanceof PDFDict) || o.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    const program = o.lookup(PDFName.of('FontFile2'), PDFRawStream);
    found.push({ name: (o.get(PDFName.of('FontName')) as PDFName).decodeText(), content: createHash('sha256').update(decodePDFRawStream(program).decode()).digest('hex') });
  }
  return found;
}

/** pdffonts of a file of the shared build, run once for the tests that read it. */
const popplerRuns = new Map<string, { status: number | null; stdout: string; stderr: string }>();
function poppler(file: string) {
  if (!popplerRuns.has(file)) {
    const r = popplerRun('pdffonts', [join(outA, file)]);
    popplerRuns.set(file, { ...r, stdout: r.stdout.toString('utf8') });
  }
  return popplerRuns.get(file)!;
}

describe('print-ready files', () => {
  const bundles = () => files(outA).filter((f) => f.endsWith('-bundel.pdf'));
  // Every page's text from one pdftotext run per file, as `-f page -l page` gives it.
  const texts = new Map<string, string[]>();
  const text = (file: string, page: number) => {
    if (!texts.has(file)) texts.set(file, pdftotext(file).split('\f').slice(0, -1).map((t) => t + '\f'));
    return texts.get(file)![page - 1]!;
  };

  it('in every bundle each part and every card-front page is an odd page; even pages between parts say they are blank', async () => {
    expect(bundles()).toHaveLength(project.toolkit.themes.length);
    for (const b of bundles()) {
      const file = join(outA, b);
      const doc = await PDFDocument.load(readFileSync(file));
      const marks = bookmarks(doc);
      const starts = new Set(marks.map((m) => m.page));
      for (const m of marks) expect(m.page % 2, `${b}: ${m.title}`).toBe(0); // index 0 is page 1
      // Card sheets: fronts on odd pages, their backs behind them.
      for (const [i, m] of marks.entries()) {
        if (!m.title.startsWith('Denk- en doekaarten')) continue;
        const end = marks[i + 1]?.page ?? doc.getPageCount();
        const sheets = Array.from({ length: end - m.page }, (_, k) => m.page + k).filter((p) => !squash(text(file, p + 1)).includes('Dezepaginaisbewustleeg'));
        expect(sheets.length % 2, `${b}: ${m.title}`).toBe(0);
        for (const p of sheets) {
          const t = text(file, p + 1);
          if (p % 2 === 0) expect(t, `${b} page ${p + 1}`).toMatch(/kaart \d+\/\d+/);
          else expect(t, `${b} page ${p + 1}`).not.toMatch(/kaart \d+\/\d+|eigen kaart/);
        }
      }
      // A page that no part starts on and that holds the blank-page words is a back, and holds nothing else.
      let blanks = 0;
      for (let p = 0; p < doc.getPageCount(); p++) {
        const t = text(file, p + 1).trim();
        if (t !== 'Deze pagina is bewust leeg') continue;
        blanks++;
        expect(p % 2, `${b} page ${p + 1}`).toBe(1);
        expect(starts.has(p)).toBe(false);
        expect(starts.has(p + 1) || p + 1 === doc.getPageCount() || !text(file, p + 2).includes('Deze pagina is bewust leeg')).toBe(true);
      }
      expect(blanks, b).toBeGreaterThan(0);
    }
  });

  it('the contents list every package and part by the label the viewer shows for its page, each line a link to that page', async () => {
    const { pdfjs } = await pdfJs();
    for (const b of bundles()) {
      const file = join(outA, b);
      const doc = await PDFDocument.load(readFileSync(file));
      // pdf.js, not the code that wrote them, reads the labels and the links.
      const js = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0 }).promise;
      const labels = (await js.getPageLabels())!;
      expect(labels, b).toHaveLength(doc.getPageCount());
      expect(new Set(labels).size, `${b}: labels never repeat`).toBe(labels.length);
      // The contents are the theme's own pages, before the first package.
      const contentsPages = bookmarks(doc).find((m) => m.depth === 1)!.page;
      const rows = [...pdftotext(file, ['-layout', '-f', '1', '-l', String(contentsPages)]).matchAll(/^\f? *(\S.*?) {2,}(pagina )?(\d+\.\d+)(?:([-–])(\d+\.\d+))? *$/gm)].map((m) => ({
        title: m[1]!.trim(),
        first: m[3]!,
        dash: m[4],
        last: m[5],
      }));
      const marks = bookmarks(doc).filter((m) => m.depth > 0);
      // Each line's number is the label of the page its bookmark opens.
      expect(rows.map((r) => r.first), b).toEqual(marks.map((m) => labels[m.page]));
      // A package's range runs, with an en dash, to the label of its last page: the one before the next package, or the bundle's last.
      const packages = marks.filter((m) => m.depth === 1);
      const ranges = rows.filter((r) => r.last !== undefined);
      expect(ranges.length, b).toBe(packages.length);
      ranges.forEach((r, i) => {
        expect(r.dash, `${b}: ${r.title}`).toBe('–');
        expect(r.last).toBe(labels[(packages[i + 1]?.page ?? doc.getPageCount()) - 1]);
      });
      // Titles as the bookmarks give them (a long one may wrap on the page: compare its start).
      rows.forEach((r, i) => expect(squash(marks[i]!.title).startsWith(squash(r.title)), `${b}: ${r.title}`).toBe(true));
      // And the page there is that part: a werkblad's page says so, a package's cover names it.
      for (const m of marks) {
        const t = squash(text(file, m.page + 1));
        if (m.title === 'Werkblad') expect(t).toContain('Reflectievragen');
        if (m.depth === 1) expect(t).toContain(squash(m.title.replace(/^\d+\. /, '')));
      }
      // Every line is a link to its page: one link a line, top to bottom, over the line's number, going where its bookmark goes.
      const boxes = readBoxes(file).slice(0, contentsPages);
      const links: { page: number; to: number; rect: number[] }[] = [];
      for (let p = 1; p <= contentsPages; p++)
        for (const a of await (await js.getPage(p)).getAnnotations())
          if (a.subtype === 'Link') {
            expect(Array.isArray(a.dest), `${b}: a link to a page, not a name or a web address`).toBe(true);
            links.push({ page: p - 1, to: await js.getPageIndex(a.dest[0]), rect: a.rect });
          }
      expect(links.map((l) => l.to), b).toEqual(marks.map((m) => m.page));
      const words = boxes.flatMap((pg, page) => pg.blocks.flatMap((bl) => bl.lines.flatMap((l) => l.words.map((w) => ({ ...w, page, height: pg.height })))));
      let from = 0;
      rows.forEach((r, i) => {
        const at = words.findIndex((w, j) => j >= from && (w.text === r.first || w.text.startsWith(`${r.first}–`)));
        expect(at, `${b}: "${r.first}" on the page`).toBeGreaterThanOrEqual(from);
        from = at + 1;
        const w = words[at]!;
        const [x, y] = [(w.xMin + w.xMax) / 2, w.height - (w.yMin + w.yMax) / 2];
        const { page, rect } = links[i]!;
        expect(page).toBe(w.page);
        expect(x > rect[0]! && x < rect[2]! && y > rect[1]! && y < rect[3]!, `${b}: the link of "${r.title}" covers its number`).toBe(true);
      });
      await js.destroy();
    }
  });

  it("each package's cover says what follows it in the bundle, all of it and in the bundle's order, under an intro set at a reading measure", async () => {
    // The bookmark of each part after a cover, as the cover names it.
    const short = (title: string) => /^(Draaiboek|Werkblad|Werkplaat \d+|Denk- en doekaarten)/.exec(title)?.[1]!.replace('Denk- en doekaarten', 'Kaarten') ?? title;
    let drawn = 0;
    for (const b of bundles()) {
      const file = join(outA, b);
      const marks = bookmarks(await PDFDocument.load(readFileSync(file)));
      marks.forEach((m, i) => {
        if (m.depth !== 1) return;
        const parts = marks.slice(i + 1).filter((_, j, rest) => rest.slice(0, j + 1).every((x) => x.depth === 2));
        expect(parts[0]?.title, `${b}: ${m.title}`).toBe('Omslag');
        const cover = pdftotext(file, ['-layout', '-f', String(parts[0]!.page + 1), '-l', String(parts[0]!.page + 1)]);
        const after = cover.slice(cover.indexOf('Wat er na deze pagina komt'));
        const listed = [...after.matchAll(/^ *(Draaiboek|Werkblad|Werkplaat \d+|Kaarten) {2,}/gm)].map((x) => x[1]);
        expect(listed, `${b}: ${m.title}`).toEqual(parts.slice(1).map((x) => short(x.title)));
        if (listed.includes('Draaiboek')) drawn++;
        // The intro above the list at a reading measure: 60 to 75 characters a line (median), none under 50 or over 80.
        const pkg = project.packages.find((p) => m.title.startsWith(`${p.number}. `))!;
        const lines = paragraphLines(file, parts[0]!.page + 1, typo(pkg.intro)).slice(0, -1);
        const sorted = lines.map((l) => l.length).sort((x, y) => x - y);
        expect(sorted[Math.floor(sorted.length / 2)], `${b}: ${m.title}`).toBeGreaterThanOrEqual(60);
        expect(sorted[Math.floor(sorted.length / 2)], `${b}: ${m.title}`).toBeLessThanOrEqual(75);
        for (const l of lines) expect(l.length, `${b}: "${l}"`).toBeGreaterThanOrEqual(50);
        for (const l of lines) expect(l.length, `${b}: "${l}"`).toBeLessThanOrEqual(80);
      });
    }
    expect(drawn).toBeGreaterThan(0);
  });

  it('every output embeds every font it uses (pdffonts)', () => {
    for (const f of files(outA)) {
      const lines = poppler(f).stdout.trim().split('\n').slice(2);
      expect(lines.length, f).toBeGreaterThan(0);
      // The fillable werkblad embeds its field font whole (make/fillable.ts): what is typed later needs every letter.
      const whole = /^SourceSans3-Regular-\d+\s.*\syes\s+no\s+yes\s+\d+\s+\d+$/;
      for (const line of lines)
        if (f.endsWith('-werkblad-invulbaar.pdf') && whole.test(line)) continue;
        else expect(line, `${f}: ${line}`).toMatch(/^[A-Z]{6}\+\S+\s.*\syes\s+yes\s+yes\s+\d+\s+\d+$/);
    }
  });

  it('one subset name means one subset, across all files and within each bundle', async () => {
    const byName = new Map<string, Set<string>>();
    const byContent = new Map<string, Set<string>>();
    for (const f of files(outA)) {
      for (const s of subsets(await PDFDocument.load(readFileSync(join(outA, f))))) {
        byName.set(s.name, (byName.get(s.name) ?? new Set()).add(s.content));
        byContent.set(s.content, (byContent.get(s.content) ?? new Set()).add(s.name));
      }
    }
    for (const [name, contents] of byName) expect(contents.size, name).toBe(1);
    for (const [, names] of byContent) expect(names.size).toBe(1);
    // Many different subsets, so the names really differ: at least one per package's card file.
    expect(byName.size).toBeGreaterThan(project.packages.length);
  });
});

describe('poppler agrees', () => {
  it('every file of a build opens in poppler', () => {
    // pdffonts reads every page's resources: an open that fails, or a syntax error on the way, shows.
    for (const f of files(outA)) expect([poppler(f).status, poppler(f).stderr], f).toEqual([0, '']);
  });
});

describe('byte-identical rebuilds', () => {
  it('two builds into two folders give byte-identical files', () => {
    // The kept site (globalSetup.ts) is a second build, by the CLI, of a few packages from a copy of
    // their files in another folder: each of their PDFs is the one --all made here, byte for byte.
    // (Its bundles and overview hold only those packages, so they differ by design. A bundle made
    // twice in two folders is compared in cache.test.ts and property.test.ts.)
    const ids = new Set(project.packages.map((p) => p.id));
    const b = files(keptSite).filter((f) => ids.has(f.split('/')[0]!));
    const members = [...new Set(b.map((f) => f.split('/')[0]!))];
    expect(members.length).toBeGreaterThan(0);
    expect(b).toEqual(files(outA).filter((f) => members.includes(f.split('/')[0]!)));
    expect(b.length).toBeGreaterThan(members.length * OUTPUT_KINDS.length);
    for (const f of b) expect(readFileSync(join(keptSite, f)).equals(readFileSync(join(outA, f))), f).toBe(true);
  });
});
