/**
 * Keeping the structure tree (PDF/UA) when pdf-lib moves pages: its
 * `copyPages` copies a page and what it draws, never the structure elements
 * that point at it, nor their entries in the parent tree. `graftStructure`
 * copies a source's elements for the pages copied from it, with their page
 * references, marked-content IDs and link annotations, and the parent tree
 * (ISO 32000-1 §14.7.4) is written anew for the target (`finishStructure`).
 * Elements with nothing on a copied page are left out.
 *
 * Pages with no structure of their own (2 x A4 tiles, card sheets: pages
 * drawn from embedded pages) become one Figure each with an alternative text
 * (`tagAsFigure`): they are for printing, their text is read elsewhere.
 */
import { PDFArray, PDFDict, PDFName, PDFNull, PDFNumber, PDFObjectCopier, PDFHexString, PDFString, type PDFDocument, type PDFObject, type PDFPage, type PDFRef } from './pdfLib.js';

interface Tree {
  root: PDFDict;
  /** The Document element: what everything hangs under. */
  top: { ref: PDFRef; dict: PDFDict; kids: PDFRef[] };
  /** Parent-tree entries: a page's array of elements by MCID, or an annotation's element. */
  nums: [number, PDFObject][];
  /** Each page's elements by MCID, until the page gets its key. */
  pages: Map<PDFPage, (PDFRef | undefined)[]>;
}

const trees = new WeakMap<PDFDocument, Tree>();

/** The target's tree, made on first use: a StructTreeRoot with one Document element. */
function treeOf(doc: PDFDocument, title?: string): Tree {
  let t = trees.get(doc);
  if (t) return t;
  const { context } = doc;
  const rootRef = context.nextRef();
  const top = context.obj({ Type: 'StructElem', S: 'Document', P: rootRef }) as PDFDict;
  if (title) top.set(PDFName.of('T'), titleString(title));
  const topRef = context.register(top);
  const root = context.obj({ Type: 'StructTreeRoot' }) as PDFDict;
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  t = { root, top: { ref: topRef, dict: top, kids: [] }, nums: [], pages: new Map() };
  trees.set(doc, t);
  return t;
}

/** Whether a document has a structure tree. */
export const hasStructure = (doc: PDFDocument) => !!doc.catalog.get(PDFName.of('StructTreeRoot'));

/**
 * Copies the structure of `source` for the pages `pairs` copied from it
 * (source page → its copy in `target`). The source's Document element comes
 * in under the target's Document as `as` ('Part' in a bundle) titled
 * `title`, or, with `as` left out, its children go straight under it.
 */
export function graftStructure(target: PDFDocument, source: PDFDocument, pairs: { from: PDFPage; to: PDFPage }[], o: { as?: string; title?: string; documentTitle?: string } = {}): void {
  const sroot = source.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  for (const { to } of pairs) to.node.delete(PDFName.of('StructParents'));
  if (!sroot) return;
  const tree = treeOf(target, o.documentTitle);
  for (const { to } of pairs) tree.pages.set(to, tree.pages.get(to) ?? []);
  const copier = PDFObjectCopier.for(source.context, target.context);
  const pageOf = new Map<string, PDFPage>(pairs.map(({ from, to }) => [from.ref.toString(), to]));
  const annotOf = new Map<string, PDFRef>();
  // The page an annotation is on, for an OBJR that names none (pdfkit writes none for a link).
  const annotPage = new Map<string, PDFPage>();
  for (const { from, to } of pairs) {
    const a = from.node.Annots()?.asArray() ?? [];
    const b = to.node.Annots()?.asArray() ?? [];
    a.forEach((ref, i) => b[i] && (annotOf.set(ref.toString(), b[i] as PDFRef), annotPage.set(ref.toString(), to)));
    for (const ref of b) target.context.lookupMaybe(ref, PDFDict)?.delete(PDFName.of('StructParent'));
  }
  const { context } = target;
  const lookup = (o: PDFObject | undefined) => (o ? source.context.lookup(o) : undefined);
  const mcid = (page: PDFPage, id: number, elem: PDFRef) => {
    const list = tree.pages.get(page)!;
    list[id] = elem;
  };

  const copyElem = (srcDict: PDFDict, parent: PDFRef, rename?: string): PDFRef | undefined => {
    const ref = context.nextRef();
    const dict = context.obj({}) as PDFDict;
    for (const [key, value] of srcDict.entries()) {
      const k = key.asString();
      if (k === '/P' || k === '/K' || k === '/Pg') continue;
      dict.set(key, copier.copy(value));
    }
    if (rename) dict.set(PDFName.of('S'), PDFName.of(rename));
    const srcPg = srcDict.get(PDFName.of('Pg'));
    const page = srcPg ? pageOf.get(srcPg.toString()) : undefined;
    const kidsIn = srcDict.get(PDFName.of('K'));
    const list = kidsIn === undefined ? [] : lookup(kidsIn) instanceof PDFArray ? (lookup(kidsIn) as PDFArray).asArray() : [kidsIn];
    const kids: PDFObject[] = [];
    let firstPage: PDFPage | undefined;
    for (const kid of list) {
      if (kid instanceof PDFNumber) {
        if (!page) continue;
        mcid(page, kid.asNumber(), ref);
        firstPage ??= page;
        kids.push(page === firstPage ? kid : context.obj({ Type: 'MCR', Pg: page.ref, MCID: kid.asNumber() }));
        continue;
      }
      const d = lookup(kid);
      if (!(d instanceof PDFDict)) continue;
      const type = d.get(PDFName.of('Type'))?.toString();
      if (type === '/MCR') {
        const pg = d.get(PDFName.of('Pg')) ?? srcPg;
        const p = pg ? pageOf.get(pg.toString()) : undefined;
        if (!p) continue;
        const id = (d.get(PDFName.of('MCID')) as PDFNumber).asNumber();
        mcid(p, id, ref);
        firstPage ??= p;
        kids.push(p === firstPage ? PDFNumber.of(id) : context.obj({ Type: 'MCR', Pg: p.ref, MCID: id }));
      } else if (type === '/OBJR') {
        const annot = annotOf.get(String(d.get(PDFName.of('Obj'))));
        const pg = d.get(PDFName.of('Pg')) ?? srcPg;
        const p = (pg ? pageOf.get(pg.toString()) : undefined) ?? annotPage.get(String(d.get(PDFName.of('Obj'))));
        if (!annot || !p) continue;
        const key = nextKey(tree);
        tree.nums.push([key, ref]);
        context.lookup(annot, PDFDict).set(PDFName.of('StructParent'), PDFNumber.of(key));
        kids.push(context.obj({ Type: 'OBJR', Obj: annot, Pg: p.ref }));
      } else {
        const child = copyElem(d, ref);
        if (child) kids.push(child);
      }
    }
    if (!kids.length) return undefined;
    dict.set(PDFName.of('P'), parent);
    if (firstPage) dict.set(PDFName.of('Pg'), firstPage.ref);
    dict.set(PDFName.of('K'), kids.length === 1 ? kids[0]! : context.obj(kids));
    context.assign(ref, dict);
    return ref;
  };

  const skids = lookup(sroot.get(PDFName.of('K')));
  const tops = skids instanceof PDFArray ? skids.asArray() : skids ? [sroot.get(PDFName.of('K'))!] : [];
  for (const t of tops) {
    const d = lookup(t);
    if (!(d instanceof PDFDict)) continue;
    if (o.as) {
      const copied = copyElem(d, tree.top.ref, o.as);
      if (!copied) continue;
      if (o.title) context.lookup(copied, PDFDict).set(PDFName.of('T'), titleString(o.title));
      tree.top.kids.push(copied);
    } else {
      // Its children straight under the target's Document.
      const k = d.get(PDFName.of('K'));
      const list = lookup(k) instanceof PDFArray ? (lookup(k) as PDFArray).asArray() : k ? [k] : [];
      for (const kid of list) {
        const kd = lookup(kid);
        if (kd instanceof PDFDict && !kd.get(PDFName.of('MCID')) && kd.get(PDFName.of('S'))) {
          const copied = copyElem(kd, tree.top.ref);
          if (copied) tree.top.kids.push(copied);
        }
      }
    }
  }
}

/**
 * Makes a page with no structure one Figure with `alt`: its whole content in
 * one marked-content sequence. For pages drawn from embedded pages (tiles,
 * card sheets), whose own text is clipped, cut or repeated.
 */
export function tagAsFigure(doc: PDFDocument, page: PDFPage, alt: string, o: { under?: PDFRef; documentTitle?: string } = {}): PDFRef {
  const tree = treeOf(doc, o.documentTitle);
  const { context } = doc;
  const contents = page.node.get(PDFName.of('Contents'));
  const list = contents ? (context.lookup(contents) instanceof PDFArray ? (context.lookup(contents) as PDFArray).asArray() : [contents]) : [];
  const open = context.register(context.stream('/Figure <</MCID 0>> BDC\n'));
  const close = context.register(context.stream('\nEMC\n'));
  page.node.set(PDFName.of('Contents'), context.obj([open, ...list, close]));
  const parent = o.under ?? tree.top.ref;
  const fig = context.register(context.obj({ Type: 'StructElem', S: 'Figure', P: parent, Pg: page.ref, K: 0, Alt: PDFHexString.fromText(alt) }));
  page.node.delete(PDFName.of('StructParents'));
  tree.pages.set(page, [fig]);
  if (o.under) {
    const d = context.lookup(o.under, PDFDict);
    const k = d.get(PDFName.of('K'));
    const arr = k instanceof PDFArray ? k : context.obj(k ? [k] : []);
    arr.push(fig);
    d.set(PDFName.of('K'), arr);
  } else tree.top.kids.push(fig);
  return fig;
}

/** Marks all a page draws as an artifact (a blank back that says it is blank). */
export function markAsArtifact(doc: PDFDocument, page: PDFPage): void {
  const { context } = doc;
  const contents = page.node.get(PDFName.of('Contents'));
  const list = contents ? (context.lookup(contents) instanceof PDFArray ? (context.lookup(contents) as PDFArray).asArray() : [contents]) : [];
  const open = context.register(context.stream('/Artifact BMC\n'));
  const close = context.register(context.stream('\nEMC\n'));
  page.node.set(PDFName.of('Contents'), context.obj([open, ...list, close]));
}

/** A Part element under the Document, for pages added one by one (tagAsFigure's `under`). */
export function addPart(doc: PDFDocument, title: string, documentTitle?: string): PDFRef {
  const tree = treeOf(doc, documentTitle);
  const ref = doc.context.register(doc.context.obj({ Type: 'StructElem', S: 'Part', P: tree.top.ref, T: PDFHexString.fromText(title) }));
  tree.top.kids.push(ref);
  return ref;
}

const nextKey = (tree: Tree) => tree.nums.length;

/**
 * An element's title: in PDFDocEncoding where its characters allow (poppler
 * prints a title as its bytes, and stops at the first NUL of UTF-16), else UTF-16.
 */
function titleString(title: string) {
  const plain = title.replace(/›/g, '>').replace(/ · /g, ' - ').replace(/[‘’]/g, "'");
  return /^[\x20-\x7e]*$/.test(plain) ? PDFString.of(plain.replace(/[\\()]/g, (c) => `\\${c}`)) : PDFHexString.fromText(title);
}

/** Writes the parent tree and the Document's children; call once all pages are in. Leaves a document without a tree alone. */
export function finishStructure(doc: PDFDocument): void {
  const tree = trees.get(doc);
  if (!tree) return;
  const { context } = doc;
  for (const [page, elems] of tree.pages) {
    if (!elems.length) continue;
    const key = nextKey(tree);
    tree.nums.push([key, context.obj(Array.from(elems, (e) => e ?? PDFNull))]);
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(key));
    // Annotations in structure order (PDF/UA).
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  }
  tree.nums.sort((a, b) => a[0] - b[0]);
  tree.top.dict.set(PDFName.of('K'), context.obj(tree.top.kids));
  tree.root.set(PDFName.of('K'), tree.top.ref);
  tree.root.set(PDFName.of('ParentTree'), context.obj({ Nums: tree.nums.flatMap(([k, v]) => [PDFNumber.of(k), v]) }));
  tree.root.set(PDFName.of('ParentTreeNextKey'), PDFNumber.of(tree.nums.length));
  trees.delete(doc);
}

