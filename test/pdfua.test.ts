/**
 * Tagged PDF (PDF/UA-1, issue 27), read as assistive technology reads it:
 * pdf.js's getStructTree (what a browser's PDF viewer hands a screen reader)
 * and poppler's `pdfinfo -struct-text`, on each tagged kind of the shared
 * build, and the rules of the Matterhorn protocol a machine can check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFString, PDFHexString, PDFBool } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../src/index.js';
import { fileName } from '../src/outputs/files.js';
import { built, dataDir, pdffonts, pdfinfo, pdftotext, squash } from './helpers.js';
import { libraries as pdfJs } from '../src/outputs/site/previews.js';

const project = loadProject(dataDir);
const pkg = (n: number) => project.packages.find((p) => p.number === n)!;
const p8 = pkg(8);
const p1 = pkg(1);
const file = (p: ReturnType<typeof pkg>, what: string) => join(built(), fileName(p, what));
const themeC = project.toolkit.themes.find((t) => t.id === 'C')!;
const bundleC = () => join(built(), `thema-C-${themeC.name.toLowerCase().replace(/\s+/g, '-')}-bundel.pdf`);

interface StructNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}
interface Tree {
  /** Every element of every page, in reading order, with the text of its own marked content. */
  nodes: { role: string; alt?: string; text: string; depth: number; page: number; /** Has content on this page. */ shown: boolean }[];
  /** Pages whose tree pdf.js could not read. */
  missing: number[];
}

/** pdf.js's structure tree of each page, with each element's text from the page's marked content. */
async function structTree(path: string): Promise<Tree> {
  const { pdfjs } = await pdfJs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0, isEvalSupported: false }).promise;
  const out: Tree = { nodes: [], missing: [] };
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const tree = (await page.getStructTree()) as StructNode | null;
    if (!tree) {
      out.missing.push(i);
      continue;
    }
    const content = await page.getTextContent({ includeMarkedContent: true });
    const text = new Map<string, string>();
    const open: (string | null)[] = [];
    for (const item of content.items as { type?: string; id?: string; str?: string }[]) {
      if (item.type === 'beginMarkedContentProps') open.push(item.id ?? null);
      else if (item.type === 'beginMarkedContent') open.push(null);
      else if (item.type === 'endMarkedContent') open.pop();
      else if (item.str !== undefined) {
        const id = open.filter(Boolean).at(-1);
        if (id) text.set(id, (text.get(id) ?? '') + item.str);
      }
    }
    const deep = (n: StructNode): string => (n.type === 'content' ? (text.get(n.id!) ?? '') : (n.children ?? []).map(deep).join(''));
    const walk = (n: StructNode, depth: number) => {
      if (n.role) {
        const own = (n.children ?? []).filter((c) => c.type === 'content').map((c) => text.get(c.id!) ?? '').join('').trim();
        out.nodes.push({ role: n.role, alt: n.alt, text: own, depth, page: i, shown: !!deep(n).trim() || (n.children ?? []).some((c) => c.type === 'annotation') || !!n.alt });
      }
      for (const c of n.children ?? []) if (!c.type) walk(c, depth + 1);
    };
    walk(tree, 0);
  }
  return out;
}

/**
 * The elements of a role. pdf.js gives each page its tree, so an element with
 * content on two pages (the list of questions) is met on both: a leaf
 * element is counted on the pages it has content on.
 */
const roles = (t: Tree, role: string) => t.nodes.filter((n) => n.role === role && n.shown);

/** Painting operators outside both a structure element's marked content (an MCID) and an artifact: untagged content. */
async function untaggedContent(path: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
  const bad: string[] = [];
  doc.getPages().forEach((page, p) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFRef ? [contents] : contents instanceof PDFArray ? contents.asArray() : [];
    const text = refs
      .map((r) => {
        const s = doc.context.lookup(r as PDFRef) as PDFRawStream;
        return Buffer.from(s.dict.get(PDFName.of('Filter')) ? inflateSync(s.contents) : s.contents).toString('latin1');
      })
      .join('\n')
      // pdfkit writes a marked-content dictionary over several lines: one line each.
      .replace(/<<[\s\S]*?>>/g, (d) => d.replace(/\s+/g, ' '));
    const stack: ('mcid' | 'artifact' | 'other')[] = [];
    for (const line of text.split(/\n/)) {
      const l = line.trim();
      if (/\bBDC$/.test(l)) stack.push(/MCID/.test(l) ? 'mcid' : l.startsWith('/Artifact') ? 'artifact' : 'other');
      else if (/\bBMC$/.test(l)) stack.push(l.startsWith('/Artifact') ? 'artifact' : 'other');
      else if (l === 'EMC') stack.pop();
      else if (/(?:^|\s)(TJ|Tj|'|"|f\*?|F|S|s|B\*?|b\*?|Do|sh)$/.test(l) && !stack.some((k) => k !== 'other')) bad.push(`page ${p + 1}: ${l.slice(-60)}`);
    }
  });
  return bad;
}

/** The machine-checkable rules of PDF/UA-1 (Matterhorn), for one file. */
async function pdfuaProblems(path: string): Promise<string[]> {
  const problems: string[] = [];
  const bytes = readFileSync(path);
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const cat = doc.catalog;
  const mark = cat.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  if (mark?.get(PDFName.of('Marked')) !== PDFBool.True) problems.push('no /MarkInfo <</Marked true>>');
  if (!cat.get(PDFName.of('StructTreeRoot'))) problems.push('no /StructTreeRoot');
  const lang = cat.get(PDFName.of('Lang'));
  if (!(lang instanceof PDFString || lang instanceof PDFHexString) || lang.decodeText() !== 'nl-NL') problems.push('no /Lang nl-NL');
  const prefs = cat.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  if (prefs?.get(PDFName.of('DisplayDocTitle')) !== PDFBool.True) problems.push('the title is not shown (DisplayDocTitle)');
  const title = doc.getTitle();
  if (!title) problems.push('no title');
  const meta = cat.lookupMaybe(PDFName.of('Metadata'), PDFRawStream);
  const xmp = meta ? Buffer.from(meta.contents).toString('utf8') : '';
  if (!/<pdfuaid:part>1<\/pdfuaid:part>/.test(xmp)) problems.push('XMP lacks pdfuaid:part 1');
  const xmpTitle = /<dc:title><rdf:Alt><rdf:li xml:lang="x-default">([^<]*)<\/rdf:li>/.exec(xmp)?.[1]?.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
  if (xmpTitle !== title) problems.push(`XMP dc:title ${JSON.stringify(xmpTitle)} is not the title ${JSON.stringify(title)}`);
  // Every font embedded, with a Unicode map.
  for (const row of pdffonts(path).split('\n').slice(2).filter(Boolean)) if (!/ yes +yes +yes +\d+ +\d+$/.test(row)) problems.push(`font not embedded with Unicode: ${row}`);
  // Every content item tagged or an artifact.
  problems.push(...(await untaggedContent(path)));
  // Every page's tree readable, every figure with its alternative text, every link annotation in the tree with /Contents.
  const tree = await structTree(path);
  if (tree.missing.length) problems.push(`pdf.js reads no structure on page(s) ${tree.missing.join(', ')}`);
  for (const f of roles(tree, 'Figure')) if (!f.alt) problems.push(`a Figure without /Alt on page ${f.page}`);
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? [];
    for (const a of annots) {
      const d = doc.context.lookup(a, PDFDict);
      if (d.get(PDFName.of('StructParent')) === undefined) problems.push('an annotation outside the structure tree');
      if (!d.get(PDFName.of('Contents'))) problems.push('an annotation without /Contents');
    }
    if (annots.length && page.node.get(PDFName.of('Tabs'))?.toString() !== '/S') problems.push('a page with links but no /Tabs /S');
  }
  // Headings: no level skipped on the way down.
  let level = 0;
  for (const h of tree.nodes.filter((n) => /^H\d$/.test(n.role))) {
    const l = Number(h.role[1]);
    if (l > level + 1) problems.push(`${h.role} "${h.text}" after H${level}`);
    level = l;
  }
  return problems;
}

/** The lines of `pdfinfo -struct-text`: structure and text as a screen reader gets it. */
const structText = (path: string) => pdfinfo(path, ['-struct-text']);

describe('tagged PDF (PDF/UA-1): what assistive technology reads', () => {
  let werkblad: Tree;
  let draaiboek: Tree;
  beforeAll(async () => {
    werkblad = await structTree(file(p8, 'werkblad-A4'));
    draaiboek = await structTree(file(p8, 'draaiboek-A4'));
  }, 60_000);

  it('meets the machine-checkable PDF/UA rules in every tagged kind', async () => {
    const kinds = [
      file(p8, 'werkblad-A4'),
      file(p1, 'werkblad-A4'),
      file(p8, 'draaiboek-A4'),
      file(p8, 'werkplaat-1-A3'),
      file(p8, 'werkplaat-1-2xA4'),
      file(p8, 'kaarten-A4'),
      join(built(), 'gebruiksaanwijzer-A4.pdf'),
      join(built(), 'overzicht-A4.pdf'),
      bundleC(),
    ];
    for (const k of kinds) expect(await pdfuaProblems(k), k).toEqual([]);
  }, 120_000);

  it('reads the werkblad as a heading, the intro, the film and a list of the questions, in that order, without its footer', () => {
    const h1 = roles(werkblad, 'H1');
    expect(h1.map((h) => h.text)).toEqual([p8.title]);
    expect(roles(werkblad, 'H2').map((h) => h.text)).toEqual([`Film: ${p8.film.title}`, 'Reflectievragen']);
    const items = roles(werkblad, 'LBody').map((n) => squash(n.text));
    expect(items).toEqual(p8.questions.map(squash));
    expect(roles(werkblad, 'Lbl').map((n) => n.text.trim())).toEqual(p8.questions.map((_, i) => `${i + 1}.`));
    expect(roles(werkblad, 'LI')).toHaveLength(p8.questions.length);
    // One list, though it runs over two pages.
    expect(roles(werkblad, 'L').length).toBe(new Set(roles(werkblad, 'L').map((l) => l.page)).size);
    const text = structText(file(p8, 'werkblad-A4'));
    const at = (s: string) => squash(text).indexOf(squash(s));
    const order = [p8.title, p8.intro, `Film: ${p8.film.title}`, 'Reflectievragen', p8.questions[0]!, p8.questions.at(-1)!].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The footer and the page numbers are artifacts: on the page, not read out.
    expect(pdftotext(file(p8, 'werkblad-A4'))).toContain('pagina 1 van');
    expect(text).not.toContain('pagina 1 van');
    expect(text).not.toContain(`versie ${project.toolkit.version}`);
  });

  it('reads the draaiboek plan as a table: a row of column heads, then a row per step with its cells', () => {
    const f = p8.facilitation!;
    const th = roles(draaiboek, 'TH').map((n) => n.text);
    expect(th.map((t) => t.toLowerCase())).toEqual(['tijd', 'wat je doet', 'nodig']);
    expect(roles(draaiboek, 'TR')).toHaveLength(f.plan.length + 1);
    const td = roles(draaiboek, 'TD');
    expect(td).toHaveLength(3 * f.plan.length);
    f.plan.forEach((step, i) => {
      expect(td[3 * i]!.text).toContain(`${step.minutes} min`);
      expect(squash(td[3 * i + 1]!.text)).toContain(squash(step.title));
      expect(squash(td[3 * i + 1]!.text)).toContain(squash(step.text));
    });
    const scope = structText(file(p8, 'draaiboek-A4')).match(/\/Scope \/Column/g) ?? [];
    expect(scope).toHaveLength(3);
    expect(roles(draaiboek, 'H1').map((h) => h.text)).toEqual([p8.title]);
    expect(roles(draaiboek, 'H2').map((h) => h.text)).toContain('Tips');
    expect(roles(draaiboek, 'LBody').map((n) => squash(n.text))).toEqual(expect.arrayContaining(f.tips.map(squash)));
  });

  it('gives the QR code its alternative text and the film link its description', async () => {
    const t = await structTree(file(p1, 'werkblad-A4'));
    const figures = roles(t, 'Figure');
    expect(figures).toHaveLength(1);
    expect(figures[0]!.alt).toContain(p1.film.url!);
    expect(roles(t, 'Link').map((l) => l.text)).toEqual([p1.film.url]);
    const { pdfjs } = await pdfJs();
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file(p1, 'werkblad-A4'))), verbosity: 0 }).promise;
    const annots = (await (await doc.getPage(1)).getAnnotations()) as { url?: string; contentsObj?: { str: string } }[];
    expect(annots.map((a) => a.url)).toEqual([p1.film.url]);
    expect(annots[0]!.contentsObj?.str).toContain(p1.film.title);
  });

  it('has bookmarks from the headings', async () => {
    const { pdfjs } = await pdfJs();
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file(p8, 'werkblad-A4'))), verbosity: 0 }).promise;
    const outline = (await doc.getOutline()) as { title: string; items: { title: string }[] }[];
    expect(outline.map((o) => o.title)).toEqual([p8.title]);
    expect(outline[0]!.items.map((o) => o.title)).toEqual([`Film: ${p8.film.title}`, 'Reflectievragen']);
  });

  it('reads a werkplaat as its title, instruction and each area as a heading with its prompt', async () => {
    const t = await structTree(file(p8, 'werkplaat-1-A3'));
    const plaat = p8.werkplaten[0]!;
    expect(roles(t, 'H1').map((h) => squash(h.text))).toEqual([squash(plaat.title)]);
    expect(roles(t, 'H2').map((h) => squash(h.text))).toEqual(plaat.areas.map((a) => squash(a.heading)));
    expect(structText(file(p8, 'werkplaat-1-A3'))).not.toContain(`versie ${project.toolkit.version}`);
  });

  it('says the 2 x A4 tiles and the card sheets are for printing, and where their text is to read', async () => {
    for (const [f, what] of [
      [file(p8, 'werkplaat-1-2xA4'), 'werkplaat'],
      [file(p8, 'kaarten-A4'), 'kaarten'],
    ] as const) {
      const info = pdfinfo(f);
      expect(info, what).toMatch(/Title: .*alleen om te printen/);
      expect(info, what).toMatch(new RegExp(`Subject: .*${p8.id}/index\\.html`));
      const t = await structTree(f);
      const figures = roles(t, 'Figure');
      expect(figures.length, what).toBe((await PDFDocument.load(readFileSync(f))).getPageCount());
      for (const fig of figures) expect(fig.alt, what).toContain(`${p8.id}/index.html`);
    }
  });

  it("keeps each part's structure in a bundle: its parts in page order, the first package's cover, draaiboek and werkblad whole", async () => {
    const t = await structTree(bundleC());
    expect(roles(t, 'Part').length).toBeGreaterThan(5);
    const [first, second] = project.packages.filter((p) => p.theme.id === 'C').sort((a, b) => a.number - b.number);
    const h1 = roles(t, 'H1').map((h) => h.text);
    // Its cover, its draaiboek and its werkblad each have its title as H1, all before the next package's.
    const mine = h1.flatMap((h, i) => (h === first!.title ? [i] : []));
    expect(mine).toHaveLength(first!.facilitation ? 3 : 2);
    expect(Math.max(...mine)).toBeLessThan(h1.indexOf(second!.title));
    const items = roles(t, 'LBody').map((n) => squash(n.text));
    for (const q of first!.questions) expect(items).toContain(squash(q));
    // The blank backs say so on paper; they are not read out.
    expect(pdftotext(bundleC())).toContain('Deze pagina is bewust leeg');
    expect(structText(bundleC())).not.toContain('Deze pagina is bewust leeg');
  }, 60_000);

  it('reads a line-end hyphen our line breaker inserted as a soft hyphen, and keeps a hyphen that was written', async () => {
    // A card of package 8 breaks "behandeld" at its line end.
    const raw = pdftotext(file(p8, 'kaarten-drukker'), ['-raw']);
    expect(raw).toMatch(/behan\u00AD\ndeld/);
    expect(raw).not.toMatch(/behan-/);
    // Every inserted hyphen of the werkbladen and draaiboeken: the structure reads the word whole.
    let seen = 0;
    for (const p of project.packages)
      for (const f of [file(p, 'werkblad-A4'), ...(p.facilitation ? [file(p, 'draaiboek-A4')] : [])]) {
        const text = pdftotext(f, ['-raw']);
        const breaks = [...text.matchAll(/(\p{L}+)\u00AD\n(\p{L}+)/gu)];
        if (!breaks.length) continue;
        const struct = structText(f);
        for (const b of breaks) {
          seen++;
          expect(struct, f).toContain(b[1]! + b[2]!);
        }
      }
    expect(seen).toBeGreaterThan(0);
    // A hyphen of the text stays a hyphen.
    expect(structText(file(p8, 'draaiboek-A4'))).toContain('denk- en doekaarten');
  }, 120_000);
});
