import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  PrintScaling,
  StandardFonts,
} from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { A3_LANDSCAPE as A3, A4 } from '../templates/units.js';
import { bundleIndex, mergeBundle, pageLabels, type BundlePart } from '../src/print/bundle.js';
import { labelRanges } from '../src/print/pageLabels.js';
import { popplerText } from './poppler.js';

// PRINT_TEST_OUT keeps the PDFs somewhere to look at them; by default they go to a fresh temp folder.
const out = process.env.PRINT_TEST_OUT ?? mkdtempSync(join(tmpdir(), 'print-bundle-'));

type Size = 'A4' | 'A3';
const SIZES = { A4, A3 };

/** A finished material: one page per entry, each with its own name ("P8-werkblad-2") printed on it. */
async function material(name: string, sizes: Size[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  sizes.forEach((size, i) => {
    const page = doc.addPage([SIZES[size].width, SIZES[size].height]);
    page.drawText(`${name}-${i + 1}`, { x: 60, y: SIZES[size].height - 100, size: 24, font });
  });
  return doc.save();
}

const THEME = 'Thema C · Ambtelijk vakmanschap';
const P7 = '7. Wat vraagt de inwoner écht?';
const P8 = '8. ‘Hoort het?’ of ‘helpt het?’';
const P9 = '9. Ruimte in de regels';

/**
 * A theme with a cover of its own (unlabelled) and three packages labelled
 * "7.", "8.", "9.", whose covers are the pages of one shared PDF.
 */
async function theme(): Promise<BundlePart[]> {
  const covers = await material('omslagen', ['A4', 'A4', 'A4']);
  const pkg = async (n: number, title: string, materials: [string, string, Size[]][]): Promise<BundlePart> => ({
    title,
    label: `${n}.`,
    children: [
      { title: 'Omslag', bytes: covers, page: n - 7 },
      ...(await Promise.all(materials.map(async ([t, slug, sizes]) => ({ title: t, bytes: await material(`P${n}-${slug}`, sizes) })))),
    ],
  });
  return [
    {
      title: THEME,
      bytes: await material('C-omslag', ['A4']),
      children: [
        await pkg(7, P7, [
          ['Werkblad', 'werkblad', ['A4', 'A4']],
          ['Werkplaat 1 (A3)', 'werkplaat1', ['A3']],
        ]),
        await pkg(8, P8, [
          ['Werkblad', 'werkblad', ['A4', 'A4']],
          ['Werkplaat 1 (A3)', 'werkplaat1', ['A3']],
          ['Werkplaat 2 (A3)', 'werkplaat2', ['A3']],
          ['Kaarten (A4)', 'kaarten', ['A4', 'A4', 'A4']],
        ]),
        await pkg(9, P9, [
          ['Werkblad', 'werkblad', ['A4']],
        ]),
      ],
    },
  ];
}

// Written out by hand, not derived from the tree: what each page of the bundle must be.
const PAGES: [text: string, size: Size, label: string][] = [
  ['C-omslag-1', 'A4', '1'],
  ['omslagen-1', 'A4', '7.1'],
  ['P7-werkblad-1', 'A4', '7.2'],
  ['P7-werkblad-2', 'A4', '7.3'],
  ['P7-werkplaat1-1', 'A3', '7.4'],
  ['omslagen-2', 'A4', '8.1'],
  ['P8-werkblad-1', 'A4', '8.2'],
  ['P8-werkblad-2', 'A4', '8.3'],
  ['P8-werkplaat1-1', 'A3', '8.4'],
  ['P8-werkplaat2-1', 'A3', '8.5'],
  ['P8-kaarten-1', 'A4', '8.6'],
  ['P8-kaarten-2', 'A4', '8.7'],
  ['P8-kaarten-3', 'A4', '8.8'],
  ['omslagen-3', 'A4', '9.1'],
  ['P9-werkblad-1', 'A4', '9.2'],
];

interface Mark {
  title: string;
  page: number;
  children: Mark[];
}
const m = (title: string, page: number, children: Mark[] = []): Mark => ({ title, page, children });
const OUTLINE: Mark[] = [
  m(THEME, 0, [
    m(P7, 1, [m('Omslag', 1), m('Werkblad', 2), m('Werkplaat 1 (A3)', 4)]),
    m(P8, 5, [m('Omslag', 5), m('Werkblad', 6), m('Werkplaat 1 (A3)', 8), m('Werkplaat 2 (A3)', 9), m('Kaarten (A4)', 10)]),
    m(P9, 13, [m('Omslag', 13), m('Werkblad', 14)]),
  ]),
];

const text = (o: unknown) => {
  if (o instanceof PDFHexString || o instanceof PDFString) return o.decodeText();
  throw new Error(`not a string: ${String(o)}`);
};
const dict = (d: PDFDict, key: string) => d.lookupMaybe(PDFName.of(key), PDFDict);
const num = (d: PDFDict, key: string) => d.lookupMaybe(PDFName.of(key), PDFNumber)?.asNumber();

/**
 * The outline read back from the file, checking the links as it goes: every
 * item's /Parent is the dictionary it hangs from, /Prev and /Next mirror each
 * other, /Last is the last of the /Next chain, and /Count is the number of
 * items below an open item.
 */
function readOutline(doc: PDFDocument): { marks: Mark[]; count: number | undefined } {
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
  const level = (parent: PDFDict): { marks: Mark[]; visible: number } => {
    const marks: Mark[] = [];
    let visible = 0;
    let item = dict(parent, 'First');
    let prev: PDFDict | undefined;
    while (item) {
      expect(item.lookup(PDFName.of('Parent'))).toBe(parent);
      expect(dict(item, 'Prev')).toBe(prev);
      const dest = item.lookup(PDFName.of('Dest'), PDFArray);
      const ref = dest.get(0);
      expect(ref).toBeInstanceOf(PDFRef);
      expect(dest.lookup(1, PDFName)).toBe(PDFName.of('Fit'));
      const page = pageIndex.get(ref.toString());
      expect(page).toBeDefined();
      const sub = level(item);
      if (sub.marks.length) expect(num(item, 'Count')).toBe(sub.visible);
      else expect(item.has(PDFName.of('Count'))).toBe(false);
      marks.push({ title: text(item.lookup(PDFName.of('Title'))), page: page!, children: sub.marks });
      visible += 1 + sub.visible;
      prev = item;
      item = dict(item, 'Next');
    }
    expect(dict(parent, 'Last')).toBe(prev);
    return { marks, visible };
  };
  const root = dict(doc.catalog, 'Outlines')!;
  expect(root.lookup(PDFName.of('Type'))).toBe(PDFName.of('Outlines'));
  const { marks, visible } = level(root);
  expect(num(root, 'Count')).toBe(visible);
  return { marks, count: num(root, 'Count') };
}

/** Each page's label, worked out from the /PageLabels /Nums array as a viewer would. */
function readLabels(doc: PDFDocument): string[] {
  const tree = dict(doc.catalog, 'PageLabels')!;
  const nums = tree.lookup(PDFName.of('Nums'), PDFArray);
  const ranges: { start: number; d: PDFDict }[] = [];
  for (let i = 0; i < nums.size(); i += 2) ranges.push({ start: nums.lookup(i, PDFNumber).asNumber(), d: nums.lookup(i + 1, PDFDict) });
  expect(ranges.map((r) => r.start)).toEqual([...ranges.map((r) => r.start)].sort((a, b) => a - b));
  expect(ranges[0]?.start).toBe(0);
  return doc.getPages().map((_, i) => {
    const r = ranges.filter((x) => x.start <= i).at(-1)!;
    const prefix = r.d.has(PDFName.of('P')) ? text(r.d.lookup(PDFName.of('P'))) : '';
    expect(r.d.lookup(PDFName.of('S'))).toBe(PDFName.of('D'));
    return prefix + String((num(r.d, 'St') ?? 1) + i - r.start);
  });
}

/** Bookmarks as poppler reads them: titles and 1-based page numbers, in order, depth by indentation. */
function popplerOutline(file: string): string[] {
  const xml = popplerText('pdftohtml', ['-xml', '-i', '-stdout', '-q', file]);
  const lines: string[] = [];
  let depth = -1;
  for (const tok of xml.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (tok[0] === '<outline>') depth++;
    else if (tok[0] === '</outline>') depth--;
    else lines.push(`${'  '.repeat(depth)}${tok[2]} @${tok[1]}`);
  }
  return lines;
}
const flat = (marks: Mark[], depth = 0): string[] =>
  marks.flatMap((k) => [`${'  '.repeat(depth)}${k.title} @${k.page + 1}`, ...flat(k.children, depth + 1)]);

/** Page n's text (from 1), trimmed: one pdftotext run a file (each is written once, in a beforeAll), split where poppler ends a page. */
const texts = new Map<string, string[]>();
const pageText = (file: string, n: number) =>
  (texts.get(file) ?? texts.set(file, popplerText('pdftotext', [file, '-']).split('\f').map((t) => t.trim())).get(file)!)[n - 1];

describe('theme bundle', () => {
  let parts: BundlePart[];
  let bytes: Uint8Array;
  let file: string;
  let doc: PDFDocument;
  let index: Awaited<ReturnType<typeof mergeBundle>>['index'];
  let pages: number;
  beforeAll(async () => {
    parts = await theme();
    const r = await mergeBundle(parts, { title: 'Thema C – bundel' });
    index = r.index;
    pages = r.pages;
    bytes = await r.doc.save();
    file = join(out, 'thema-C-bundel.pdf');
    writeFileSync(file, bytes);
    doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  });

  it('holds every page of every part, in tree order and at its own size', () => {
    expect(pages).toBe(PAGES.length);
    expect(doc.getPageCount()).toBe(PAGES.length);
    expect(doc.getPages().map((p) => [p.getWidth(), p.getHeight()])).toEqual(
      PAGES.map(([, size]) => [expect.closeTo(SIZES[size].width, 2), expect.closeTo(SIZES[size].height, 2)]),
    );
  });

  it('is a file poppler reads, page by page the expected text and size', () => {
    const info = popplerText('pdfinfo', ['-f', '1', '-l', '99', file]);
    expect(info).toMatch(new RegExp(`Pages: +${PAGES.length}\\n`));
    const sizes = [...info.matchAll(/Page +\d+ size: +([\d.]+) x ([\d.]+) pts/g)].map((x) => [Number(x[1]), Number(x[2])]);
    expect(sizes).toEqual(PAGES.map(([, size]) => [expect.closeTo(SIZES[size].width, 1), expect.closeTo(SIZES[size].height, 1)]));
    PAGES.forEach(([t], i) => expect(pageText(file, i + 1)).toBe(t));
  });

  it('has a bookmark for the theme, each package and each material, on its first page', () => {
    const { marks, count } = readOutline(doc);
    expect(marks).toEqual(OUTLINE);
    // 1 theme + 3 packages + 10 materials, all open.
    expect(count).toBe(14);
    expect(doc.catalog.lookup(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
  });

  it('has bookmarks poppler reads the same way, accents and curly quotes included', () => {
    expect(popplerOutline(file)).toEqual(flat(OUTLINE));
  });

  it('labels the pages per package: 8.1, 8.2, … and the theme cover by its place', () => {
    const labels = readLabels(doc);
    expect(labels).toEqual(PAGES.map(([, , label]) => label));
    // Cross-checked with poppler: the page a label names shows that page's text.
    for (const [t, , label] of PAGES) expect(pageText(file, labels.indexOf(label) + 1)).toBe(t);
    // One range per package and one for the cover: no more than needed.
    const nums = dict(doc.catalog, 'PageLabels')!.lookup(PDFName.of('Nums'), PDFArray);
    expect(nums.size() / 2).toBe(4);
  });

  it('indexes every part with its first page and page count', async () => {
    const expected = [
      { path: [THEME], firstPage: 0, pages: 15 },
      { path: [THEME, P7], firstPage: 1, pages: 4 },
      { path: [THEME, P7, 'Omslag'], firstPage: 1, pages: 1 },
      { path: [THEME, P7, 'Werkblad'], firstPage: 2, pages: 2 },
      { path: [THEME, P7, 'Werkplaat 1 (A3)'], firstPage: 4, pages: 1 },
      { path: [THEME, P8], firstPage: 5, pages: 8 },
      { path: [THEME, P8, 'Omslag'], firstPage: 5, pages: 1 },
      { path: [THEME, P8, 'Werkblad'], firstPage: 6, pages: 2 },
      { path: [THEME, P8, 'Werkplaat 1 (A3)'], firstPage: 8, pages: 1 },
      { path: [THEME, P8, 'Werkplaat 2 (A3)'], firstPage: 9, pages: 1 },
      { path: [THEME, P8, 'Kaarten (A4)'], firstPage: 10, pages: 3 },
      { path: [THEME, P9], firstPage: 13, pages: 2 },
      { path: [THEME, P9, 'Omslag'], firstPage: 13, pages: 1 },
      { path: [THEME, P9, 'Werkblad'], firstPage: 14, pages: 1 },
    ];
    expect(await bundleIndex(parts)).toEqual(expected);
    expect(index).toEqual(expected);
  });

  it('gives the same bytes for the same input, and leaves dates and IDs to the metadata step', async () => {
    const again = await (await mergeBundle(await theme(), { title: 'Thema C – bundel' })).doc.save();
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    expect(doc.getTitle()).toBe('Thema C – bundel');
    expect(doc.getCreationDate()).toBeUndefined();
    expect(doc.getModificationDate()).toBeUndefined();
    expect(doc.getProducer()).toBeUndefined();
    expect(doc.context.trailerInfo.ID).toBeUndefined();
  });

  it('asks for 100% printing', () => {
    expect(doc.catalog.getViewerPreferences()?.getPrintScaling()).toBe(PrintScaling.None);
  });
});

describe('bundle edge cases', () => {
  it('refuses a part that asks for a page its PDF does not have', async () => {
    const parts: BundlePart[] = [{ title: 'Omslag', bytes: await material('omslagen', ['A4', 'A4']), page: 2 }];
    await expect(mergeBundle(parts, { title: 'x' })).rejects.toThrow('bundle part "Omslag": no page 3 in its PDF');
  });

  it('refuses a part without pages, naming it', async () => {
    const parts: BundlePart[] = [
      { title: 'Thema A', children: [{ title: '1. Eerst', children: [{ title: 'Werkblad' }] }] },
    ];
    await expect(mergeBundle(parts, { title: 'A' })).rejects.toThrow('bundle "A": "Thema A › 1. Eerst › Werkblad" has no pages');
  });

  it('merges several top nodes and bookmarks each', async () => {
    const parts: BundlePart[] = [
      { title: 'Één', bytes: await material('een', ['A4', 'A4']) },
      { title: 'Twee', bytes: await material('twee', ['A3']) },
    ];
    const r = await mergeBundle(parts, { title: 'twee' });
    const doc = await PDFDocument.load(await r.doc.save(), { updateMetadata: false });
    expect(readOutline(doc)).toEqual({ marks: [m('Één', 0), m('Twee', 2)], count: 2 });
    // No label anywhere: plain page numbers.
    expect(readLabels(doc)).toEqual(['1', '2', '3']);
  });

  it('numbers a labelled part inside a labelled part apart, and the outer count runs on after it', async () => {
    const pdf = (n: number) => material('x', Array<Size>(n).fill('A4'));
    const parts: BundlePart[] = [
      { title: 'omslag', bytes: await pdf(1) },
      {
        title: 'pakket',
        label: '8.',
        children: [
          { title: 'a', bytes: await pdf(2) },
          { title: 'kaarten', label: 'K', bytes: await pdf(2) },
          { title: 'b', bytes: await pdf(1) },
        ],
      },
      { title: 'achter', bytes: await pdf(1) },
    ];
    const expected = ['1', '8.1', '8.2', 'K1', 'K2', '8.3', '7'];
    const own = new Map([['omslag', 1], ['pakket', 0], ['a', 2], ['kaarten', 2], ['b', 1], ['achter', 1]]);
    const labels = pageLabels(parts, (p) => own.get(p.title)!);
    expect(labels.map((l) => `${l.prefix ?? ''}${l.number}`)).toEqual(expected);
    expect(labelRanges(labels)).toEqual([
      { start: 0, first: 1 },
      { start: 1, prefix: '8.', first: 1 },
      { start: 3, prefix: 'K', first: 1 },
      { start: 5, prefix: '8.', first: 3 },
      { start: 6, first: 7 },
    ]);
    // And in the file: the two ranges that do not start at 1 carry /St.
    const r = await mergeBundle(parts, { title: 'nest' });
    expect(readLabels(await PDFDocument.load(await r.doc.save(), { updateMetadata: false }))).toEqual(expected);
  });
});

describe('bundles for duplex printing', () => {
  const pdf = (name: string, n: number) => material(name, Array<Size>(n).fill('A4'));
  let file: string;
  let doc: PDFDocument;
  let index: Awaited<ReturnType<typeof mergeBundle>>['index'];
  beforeAll(async () => {
    const covers = await pdf('omslag', 2);
    const pkg = async (n: number, parts: [string, number, boolean?][]): Promise<BundlePart> => ({
      title: `P${n}`,
      label: `${n}.`,
      recto: true,
      children: [
        { title: 'Omslag', bytes: covers, page: n - 1, recto: true },
        ...(await Promise.all(parts.map(async ([t, pages, onePerSheet]) => ({ title: t, bytes: await pdf(`P${n}-${t}`, pages), recto: true, onePerSheet })))),
      ],
    });
    const parts: BundlePart[] = [
      {
        title: 'Thema',
        bytes: await pdf('inhoud', 1),
        children: [await pkg(1, [['werkblad', 3], ['tegels', 2, true], ['kaarten', 4]]), await pkg(2, [['werkblad', 2], ['kaarten', 2]])],
      },
    ];
    const r = await mergeBundle(parts, { title: 'duplex', blank: { bytes: await pdf('leeg', 1), page: 0 } });
    index = r.index;
    file = join(out, 'duplex.pdf');
    writeFileSync(file, await r.doc.save());
    doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  });

  // Written out by hand: every part on an odd page, each tile on a sheet of its own, blanks only on even pages.
  const EXPECTED = [
    ['inhoud-1', '1'],
    ['leeg-1', '2'],
    ['omslag-1', '1.1'],
    ['leeg-1', '1.2'],
    ['P1-werkblad-1', '1.3'],
    ['P1-werkblad-2', '1.4'],
    ['P1-werkblad-3', '1.5'],
    ['leeg-1', '1.6'],
    ['P1-tegels-1', '1.7'],
    ['leeg-1', '1.8'],
    ['P1-tegels-2', '1.9'],
    ['leeg-1', '1.10'],
    ['P1-kaarten-1', '1.11'],
    ['P1-kaarten-2', '1.12'],
    ['P1-kaarten-3', '1.13'],
    ['P1-kaarten-4', '1.14'],
    ['omslag-2', '2.1'],
    ['leeg-1', '2.2'],
    ['P2-werkblad-1', '2.3'],
    ['P2-werkblad-2', '2.4'],
    ['P2-kaarten-1', '2.5'],
    ['P2-kaarten-2', '2.6'],
  ];

  it('starts every part on an odd page, with a blank page before it where needed, and each tile on its own sheet', () => {
    expect(doc.getPageCount()).toBe(EXPECTED.length);
    EXPECTED.forEach(([t], i) => expect(pageText(file, i + 1), `page ${i + 1}`).toBe(t));
    for (const e of index.filter((e) => e.path.length > 1)) expect(e.firstPage % 2, e.path.join(' › ')).toBe(0);
  });

  it('labels a blank page as the back of the sheet before it', () => {
    expect(readLabels(doc)).toEqual(EXPECTED.map(([, l]) => l));
  });

  it('bookmarks each part on its first page, not on the blank before it', () => {
    const { marks } = readOutline(doc);
    expect(flat(marks)).toEqual([
      'Thema @1',
      '  P1 @3',
      '    Omslag @3',
      '    werkblad @5',
      '    tegels @9',
      '    kaarten @13',
      '  P2 @17',
      '    Omslag @17',
      '    werkblad @19',
      '    kaarten @21',
    ]);
  });

  it('draws every blank page from one copy of its content', () => {
    const blanks = doc.getPages().filter((_, i) => EXPECTED[i]![0] === 'leeg-1');
    expect(new Set(blanks.map((p) => String(p.node.get(PDFName.of('Contents'))))).size).toBe(1);
  });

  it('refuses to pad without a blank page to pad with', async () => {
    const parts: BundlePart[] = [{ title: 'a', bytes: await pdf('a', 1) }, { title: 'b', bytes: await pdf('b', 1), recto: true }];
    await expect(mergeBundle(parts, { title: 'x' })).rejects.toThrow('no blank page was given');
  });
});
