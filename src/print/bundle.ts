/**
 * A theme bundle: the finished PDFs of a theme's materials merged into one
 * file in print order, with bookmarks that follow the theme → package →
 * material tree and page labels per package.
 */
import { PDFDocument, PrintScaling } from './pdfLib.js';
import { addOutline, type OutlineItem } from './outline.js';
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
  children?: BundlePart[];
  /** Page label prefix for this part's pages; see `pageLabels`. */
  label?: string;
}

/** Where a part landed in the bundle. `path` is the titles from the top node down to it. */
export interface BundleEntry {
  path: string[];
  firstPage: number;
  pages: number;
}

/**
 * Where every part goes, in tree order (a node before its children): pure
 * arithmetic on the page count of each part's own `bytes`.
 */
export function layoutBundle(parts: readonly BundlePart[], ownPages: (part: BundlePart) => number): BundleEntry[] {
  const entries: BundleEntry[] = [];
  let next = 0;
  const walk = (part: BundlePart, above: string[]) => {
    const entry: BundleEntry = { path: [...above, part.title], firstPage: next, pages: 0 };
    entries.push(entry);
    next += ownPages(part);
    for (const child of part.children ?? []) walk(child, entry.path);
    entry.pages = next - entry.firstPage;
  };
  for (const part of parts) walk(part, []);
  return entries;
}

/** `layoutBundle` for the parts as given, counting the pages of each PDF. */
export async function bundleIndex(parts: readonly BundlePart[]): Promise<BundleEntry[]> {
  return layoutBundle(parts, ownPagesOf(await loadAll(parts)));
}

/**
 * Page labels. A part with a `label` numbers its pages from 1 behind that
 * prefix, and so do its descendants unless they have a label of their own:
 * label the packages "8." and package 8's pages read 8.1, 8.2, … from its
 * cover on, the way a facilitator says "package 8, page 3", and the count
 * starts again for the next package. Pages outside any labelled part keep
 * their plain place in the bundle (1, 2, …), so an unlabelled theme cover is
 * "1". Labels within one prefix never repeat, which lets a viewer's page box
 * find any of them.
 */
export function pageLabels(parts: readonly BundlePart[], ownPages: (part: BundlePart) => number): PageLabel[] {
  const labels: PageLabel[] = [];
  const walk = (part: BundlePart, owner: { prefix: string; count: number } | undefined) => {
    const mine = part.label !== undefined ? { prefix: part.label, count: 0 } : owner;
    for (let i = 0; i < ownPages(part); i++) {
      labels.push(mine ? { prefix: mine.prefix, number: ++mine.count } : { number: labels.length + 1 });
    }
    for (const child of part.children ?? []) walk(child, mine);
  };
  for (const part of parts) walk(part, undefined);
  return labels;
}

/**
 * Merges the parts into one document, with bookmarks and page labels. The
 * result is the same bytes for the same input bytes: nothing here reads a
 * clock or a random source, and dates and the document ID are left to the
 * metadata step.
 */
export async function mergeBundle(
  parts: BundlePart[],
  o: { title: string },
): Promise<{ doc: PDFDocument; pages: number; index: BundleEntry[] }> {
  const sources = await loadAll(parts);
  const ownPages = ownPagesOf(sources);
  const index = layoutBundle(parts, ownPages);
  // A bookmark needs a page. Only the empty parts without children are named:
  // an empty material is the cause, its package is empty only because of it.
  const hasChildren = (i: number) => (index[i + 1]?.path.length ?? 0) > index[i]!.path.length;
  const empty = index.filter((e, i) => e.pages === 0 && !hasChildren(i));
  if (empty.length) {
    const which = empty.map((e) => `"${e.path.join(' › ')}"`).join(', ');
    throw new Error(`bundle "${o.title}": ${which} ${empty.length > 1 ? 'have' : 'has'} no pages`);
  }

  const doc = await PDFDocument.create({ updateMetadata: false });
  const add = async (part: BundlePart) => {
    const source = sources.get(part);
    if (source) for (const page of await doc.copyPages(source, pagesOf(part, source))) doc.addPage(page);
    for (const child of part.children ?? []) await add(child);
  };
  for (const part of parts) await add(part);

  // `index` is in tree order, so each node's children follow it; rebuild the tree with first pages.
  let at = 0;
  const items = (list: readonly BundlePart[]): OutlineItem[] =>
    list.map((part) => {
      const page = index[at++]!.firstPage;
      return { title: part.title, page, children: items(part.children ?? []) };
    });
  addOutline(doc, items(parts));
  setPageLabels(doc, labelRanges(pageLabels(parts, ownPages)));

  doc.setTitle(o.title);
  // Card sheets and werkplaten ask to be printed at 100%, and merging drops
  // that; shrunk, they miss their marks. Their duplex settings differ, so
  // none is set here.
  doc.catalog.getOrCreateViewerPreferences().setPrintScaling(PrintScaling.None);
  return { doc, pages: doc.getPageCount(), index };
}

const pagesOf = (part: BundlePart, source: PDFDocument) => (part.page === undefined ? source.getPageIndices() : [part.page]);
const ownPagesOf = (sources: Map<BundlePart, PDFDocument>) => (part: BundlePart) => {
  const source = sources.get(part);
  return source ? pagesOf(part, source).length : 0;
};

/** Every part's own PDF, parsed once; keyed by part, as the same title may occur twice. */
async function loadAll(parts: readonly BundlePart[]): Promise<Map<BundlePart, PDFDocument>> {
  const loaded = new Map<BundlePart, PDFDocument>();
  const parsed = new Map<Uint8Array, Promise<PDFDocument>>();
  const walk = async (part: BundlePart) => {
    if (part.bytes) {
      if (!parsed.has(part.bytes)) parsed.set(part.bytes, PDFDocument.load(part.bytes, { updateMetadata: false }));
      const source = await parsed.get(part.bytes)!;
      if (part.page !== undefined && !(part.page >= 0 && part.page < source.getPageCount())) throw new Error(`bundle part "${part.title}": no page ${part.page + 1} in its PDF`);
      loaded.set(part, source);
    }
    for (const child of part.children ?? []) await walk(child);
  };
  for (const part of parts) await walk(part);
  return loaded;
}
