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
import { bundlePieces } from '../src/model/materials.js';
import { built, dataDir, ownBuild, pdffonts, pdfinfo, pdftotext, squash, toolkit } from './helpers.js';
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

/** Every structure element of a document, from its StructTreeRoot down, as pdf-lib reads them. */
function structElems(doc: PDFDocument): PDFDict[] {
  const out: PDFDict[] = [];
  const seen = new Set<PDFDict>();
  const walk = (k: unknown) => {
    const v = k instanceof PDFRef ? doc.context.lookup(k) : k;
    if (v instanceof PDFArray) return v.asArray().forEach(walk);
    if (!(v instanceof PDFDict) || seen.has(v)) return;
    seen.add(v);
    if (v.get(PDFName.of('S'))) out.push(v);
    walk(v.get(PDFName.of('K')));
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)?.get(PDFName.of('K')));
  return out;
}

/** The /Alt of each Figure in the structure tree, '' where it has none. */
function figureAlts(doc: PDFDocument): string[] {
  return structElems(doc)
    .filter((e) => e.get(PDFName.of('S'))?.toString() === '/Figure')
    .map((e) => {
      const alt = e.get(PDFName.of('Alt'));
      return alt instanceof PDFString || alt instanceof PDFHexString ? alt.decodeText().trim() : '';
    });
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
  // The same read from the tree itself, every Figure: one that draws no text (a pictogram, a QR code) is no less a Figure.
  const missingAlt = figureAlts(doc).filter((a) => !a).length;
  if (missingAlt) problems.push(`${missingAlt} Figure(s) without /Alt in the structure tree`);
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? [];
    for (const a of annots) {
      const d = doc.context.lookup(a, PDFDict);
      if (d.get(PDFName.of('StructParent')) === undefined) problems.push('an annotation outside the structure tree');
      if (!d.get(PDFName.of('Contents'))) problems.push('an annotation without /Contents');
    }
    if (annots.length && page.node.get(PDFName.of('Tabs'))?.toString() !== '/S') problems.push('a page with links but no /Tabs /S');
  }
  // Lists: an L holds items (LI), an item a label (Lbl) and a body (LBody) only.
  const role = (e: PDFDict) => e.get(PDFName.of('S'))?.toString().slice(1);
  const kids = (e: PDFDict) => {
    const k = e.get(PDFName.of('K'));
    const all = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
    return all.map((c) => (c instanceof PDFRef ? doc.context.lookup(c) : c)).filter((c): c is PDFDict => c instanceof PDFDict && !!c.get(PDFName.of('S')));
  };
  const allowed: Record<string, string[]> = { L: ['LI', 'Caption', 'L'], LI: ['Lbl', 'LBody'] };
  for (const e of structElems(doc)) {
    const may = allowed[role(e) ?? ''];
    for (const c of may ? kids(e) : []) if (!may.includes(role(c)!)) problems.push(`a ${role(c)} directly under an ${role(e)}`);
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

let plan: Promise<string> | undefined;
/** The first print job of a session for package 8, which opens with the print plan: made once, in a copy of the shared build. */
function printPlan(): Promise<string> {
  return (plan ??= (async () => {
    const out = ownBuild();
    const r = await toolkit(['session', '8', '--participants', '8', '--date', '2027-01-15', '--out', out, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return join(out, 'sessies', `2027-01-15-${p8.id}`, '1-gewoon-papier-A4-dubbelzijdig.pdf');
  })());
}

/** Each Figure of a tree with the element read right after it (the text it stands beside). */
const figuresBefore = (t: Tree) => t.nodes.flatMap((n, i) => (n.role === 'Figure' && n.shown ? [{ alt: n.alt ?? '', next: t.nodes[i + 1] }] : []));

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
      await printPlan(),
    ];
    for (const k of kinds) expect(await pdfuaProblems(k), k).toEqual([]);
  }, 180_000);

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

  it('reads a pictogram that adds a meaning as a Figure with its /Alt, and skips one beside a text that says the same', async () => {
    // The print plan: "Neem mee" is post-its, "Klaarzetten" scissors; "Wat je print" and "De film" say what their pictogram shows.
    const sheet = await structTree(await printPlan());
    const h2 = (text: string) => sheet.nodes.findIndex((n) => n.role === 'H2' && n.text === text);
    const before = (text: string) => sheet.nodes[h2(text) - 1]!;
    expect(before('Neem mee')).toMatchObject({ role: 'Figure', alt: 'Pictogram: post-its' });
    expect(before('Klaarzetten')).toMatchObject({ role: 'Figure', alt: 'Pictogram: schaar' });
    expect(h2('Wat je print')).toBeGreaterThan(0);
    expect(before('Wat je print').role).not.toBe('Figure');
    expect(before('De film').role).not.toBe('Figure');
    expect(structText(await printPlan())).toMatch(/Figure\n\s*""\n\s*H2 \(block\)\n\s*"Neem mee"/);

    // The guide: each Figure stands before the heading of its section, which does not say what it shows.
    const guide = await structTree(join(built(), 'gebruiksaanwijzer-A4.pdf'));
    const figures = figuresBefore(guide);
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      expect(f.alt).toMatch(/^Pictogram: \S/);
      expect(f.next?.role).toBe('H2');
      expect(f.next!.text.toLowerCase()).not.toContain(f.alt.replace('Pictogram: ', ''));
    }
    const doseer = project.toolkit.guide.find((g) => g.heading === 'Doseer');
    if (doseer) expect(figures.find((f) => squash(f.next!.text) === 'Doseer')?.alt).toBe('Pictogram: tijd');
    // The sections named after a material have its pictogram, as decoration: no Figure before them.
    const named = guide.nodes.flatMap((n, i) => (n.role === 'H2' && /werkblad|werkpla|kaart|draaiboek/i.test(n.text) ? [guide.nodes[i - 1]!] : []));
    expect(named.length).toBeGreaterThan(0);
    for (const n of named) expect(n.role).not.toBe('Figure');

    // The draaiboek's pictograms stand beside the name of their material, in the plan and in "Klaarzetten".
    expect(roles(draaiboek, 'Figure').filter((f) => f.alt?.startsWith('Pictogram'))).toEqual([]);
    expect(roles(draaiboek, 'LBody').some((n) => /^Werkplaat 1/.test(n.text))).toBe(true);
  }, 60_000);

  it("reads the guide's numbered steps as a list: a label and a body per step", async () => {
    const section = project.toolkit.guide.find((g) => /^1\. /.test(g.text))!;
    const steps = section.text.split('\n').map((l) => /^(\d+\.)\s+(.*)$/.exec(l.trim())!);
    expect(steps.length).toBeGreaterThan(1);
    const guide = await structTree(join(built(), 'gebruiksaanwijzer-A4.pdf'));
    const at = guide.nodes.findIndex((n) => n.role === 'H2' && squash(n.text) === squash(section.heading));
    expect(at).toBeGreaterThan(0);
    const list = guide.nodes[at + 1]!;
    expect(list.role).toBe('L');
    const items = guide.nodes.slice(at + 2).filter((n) => n.depth > list.depth).slice(0, 3 * steps.length);
    expect(items.map((n) => n.role)).toEqual(steps.flatMap(() => ['LI', 'Lbl', 'LBody']));
    expect(items.filter((n) => n.role === 'Lbl').map((n) => n.text)).toEqual(steps.map((m) => m[1]));
    expect(items.filter((n) => n.role === 'LBody').map((n) => squash(n.text))).toEqual(steps.map((m) => squash(m[2]!)));
    // Nothing of the steps is left in a paragraph.
    expect(guide.nodes.filter((n) => n.role === 'P').some((n) => squash(n.text).includes(squash(steps[1]![2]!)))).toBe(false);
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

  it("reads a bundle's contents and each package cover's materials as lists", async () => {
    const t = await structTree(bundleC());
    const parent = (i: number, up = 1) => {
      const want = t.nodes[i]!.depth - up;
      for (let j = i - 1; j >= 0; j--) if (t.nodes[j]!.depth === want) return t.nodes[j]!;
      return undefined;
    };
    const packs = project.packages.filter((p) => p.theme.id === 'C').sort((a, b) => a.number - b.number);
    // The contents: a list of the packages, each with a list of its parts, every line a Link in an item's body.
    const contents = t.nodes.map((n, i) => ({ n, i })).filter(({ n }) => n.page === 1 && n.role === 'Link');
    expect(contents.length).toBeGreaterThan(packs.length);
    for (const { i } of contents) expect([parent(i)?.role, parent(i, 2)?.role, parent(i, 3)?.role]).toEqual(['LBody', 'LI', 'L']);
    expect(roles(t, 'L').filter((n) => n.page === 1)).toHaveLength(1 + packs.length);
    // The first package's cover: an item per material that follows it, its name and paper as the label.
    const first = packs[0]!;
    const cover = t.nodes.find((n) => n.role === 'H1' && n.text === first.title)!.page;
    const labels = bundlePieces(first).map((b) => (b.kind === 'werkplaat' ? `Werkplaat ${b.index + 1}` : { draaiboek: 'Draaiboek', werkblad: 'Werkblad', kaarten: 'Kaarten' }[b.kind]));
    const lbl = t.nodes.filter((n) => n.page === cover && n.role === 'Lbl').map((n) => n.text);
    expect(lbl).toHaveLength(labels.length);
    lbl.forEach((l, i) => expect(l.startsWith(labels[i]!), l).toBe(true));
    expect(t.nodes.filter((n) => n.page === cover && n.role === 'LI')).toHaveLength(labels.length);
    const bodies = t.nodes.filter((n) => n.page === cover && n.role === 'LBody').map((n) => squash(n.text));
    first.werkplaten.forEach((w) => expect(bodies.some((b) => b.includes(squash(w.title))), w.title).toBe(true));
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
