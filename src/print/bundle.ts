/**
 * A theme bundle: the finished PDFs of a theme's materials merged into one
 * file in print order, with bookmarks that follow the theme → package →
 * material tree and page labels per package.
 */
import { loadPdf, PDFDocument, PDFName, PDFPage, PrintScaling } from './pdfLib.js';
import { addOutline, type OutlineItem } from './outline.js';
import { graftStructure } from './structure.js';
import { labelRanges, setPageLabels, type PageLabel } from './pageLabels.js';

/**
 * A node of the bundle: the theme, a package, a material. Its own pages
 * (`bytes`, a finished PDF) come before its children's. Every node gets a
 * bookmark to its first page, so every node must hold at least one page.
 */
export interface BundlePart {
  title: string;
  bytes?: Uint8Array;
  /** Only this page of `bytes` (from 0), where several parts share one PDF. */
  page?: number;
  /** Only these pages of `bytes`, in this order. */
  pages?: number[];
  children?: BundlePart[];
  /** Page label prefix for this part's pages; see `pageLabels`. */
  label?: string;
  /**
   * Printed duplex, the part starts on a right-hand page (an odd page
   * number), so that it starts a sheet of its own: a blank page goes before
   * it where needed. A node without pages of its own passes this to its
   * first page, whoever's it is.
   */
  recto?: boolean;
  /** Each of its own pages on a sheet of its own, with a blank back: sheets to cut and glue. */
  onePerSheet?: boolean;
}

/** Where a part landed in the bundle. `path` is the titles from the top node down to it. */
export interface BundleEntry {
  path: string[];
  firstPage: number;
  pages: number;
}

/** A page of the bundle: the `index`th own page of a part, or a blank page put in to start a sheet. */
export type PlannedPage = { part: BundlePart; index: number; label: PageLabel } | { blank: true; label: PageLabel };

/**
 * Every page of the bundle in order, where every part goes, and each page's
 * label: pure arithmetic on the page count of each part's own `bytes`.
 *
 * Page labels: a part with a `label` numbers its pages from 1 behind that
 * prefix, and so do its descendants unless they have a label of their own:
 * label the packages "8." and package 8's pages read 8.1, 8.2, … from its
 * cover on, the way a facilitator says "package 8, page 3", and the count
 * starts again for the next package. Pages outside any labelled part keep
 * their plain place in the bundle (1, 2, …), so an unlabelled theme cover is
 * "1". A blank page is the back of the sheet before it and counts on with
 * that sheet's pages. Labels within one prefix never repeat, which lets a
 * viewer's page box find any of them.
 */
export function planBundle(parts: readonly BundlePart[], ownPages: (part: BundlePart) => number): { pages: PlannedPage[]; index: BundleEntry[] } {
  const pages: PlannedPage[] = [];
  const entries: BundleEntry[] = [];
  type Owner = { prefix: string; count: number } | undefined;
  let last: Owner;
  const labelFor = (owner: Owner): PageLabel => {
    last = owner;
    return owner ? { prefix: owner.prefix, number: ++owner.count } : { number: pages.length + 1 };
  };
  let wantRecto = false;
  const startSheet = () => {
    if (pages.length % 2 === 1) pages.push({ blank: true, label: labelFor(last) });
  };
  const walk = (part: BundlePart, above: string[], owner: Owner) => {
    const mine = part.label !== undefined ? { prefix: part.label, count: 0 } : owner;
    wantRecto ||= part.recto === true;
    if (wantRecto && ownPages(part) > 0) startSheet();
    const entry: BundleEntry = { path: [...above, part.title], firstPage: pages.length, pages: 0 };
    entries.push(entry);
    for (let i = 0; i < ownPages(part); i++) {
      if (part.onePerSheet) startSheet();
      pages.push({ part, index: i, label: labelFor(mine) });
      wantRecto = false;
    }
    for (const child of part.children ?? []) walk(child, entry.path, mine);
    // A node without pages of its own starts where its first page is.
    if (ownPages(part) === 0) entry.firstPage = entries[entries.indexOf(entry) + 1]?.firstPage ?? pages.length;
    entry.pages = pages.length - entry.firstPage;
    // The next part starts a sheet of its own: a sheet to cut and glue has nothing on its back.
    if (part.onePerSheet) wantRecto = true;
  };
  for (const part of parts) walk(part, [], undefined);
  return { pages, index: entries };
}

/** Where every part goes, in tree order (a node before its children). */
export const layoutBundle = (parts: readonly BundlePart[], ownPages: (part: BundlePart) => number): BundleEntry[] => planBundle(parts, ownPages).index;

/** `layoutBundle` for the parts as given, counting the pages of each PDF. */
export async function bundleIndex(parts: readonly BundlePart[]): Promise<BundleEntry[]> {
  return layoutBundle(parts, ownPagesOf(await loadAll(parts)));
}

/** Each page's label; see `planBundle`. */
export const pageLabels = (parts: readonly BundlePart[], ownPages: (part: BundlePart) => number): PageLabel[] =>
  planBundle(parts, ownPages).pages.map((p) => p.label);

/**
 * Merges the parts into one document, with bookmarks and page labels. The
 * result is the same bytes for the same input bytes: nothing here reads a
 * clock or a random source, and dates and the document ID are left to the
 * metadata step.
 */
export async function mergeBundle(
  parts: BundlePart[],
  o: { title: string; /** The page that fills a blank back: "this page is intentionally blank". */ blank?: { bytes: Uint8Array; page: number } },
): Promise<{ doc: PDFDocument; pages: number; index: BundleEntry[] }> {
  const sources = await loadAll(parts);
  const ownPages = ownPagesOf(sources);
  const { pages: plan, index } = planBundle(parts, ownPages);
  // A bookmark needs a page. Only the empty parts without children are named:
  // an empty material is the cause, its package is empty only because of it.
  const hasChildren = (i: number) => (index[i + 1]?.path.length ?? 0) > index[i]!.path.length;
  const empty = index.filter((e, i) => e.pages === 0 && !hasChildren(i));
  if (empty.length) {
    const which = empty.map((e) => `"${e.path.join(' › ')}"`).join(', ');
    throw new Error(`bundle "${o.title}": ${which} ${empty.length > 1 ? 'have' : 'has'} no pages`);
  }

  const doc = await PDFDocument.create({ updateMetadata: false });
  // Each part's whole name, for its Part in the structure tree: "8. Hoort het? of helpt het? > Werkblad".
  const titles = new Map<BundlePart, string>();
  const name = (list: readonly BundlePart[], above: string[]) =>
    list.forEach((part) => {
      const path = [...above, part.title];
      titles.set(part, path.slice(above.length > 1 ? 1 : 0).join(' > '));
      name(part.children ?? [], path);
    });
  name(parts, []);
  const blank = plan.some((p) => 'blank' in p) ? await blankPage(doc, o.blank) : undefined;
  // Copied a part at a time: pages of one part share fonts and images, which one copy keeps single.
  const copied = new Map<BundlePart, Awaited<ReturnType<PDFDocument['copyPages']>>>();
  for (const p of plan) {
    if ('blank' in p) {
      doc.addPage(await blank!());
      continue;
    }
    if (!copied.has(p.part)) {
      const source = sources.get(p.part)!;
      const indices = pagesOf(p.part, source);
      const pages = await doc.copyPages(source, indices);
      copied.set(p.part, pages);
      // Its structure tree comes along (PDF/UA): one Part of the bundle's Document, in page order.
      graftStructure(doc, source, indices.map((i, k) => ({ from: source.getPage(i), to: pages[k]! })), { as: 'Part', title: titles.get(p.part) ?? p.part.title, documentTitle: o.title });
    }
    doc.addPage(copied.get(p.part)![p.index]!);
  }

  // `index` is in tree order, so each node's children follow it; rebuild the tree with first pages.
  let at = 0;
  const items = (list: readonly BundlePart[]): OutlineItem[] =>
    list.map((part) => {
      const page = index[at++]!.firstPage;
      return { title: part.title, page, children: items(part.children ?? []) };
    });
  addOutline(doc, items(parts));
  setPageLabels(doc, labelRanges(plan.map((p) => p.label)));

  doc.setTitle(o.title);
  // Card sheets and werkplaten ask to be printed at 100%, and merging drops
  // that; shrunk, they miss their marks. Their duplex settings differ, so
  // none is set here.
  doc.catalog.getOrCreateViewerPreferences().setPrintScaling(PrintScaling.None);
  return { doc, pages: doc.getPageCount(), index };
}

const pagesOf = (part: BundlePart, source: PDFDocument) => part.pages ?? (part.page === undefined ? source.getPageIndices() : [part.page]);

/**
 * A new blank page each time (a page object can be in a document only once),
 * all drawing the one copy of its content and font.
 */
async function blankPage(doc: PDFDocument, blank: { bytes: Uint8Array; page: number } | undefined) {
  if (!blank) throw new Error('bundle: a part must start on a new sheet, but no blank page was given');
  const source = await loadPdf(blank.bytes, { updateMetadata: false });
  const [model] = await doc.copyPages(source, [blank.page]);
  let used = false;
  return async () => {
    if (!used) {
      used = true;
      return model!;
    }
    const page = PDFPage.create(doc);
    page.setSize(model!.getWidth(), model!.getHeight());
    for (const key of ['Contents', 'Resources']) page.node.set(PDFName.of(key), model!.node.get(PDFName.of(key))!);
    return page;
  };
}
const ownPagesOf = (sources: Map<BundlePart, PDFDocument>) => (part: BundlePart) => {
  const source = sources.get(part);
  return source ? pagesOf(part, source).length : 0;
};

/**
 * The page count of each part's own pages, for planning a bundle before
 * merging it (to number a contents page). The PDFs are parsed once for both.
 */
export async function ownPageCounter(parts: readonly BundlePart[]): Promise<(part: BundlePart) => number> {
  return ownPagesOf(await loadAll(parts));
}

// Parsed once, whether a bundle is planned first or only merged; dropped with the bytes.
const parsed = new WeakMap<Uint8Array, Promise<PDFDocument>>();

/** Every part's own PDF, parsed once; keyed by part, as the same title may occur twice. */
async function loadAll(parts: readonly BundlePart[]): Promise<Map<BundlePart, PDFDocument>> {
  const loaded = new Map<BundlePart, PDFDocument>();
  const walk = async (part: BundlePart) => {
    if (part.bytes) {
      if (!parsed.has(part.bytes)) parsed.set(part.bytes, loadPdf(part.bytes, { updateMetadata: false }));
      const source = await parsed.get(part.bytes)!;
      for (const page of part.pages ?? (part.page === undefined ? [] : [part.page]))
        if (!(page >= 0 && page < source.getPageCount())) throw new Error(`bundle part "${part.title}": no page ${page + 1} in its PDF`);
      loaded.set(part, source);
    }
    for (const child of part.children ?? []) await walk(child);
  };
  for (const part of parts) await walk(part);
  return loaded;
}
