/**
 * Tagged PDF (PDF/UA-1) from react-pdf: what the render hooks
 * (src/patches/renderHook.ts) do with the `tag` props of the templates
 * (templates/tags.ts).
 *
 * - A node with `tag="H1"` (P, L, LI, Lbl, LBody, Table, TR, TH, TD, Figure,
 *   Link, …) opens a structure element under that of its nearest tagged
 *   ancestor (the Document at the top), in drawing order, which is the order
 *   of the template: the reading order. A node split over two pages is one
 *   element (its parts share the `tagKey` of its props).
 * - What a node draws itself (its text) is marked content of its element; a
 *   text with no tag of its own under a grouping element (Document, L, Table…)
 *   gets a P of its own.
 * - `tag="Artifact"` marks all a node draws as an artifact (footers, crop
 *   marks, the measuring bar); so are every background and border, and every
 *   image or SVG that is no Figure (decoration).
 * - A Figure has its /Alt; a Link's annotation is the element's object
 *   reference, with /Contents; headings become bookmarks.
 * - A hyphen our line breaker put at a line end (lineBreak.ts marks its run)
 *   reads as U+00AD, a soft hyphen (softHyphen below): the word reads whole.
 */
import type { RenderHooks } from '../patches/renderHook.js';

interface Elem {
  dictionary: { data: Record<string, unknown> };
  add(child: unknown): Elem;
}
interface Outline {
  addItem(title: string, options: { pageNumber: number; expanded: boolean }): Outline;
}
interface Ctx {
  struct(type: string, options?: Record<string, unknown>): Elem;
  addStructure(e: Elem): void;
  markStructureContent(tag: string, options?: Record<string, unknown>): unknown;
  markContent(tag: string, options?: Record<string, unknown> | null): void;
  endMarkedContent(): void;
  addContent(s: string): void;
  link(x: number, y: number, w: number, h: number, url: string, options?: Record<string, unknown>): void;
  goTo(x: number, y: number, w: number, h: number, name: string, options?: Record<string, unknown>): void;
  page: { dictionary: { data: Record<string, unknown> } };
  outline: Outline;
  _font?: { subset?: { mapping: Record<number, number>; glyphs: number[]; includeGlyph: unknown } };
  _root: { data: { Pages: { data: { Kids: unknown[] } } } };
}
interface Node {
  type: string;
  props?: Record<string, unknown>;
  style?: Record<string, unknown>;
  box?: { left: number; top: number; width: number; height: number };
  lines?: { string: string }[];
  children?: Node[];
}
interface Run {
  attributes: Record<string, unknown>;
  positions: { xAdvance: number }[];
}
interface Glyph {
  id: number;
  codePoints?: number[];
  advanceWidth: number;
}

/** Above any glyph ID (a font has at most 65,536 glyphs): the subset key of a hyphen's copy that reads as U+00AD. */
const SOFT = 1 << 20;

/**
 * A line-end hyphen our line breaker inserted, drawn with the hyphen's shape
 * but as a glyph of its own in the embedded subset, whose ToUnicode entry is
 * U+00AD (soft hyphen): text taken from the PDF reads "behandeld", not
 * "behan-deld", while a hyphen of the text ("denk- en doekaarten") stays
 * U+002D. Source Sans 3 draws U+00AD with the hyphen's own glyph, so only a
 * second glyph ID can tell them apart. The subset (fontkit's, as pdfkit keeps
 * it) gets a copy of the hyphen under a key no real glyph has; without a
 * subset (a standard font) the hyphen stays as it is.
 */
function softHyphen(c: Ctx, hyphen: Glyph): Glyph | undefined {
  const subset = c._font?.subset;
  if (!subset || typeof subset.mapping !== 'object' || !Array.isArray(subset.glyphs) || typeof subset.includeGlyph !== 'function') return undefined;
  const key = SOFT + hyphen.id;
  if (subset.mapping[key] == null) {
    subset.glyphs.push(hyphen.id);
    subset.mapping[key] = subset.glyphs.length - 1;
  }
  return { id: key, codePoints: [0xad], advanceWidth: hyphen.advanceWidth };
}

/** Elements that hold other elements, not text: a text straight under one gets a P. */
const GROUPING = new Set(['Document', 'Part', 'Art', 'Sect', 'Div', 'L', 'LI', 'Table', 'THead', 'TBody', 'TFoot', 'TR', 'TOC', 'TOCI', 'NonStruct']);
const HEADING = /^H([1-6])$/;

/** The prop our line breaker sets on a run that ends in a hyphen it inserted (lineBreak.ts). */
export const INSERTED_HYPHEN = 'toolkitInsertedHyphen';

interface Frame {
  elem: Elem;
  tag: string;
  node: Node;
}

/** The hooks for drawing one document with `ctx` (a pdfkit document). */
export function taggingHooks(): RenderHooks {
  let root: Elem | undefined;
  const stack: Frame[] = [];
  const byKey = new Map<object, Elem>();
  let artifact = 0;
  const outlines: Outline[] = [];

  const top = (c: Ctx): Frame => {
    if (!root) {
      root = c.struct('Document');
      c.addStructure(root);
    }
    return stack[stack.length - 1] ?? { elem: root, tag: 'Document', node: { type: 'DOCUMENT' } };
  };

  const asArtifact = (c: Ctx, draw: () => void, type?: string) => {
    c.markContent('Artifact', type ? { type } : null);
    artifact++;
    try {
      draw();
    } finally {
      artifact--;
      c.endMarkedContent();
    }
  };

  const marked = (c: Ctx, frame: Frame, draw: () => void) => {
    const content = c.markStructureContent(frame.tag);
    draw();
    c.endMarkedContent();
    frame.elem.add(content);
  };

  return {
    node(ctx, n, draw) {
      const c = ctx as Ctx;
      const node = n as Node;
      const props = node.props ?? {};
      if (node.type === 'PAGE') {
        top(c);
        draw();
        // Annotations (links) in the order of the structure tree (PDF/UA).
        c.page.dictionary.data.Tabs = 'S';
        return;
      }
      const tag = typeof props.tag === 'string' ? props.tag : undefined;
      if (artifact || !tag) return draw();
      if (tag === 'Artifact') return asArtifact(c, draw, typeof props.artifact === 'string' ? props.artifact : undefined);
      const parent = top(c);
      const key = typeof props.tagKey === 'object' && props.tagKey ? props.tagKey : undefined;
      let elem = key && byKey.get(key);
      if (elem && props.repeated === true) return asArtifact(c, draw, 'Pagination');
      if (!elem) {
        elem = c.struct(tag, structOptions(props));
        parent.elem.add(elem);
        if (key) byKey.set(key, elem);
        const h = HEADING.exec(tag);
        if (h) bookmark(c, Number(h[1]), textOf(node));
      }
      stack.push({ elem, tag, node });
      try {
        draw();
      } finally {
        stack.pop();
      }
    },
    decor(ctx, n, draw) {
      const node = n as Node;
      const s = node.style ?? {};
      const visible = !!s.backgroundColor || !!(s.borderTopWidth || s.borderRightWidth || s.borderBottomWidth || s.borderLeftWidth);
      if (artifact || !visible) return draw();
      asArtifact(ctx as Ctx, draw);
    },
    content(ctx, n, draw) {
      const c = ctx as Ctx;
      const node = n as Node;
      if (artifact) return draw();
      const frame = top(c);
      const own = frame.node === node;
      if (node.type === 'LINK') {
        if (!own || frame.tag !== 'Link') return draw();
        // A link to a page of the same document (`#name`) is drawn with goTo, one to a web address with link.
        const [link, goTo] = [c.link, c.goTo];
        const inTree = (options?: Record<string, unknown>) => ({ ...options, structParent: frame.elem, Contents: new String(linkContents(node)) });
        c.link = (x, y, w, h, url, options) => link.call(c, x, y, w, h, url, inTree(options));
        c.goTo = (x, y, w, h, name, options) => goTo.call(c, x, y, w, h, name, inTree(options));
        try {
          draw();
        } finally {
          [c.link, c.goTo] = [link, goTo];
        }
        return;
      }
      if (node.type === 'TEXT') {
        if (own && frame.tag === 'Link' && typeof node.props?.linkTo === 'string' && node.box) {
          // A text that is a link: its text, then the annotation over its box, both in the Link element.
          marked(c, frame, draw);
          const { left, top, width, height } = node.box;
          c.link(left, top, width, height, node.props.linkTo, { structParent: frame.elem, Contents: new String(linkContents(node)) });
          return;
        }
        if (own || !GROUPING.has(frame.tag)) return marked(c, frame, draw);
        const p: Frame = { elem: c.struct('P'), tag: 'P', node };
        frame.elem.add(p.elem);
        return marked(c, p, draw);
      }
      // Images, SVG, canvas: a Figure when tagged so (with its /Alt), else decoration.
      if (own && frame.tag === 'Figure') return marked(c, frame, draw);
      asArtifact(c, draw);
    },
    glyphs(ctx, r, list, draw) {
      const run = r as Run;
      const glyphs = list as Glyph[];
      const n = glyphs.length;
      const last = glyphs[n - 1];
      const shy = run.attributes[INSERTED_HYPHEN] && last?.codePoints?.includes(0x2d) ? softHyphen(ctx as Ctx, last) : undefined;
      // The hyphen's own glyph, read as U+00AD: the word reads whole.
      draw(shy ? [...glyphs.slice(0, n - 1), shy] : glyphs, run.positions, 0);
    },
  };

  function bookmark(c: Ctx, level: number, title: string) {
    if (!title) return;
    const pageNumber = c._root.data.Pages.data.Kids.length - 1;
    outlines.length = Math.min(outlines.length, level - 1);
    let parent = c.outline;
    for (const o of outlines) if (o) parent = o;
    const item = parent.addItem(title, { pageNumber, expanded: true });
    outlines[level - 1] = item;
  }
}

const linkContents = (node: Node) => (typeof node.props?.contents === 'string' ? node.props.contents : textOf(node));

function structOptions(props: Record<string, unknown>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const k of ['alt', 'lang', 'actual', 'scope', 'title'] as const) if (typeof props[k] === 'string' && props[k]) o[k] = props[k];
  return o;
}

/** The text a node shows, as one line. */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    for (const l of n.lines ?? []) parts.push(l.string);
    for (const ch of n.children ?? []) walk(ch);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
