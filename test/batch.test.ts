import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { filesOf, OUTPUT_KINDS } from '../src/build/outputs.js';
import { loadProject } from '../src/index.js';
import { cli, copyData, edit, fixtures, pdftotext, root, squash, tmp } from './helpers.js';

const data = copyData();
const project = loadProject(data, data);
// The shared full build of the shipped data (test/globalSetup.ts), read only; B is built here to compare.
const outA = inject('built');
const outB = tmp('toolkit-batchB-');

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) =>
    readdirSync(d, { withFileTypes: true }).filter((e) => !e.name.startsWith('.')).forEach((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.pdf') && out.push(relative(dir, join(d, e.name)))));
  walk(dir);
  return out.sort();
}

const json = (args: string[], cwd = data, env: NodeJS.ProcessEnv = {}) => {
  const r = cli([...args, '--json'], { cwd, env });
  return { code: r.code, stderr: r.stderr, summary: JSON.parse(r.stdout) };
};

/**
 * A data copy and a copy of the first full build, for a test that edits: every
 * test then finds the shared build and data as beforeAll left them, in any order.
 */
function ownCopy() {
  const out = tmp('toolkit-batch-own-');
  cpSync(outA, out, { recursive: true });
  const own = copyData();
  return { data: own, out };
}

const pageCount = async (file: string) => (await PDFDocument.load(readFileSync(file))).getPageCount();

describe('batch builds', () => {
  beforeAll(() => {
    const r = cli(['build', '--all', '--quiet', '--data', data, '--out', outB], { cwd: data });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 120_000);

  it('--all writes every package, six bundles, the guide and the overview', () => {
    const all = files(outA);
    for (const p of project.packages) expect(all.filter((f) => f.startsWith(p.id + '/')).sort()).toEqual(OUTPUT_KINDS.flatMap((k) => filesOf(p, k)).sort());
    expect(all.filter((f) => f.endsWith('-bundel.pdf'))).toEqual(project.toolkit.themes.map((t) => `thema-${t.id}-${t.slug}-bundel.pdf`).sort());
    expect(all).toContain('gebruiksaanwijzer-A4.pdf');
    expect(all).toContain('overzicht-A4.pdf');
  });

  it('two builds into two folders give byte-identical files', () => {
    const a = files(outA);
    expect(files(outB)).toEqual(a);
    for (const f of a) expect(readFileSync(join(outB, f)).equals(readFileSync(join(outA, f))), f).toBe(true);
  });

  it("a bundle's pages are the sum of its parts, and its bookmarks point at the right pages", async () => {
    const theme = project.toolkit.themes.find((t) => t.id === 'E')!;
    const members = project.packages.filter((p) => p.theme.id === 'E');
    const bundle = join(outA, `thema-E-${theme.slug}-bundel.pdf`);
    const doc = await PDFDocument.load(readFileSync(bundle));
    // Expected layout: per package a cover page, then draaiboek (with a plan), werkblad, werkplaten A3, card sheets.
    const expected: { title: string; first: number }[] = [];
    let next = 0;
    for (const p of members) {
      const parts: [string, string | null][] = [
        ['Omslag', null],
        ...(p.facilitation ? [['Draaiboek voor de begeleider', `${p.id}/${p.id}-draaiboek-A4.pdf`] as [string, string]] : []),
        ['Werkblad', `${p.id}/${p.id}-werkblad-A4.pdf`],
        ...p.werkplaten.map((w, i): [string, string] => [`Werkplaat ${i + 1}: ${w.title} (A3)`, `${p.id}/${p.id}-werkplaat-${i + 1}-A3.pdf`]),
        ['Denk- en doekaarten (A4, dubbelzijdig)', `${p.id}/${p.id}-kaarten-A4.pdf`],
      ];
      expected.push({ title: `${p.number}. ${p.title}`, first: next });
      for (const [title, file] of parts) {
        expected.push({ title, first: next });
        next += file ? await pageCount(join(outA, file)) : 1;
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

  it('a build where nothing changed writes nothing and does not load react-pdf', () => {
    const { out } = ownCopy();
    const trace = join(tmp(), 'trace.txt');
    const r = spawnSync(process.execPath, ['--import', join(fixtures, 'trace-imports.mjs'), join(root, 'bin/toolkit.js'), 'build', '--all', '--json', '--data', data, '--out', out], {
      cwd: data,
      env: { ...process.env, TRACE_FILE: trace },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.written).toEqual([]);
    expect(summary.unchanged.length).toBe(files(outA).length);
    const loaded = existsSync(trace) ? readFileSync(trace, 'utf8') : '';
    expect(loaded).toContain('/node_modules/commander/'); // the trace works
    expect(loaded).not.toMatch(/@react-pdf|renderer\.cjs/);
    // The trace itself works: a forced build of one package does load react-pdf, bundled or not.
    spawnSync(process.execPath, ['--import', join(fixtures, 'trace-imports.mjs'), join(root, 'bin/toolkit.js'), 'build', '--package', '8', '--only', 'werkblad', '--force', '--data', data, '--out', tmp()], {
      cwd: data,
      env: { ...process.env, TRACE_FILE: trace },
    });
    expect(readFileSync(trace, 'utf8')).toMatch(/dist\/renderer\.cjs|@react-pdf\/renderer/);
  });

  it('editing one card rebuilds that package\'s card files and its theme\'s bundle, nothing else', () => {
    const { data, out } = ownCopy();
    const pkg = project.packages.find((p) => p.number === 8)!;
    const before = statSync(join(out, `${pkg.id}/${pkg.id}-werkblad-A4.pdf`)).mtimeMs;
    edit(join(data, 'packages', `${pkg.id}.yaml`), pkg.cards[2]!.title, `${pkg.cards[2]!.title} nu`);
    const { code, summary } = json(['build', '--all', '--data', data, '--out', out], data);
    expect(code).toBe(0);
    expect(summary.written.map((w: { path: string }) => relative(out, join(data, w.path))).sort()).toEqual(
      [`${pkg.id}/${pkg.id}-kaarten-A4.pdf`, `${pkg.id}/${pkg.id}-kaarten-drukker.pdf`, `thema-C-${pkg.theme.slug}-bundel.pdf`].sort(),
    );
    expect(statSync(join(out, `${pkg.id}/${pkg.id}-werkblad-A4.pdf`)).mtimeMs).toBe(before);
    expect(pdftotext(join(out, `${pkg.id}/${pkg.id}-kaarten-A4.pdf`))).toContain(`${pkg.cards[2]!.title} nu`);
  }, 60_000);

  it('--force renders everything again', () => {
    const { out } = ownCopy();
    const { summary } = json(['build', '--package', '8', '--force', '--data', data, '--out', out]);
    expect(summary.written.length).toBe(files(out).filter((f) => f.startsWith('08-')).length);
    expect(summary.unchanged).toEqual([]);
  });

  it('a failed package leaves the others in place and its theme bundle unwritten, and says why', () => {
    const { data, out } = ownCopy();
    const pkg = project.packages.find((p) => p.number === 8)!;
    const bundle = join(out, `thema-C-${pkg.theme.slug}-bundel.pdf`);
    const bundleBefore = readFileSync(bundle);
    edit(join(data, 'packages', `${pkg.id}.yaml`), /^intro:/m, 'intro_: x\nintro:');
    const { code, summary } = json(['build', '--theme', 'C', '--force', '--data', data, '--out', out], data);
    expect(code).toBe(1);
    expect(summary.ok).toBe(false);
    expect(summary.failed).toEqual([
      expect.objectContaining({ id: pkg.id, problems: [expect.objectContaining({ message: 'unknown key "intro_"', path: 'intro_', line: expect.any(Number), col: 1 })] }),
    ]);
    expect(summary.skipped).toEqual([{ path: `thema-C-${pkg.theme.slug}-bundel.pdf`, reason: `${pkg.id} failed` }]);
    expect(summary.written.some((w: { path: string }) => w.path.includes('07-het-juiste-midden-werkblad-A4.pdf'))).toBe(true);
    expect(readFileSync(bundle).equals(bundleBefore)).toBe(true);
    expect(existsSync(join(out, `${pkg.id}/${pkg.id}-werkblad-A4.pdf`))).toBe(true);
    const plain = cli(['build', '--theme', 'C', '--data', data, '--out', out], { cwd: data });
    expect(plain.stderr).toContain(`not written thema-C-${pkg.theme.slug}-bundel.pdf: ${pkg.id} failed`);
  });

  it('a forced build of unchanged sources loads no YAML parser: the project is kept from the run before', () => {
    const { data, out } = ownCopy();
    const trace = join(tmp(), 'trace.txt');
    const run = () =>
      spawnSync(process.execPath, ['--import', join(fixtures, 'trace-imports.mjs'), join(root, 'bin/toolkit.js'), 'build', '--package', '9', '--force', '--quiet', '--data', data, '--out', out], {
        cwd: data,
        env: { ...process.env, TRACE_FILE: trace },
        encoding: 'utf8',
      });
    expect(run().status).toBe(0);
    rmSync(trace, { force: true });
    expect(run().status).toBe(0);
    expect(readFileSync(trace, 'utf8')).not.toContain('/node_modules/yaml/');
    // The trace does see YAML being loaded: after an edit, even of a comment, it is.
    const pkg = project.packages.find((p) => p.number === 9)!;
    writeFileSync(join(data, 'packages', `${pkg.id}.yaml`), readFileSync(join(data, 'packages', `${pkg.id}.yaml`), 'utf8') + '# bewerkt\n');
    rmSync(trace, { force: true });
    expect(run().status).toBe(0);
    expect(readFileSync(trace, 'utf8')).toContain('/node_modules/yaml/');
  }, 90_000);

  it('dates come from SOURCE_DATE_EPOCH when set', async () => {
    const out = tmp();
    const r = cli(['build', '--package', '7', '--only', 'werkblad', '--data', data, '--out', out], { cwd: data, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(r.code).toBe(0);
    const [file] = files(out);
    const doc = await PDFDocument.load(readFileSync(join(out, file!)), { updateMetadata: false });
    expect(doc.getCreationDate()?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });
});

describe('pdfinfo agrees', () => {
  it('every file of a build opens in poppler', () => {
    for (const f of files(outA)) expect(() => execFileSync('pdfinfo', [join(outA, f)], { stdio: 'pipe' }), f).not.toThrow();
  });
});
