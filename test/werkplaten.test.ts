import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check, formatProblem, isWarning, loadProject, type Package, type Werkplaat } from '../src/index.js';
import { LAYOUTS } from '../src/model/types.js';
import { tileGeometry } from '../src/print/tile.js';
import { TILE_WORDS } from '../src/print/words.js';
import { A3_LANDSCAPE as A3, A4, mm } from '../templates/units.js';
import { MOST_AREAS, POSTIT, POSTIT_ROOM, SPINE, bodyGeometry, postitProblems } from '../templates/werkplaat/geometry.js';
import { planPoster, type PosterPlan } from '../templates/werkplaat/plan.js';
import { OVERLAP } from '../templates/werkplaat/seam.js';
import { POSTER, POSTER_STEPS, bodyHeight, bodyWidth } from '../templates/werkplaat/sizes.js';
import { BOX_EM } from './bbox.js';
import { darker, rasterPages } from './raster.js';
import { built, dataDir, edit, fixtures, smallData, squash, tmp, toolkit } from './helpers.js';
import { popplerText } from './poppler.js';

const project = loadProject(dataDir);
// The shared build of the shipped data (globalSetup.ts), read only.
const out = built();
const sheets = project.packages.flatMap((p) => p.werkplaten.map((w, i) => ({ p, w, k: i + 1 })));
const fileOf = (p: Package, k: number, kind: 'A3' | '2xA4') => join(out, p.id, `${p.id}-werkplaat-${k}-${kind}.pdf`);
/** The plan the build drew a shipped werkplaat with: every shipped one fits at the first step with its bands as drawn (tested below). */
const planOf = (w: Werkplaat): PosterPlan => planPoster(w, POSTER_STEPS[0]!);
/** A slider heading that ends in a leader is printed without it, above a line to write on. */
const shown = (heading: string) => heading.replace(/\s*[.…]{3,}\s*$/, '');

interface Box {
  page: number;
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const unescapeHtml = (s: string) =>
  s.replace(/&(#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!,
  );

/** Points to two decimals, as pdfinfo gives a page's size (poppler reads A3's width as 1190.550049). */
const round2 = (n: string) => Math.round(Number(n) * 100) / 100;

/** Every word with its box, in points from the page's top left, as pdftotext sees it; and the size of each page. */
function wordBoxes(file: string): { boxes: Box[]; sizes: { w: number; h: number }[] } {
  const html = popplerText('pdftotext', ['-raw', '-bbox', file, '-']);
  const sizes = [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">/g)].map((m) => ({ w: round2(m[1]!), h: round2(m[2]!) }));
  const boxes = html.split('<page ').slice(1).flatMap((chunk, page) =>
    [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => {
      const [x1, y1, x2, y2] = m.slice(1, 5).map(Number) as [number, number, number, number];
      return { page, text: unescapeHtml(m[5]!), x1, y1, x2, y2 };
    }),
  );
  return { boxes, sizes };
}

/**
 * The shared build's werkplaten as poppler reads them, each file read once in this file: several
 * tests look at the same words and pixels, and pdftotext or pdftoppm per test and page was most of
 * their time. Read only: what a test gets does not depend on which test read it first.
 */
const read = new Map<string, { text?: ReturnType<typeof wordBoxes>; pages?: ReturnType<typeof rasterPages> }>();
const entry = (file: string) => read.get(file) ?? read.set(file, {}).get(file)!;
const textOf = (file: string) => (entry(file).text ??= wordBoxes(file));
const boxesOf = (file: string) => textOf(file).boxes;
/** The words of a page (from 0) in drawing order (-raw), one string: what `pdftotext -raw` prints, but for spaces. */
const pageText = (file: string, page?: number) =>
  boxesOf(file)
    .filter((b) => page === undefined || b.page === page)
    .map((b) => b.text)
    .join(' ');
/** Page `page` (from 1) at 72 dpi, so a pixel is a point. */
const pageOf = (file: string, page: number) => (entry(file).pages ??= rasterPages(file))[page - 1]!;
afterAll(() => read.clear());

/** The run of words that spells `text` (hyphens and spaces aside), not yet taken by another text. */
function findText(words: Box[], text: string, taken: Set<number>): Box[] | undefined {
  const want = squash(text);
  for (let i = 0; i < words.length; i++) {
    let got = '';
    for (let j = i; j < words.length && got.length < want.length; j++) {
      if (taken.has(j)) break;
      got += squash(words[j]!.text);
      if (got === want) {
        for (let t = i; t <= j; t++) taken.add(t);
        return words.slice(i, j + 1);
      }
    }
  }
  return undefined;
}

/** The texts of a werkplaat by role, as the templates print them. */
function roles(w: Werkplaat): [string, string[]][] {
  const heading = (h: string, i: number) => (w.layout === 'cycle' ? `${i + 1}. ${h}` : h);
  return [
    ['title', [w.title]],
    ['instruction', [w.instruction]],
    ['heading', [...w.areas.map((a, i) => heading(a.heading, i)), ...w.sliders.map((s) => shown(s.heading))]],
    ['prompt', w.areas.map((a) => a.prompt)],
    // A grid's horizontal axis has its pole words set as a slider's; the upright axis's are turned (tested apart).
    ['pole', [...w.sliders.flatMap((s) => [s.left, s.right]), ...(w.axes?.horizontal ? [w.axes.horizontal.left, w.axes.horizontal.right] : [])]],
    ['centre heading', w.centre ? [w.centre.heading] : []],
    ['centre prompt', w.centre ? [w.centre.prompt] : []],
  ];
}

/** Every text a werkplaat must show, as written in its source. */
const textsOf = (w: Werkplaat) => [
  w.title,
  w.instruction,
  ...w.areas.flatMap((a) => [a.heading, a.prompt]),
  ...(w.centre ? [w.centre.heading, w.centre.prompt] : []),
  ...w.sliders.flatMap((s) => [shown(s.heading), s.left, s.right]),
  ...(w.axes?.horizontal ? [w.axes.horizontal.left, w.axes.horizontal.right] : []),
  ...(w.axes?.vertical ? [w.axes.vertical.top, w.axes.vertical.bottom] : []),
];

describe('werkplaat geometry, for every number of areas the schema allows', () => {
  const counts: Record<string, number[]> = { columns: [2, 3], grid: [4, 6], 'grid with axes': [4], cycle: [4, 5, 6], canvas: [2, 3, 4, 5, 6], sliders: [0] };
  const base = sheets[0]!.w;
  const inside = (r: { x: number; y: number; width: number; height: number }, o: typeof r) =>
    r.x >= o.x - 1e-6 && r.y >= o.y - 1e-6 && r.x + r.width <= o.x + o.width + 1e-6 && r.y + r.height <= o.y + o.height + 1e-6;
  for (const [name, ns] of Object.entries(counts))
    for (const n of ns)
      it(`${name} with ${n} areas: boxes apart and inside the body, text and open space inside each box, the cut clear of all text`, () => {
        const area = { heading: 'Kop', prompt: 'Vraag', at: base.at };
        const layout = name.split(' ')[0]!;
        const axes = name.endsWith('axes') ? { horizontal: { left: 'Links', right: 'Rechts', at: base.at }, vertical: { top: 'Boven', bottom: 'Onder', at: base.at }, at: base.at } : undefined;
        const w = { ...base, layout, areas: Array.from({ length: n }, () => area), centre: area, axes } as Werkplaat;
        const plan = planOf(w);
        const body = { x: 0, y: 0, width: bodyWidth(), height: bodyHeight() };
        const g = bodyGeometry(w, body.width, body.height);
        expect(g.areas).toHaveLength(layout === 'sliders' ? 0 : n);
        // A grid's axes lie beside the boxes, apart from them like the boxes from each other.
        expect(Object.keys(g.axes ?? {}).sort()).toEqual(axes ? ['horizontal', 'vertical'] : []);
        const all = [...g.areas.map((a) => a.box), ...(g.centre ? [g.centre.box] : []), ...Object.values(g.axes ?? {})];
        for (const [i, a] of all.entries()) {
          expect(inside(a, body)).toBe(true);
          for (const b of all.slice(i + 1)) {
            const apart = a.x + a.width <= b.x + 1e-6 || b.x + b.width <= a.x + 1e-6 || a.y + a.height <= b.y + 1e-6 || b.y + b.height <= a.y + 1e-6;
            expect(apart).toBe(true);
          }
        }
        for (const a of g.areas) {
          expect(inside(a.text, a.box) && inside(a.free, a.box)).toBe(true);
          // Text and open space do not overlap.
          expect(a.side ? a.text.x + a.text.width <= a.free.x + 1e-6 : a.text.y + a.text.height <= a.free.y + 1e-6).toBe(true);
        }
        // Equal bands in a row: boxes that start at one height have text bands of one height.
        for (const a of g.areas) for (const b of g.areas) if (!a.side && !b.side && Math.abs(a.box.y - b.box.y) < 1e-6) expect(a.text.height).toBeCloseTo(b.text.height, 6);
        // Up to four areas, each keeps 80 x 80 mm open; more are refused.
        const { tooMany, small } = postitProblems(g);
        expect(tooMany).toBe(n > MOST_AREAS);
        if (n <= MOST_AREAS) expect(small).toEqual([]);
        // The cut crosses no text: not a band, not the centre's question, and it runs in the middle.
        const cut = plan.cut - POSTER.margin;
        for (const t of [...g.areas.map((a) => a.text), ...(g.centre ? [g.centre.text] : [])]) expect(cut <= t.x || cut >= t.x + t.width, `cut at ${cut}`).toBe(true);
        if (layout !== 'sliders') expect(Math.abs(cut - bodyWidth() / 2)).toBeLessThan(SPINE / 2);
        expect(tileGeometry(A3, OVERLAP, plan.cut).scale).toBeGreaterThanOrEqual(0.9);
      });
});

describe('werkplaten', () => {
  it('the shipped content uses every layout, with 2 or 3 werkplaten a package', () => {
    const used = new Set(project.packages.flatMap((p) => p.werkplaten.map((w) => w.layout)));
    expect([...used].sort()).toEqual([...LAYOUTS].sort());
    for (const p of project.packages) expect(p.werkplaten.length).toBeGreaterThanOrEqual(2);
    expect(project.packages.find((p) => p.number === 15)!.werkplaten.some((w) => w.layout === 'sliders')).toBe(true);
  });

  it('every shipped werkplaat keeps headings at 24 pt or more and prompts at 14 pt or more, on A3 and on 2 x A4', () => {
    // Read off the A3 page as printed: a word's box is BOX_EM of its font size high (bbox.ts); the 2 x A4 sheets print it at the tile's scale.
    const floor: Record<string, number> = { heading: 24, 'centre heading': 24, prompt: 14, pole: 14, 'centre prompt': 14 };
    let checked = 0;
    for (const { p, w, k } of sheets) {
      const words = boxesOf(fileOf(p, k, 'A3'));
      const scale = tileGeometry(A3, OVERLAP, planOf(w).cut).scale;
      const taken = new Set<number>();
      for (const [role, texts] of roles(w))
        for (const t of texts) {
          const run = findText(words, t, taken);
          expect(run, `${p.id} werkplaat ${k}: "${t}"`).toBeDefined();
          if (floor[role] === undefined) continue;
          for (const b of run!) expect(((b.y2 - b.y1) / BOX_EM) * scale, `${p.id} werkplaat ${k} on 2 x A4, ${role}: "${b.text}"`).toBeGreaterThanOrEqual(floor[role] - 0.01);
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(sheets.length * 4);
  });

  it('prints every 2 x A4 werkplaat at 0.9 of its A3 size or more: a title word on sheet 1 against the A3', () => {
    for (const { p, w, k } of sheets) {
      const first = w.title.split(' ')[0]!;
      const tallest = (bs: Box[]) => bs.filter((b) => b.text === first).sort((a, b) => b.y2 - b.y1 - (a.y2 - a.y1))[0]!;
      const a3 = tallest(boxesOf(fileOf(p, k, 'A3')));
      const sheet1 = tallest(boxesOf(fileOf(p, k, '2xA4')).filter((b) => b.page === 0));
      const scale = (sheet1.y2 - sheet1.y1) / (a3.y2 - a3.y1);
      expect(scale, `${p.id} werkplaat ${k}`).toBeGreaterThanOrEqual(0.9);
      expect(scale).toBeCloseTo(tileGeometry(A3, OVERLAP, planOf(w).cut).scale, 2);
    }
  });

  it('every werkplaat is one A3 landscape page holding all its text', () => {
    for (const p of project.packages)
      p.werkplaten.forEach((w, i) => {
        const file = join(out, p.id, `${p.id}-werkplaat-${i + 1}-A3.pdf`);
        expect(textOf(file).sizes).toEqual([{ w: 1190.55, h: 841.89 }]);
        // -raw: in drawing order, so a title beside the instruction stays one run of text.
        const text = squash(pageText(file));
        for (const t of textsOf(w)) expect(text, `${p.id} werkplaat ${i + 1} (${w.layout})`).toContain(squash(t));
      });
  });

  it('the 2 x A4 version is two A4 pages, left and right, with the glue strip and the cut line', () => {
    for (const p of project.packages)
      p.werkplaten.forEach((w, i) => {
        const file = join(out, p.id, `${p.id}-werkplaat-${i + 1}-2xA4.pdf`);
        expect(textOf(file).sizes).toEqual([
          { w: 595.28, h: 841.89 },
          { w: 595.28, h: 841.89 },
        ]);
        const left = pageText(file, 0);
        const right = pageText(file, 1);
        expect(left).toContain('lijm hier');
        expect(right).toContain('knip hier');
        // The poster's title starts on the left sheet; the last slider pole or area ends on the right one.
        expect(squash(left)).toContain(squash(w.title.split(' ')[0]!));
      });
  });

  it('one size per role on every sheet of a layout: the word heights of each role agree across the shipped werkplaten', () => {
    const heights = new Map<string, Map<string, string>>(); // layout/role -> height -> first sheet seen
    for (const { p, w, k } of sheets) {
      const words = boxesOf(fileOf(p, k, 'A3'));
      const taken = new Set<number>();
      for (const [role, texts] of roles(w)) {
        for (const t of texts) {
          const run = findText(words, t, taken);
          expect(run, `${p.id} werkplaat ${k}: "${t}"`).toBeDefined();
          const key = `${w.layout}/${role}`;
          const seen = heights.get(key) ?? new Map<string, string>();
          for (const b of run!) if (!seen.has((b.y2 - b.y1).toFixed(1))) seen.set((b.y2 - b.y1).toFixed(1), `${p.id} ${k} "${b.text}"`);
          heights.set(key, seen);
        }
      }
    }
    for (const [key, seen] of heights) expect([...seen.entries()], key).toHaveLength(1);
    // The page's title and instruction are one size on every layout, the footer too.
    const frame = (role: string) => new Set(LAYOUTS.flatMap((l) => [...(heights.get(`${l}/${role}`)?.keys() ?? [])]));
    expect(frame('title').size).toBe(1);
    expect(frame('instruction').size).toBe(1);
  });

  it('every area of every shipped werkplaat has at least 80 x 80 mm of open paper under its text, measured on the page', () => {
    let checked = 0;
    for (const { p, w, k } of sheets.filter((s) => s.w.areas.length)) {
      expect(w.areas.length, `${p.id} werkplaat ${k}`).toBeLessThanOrEqual(MOST_AREAS);
      const plan = planOf(w);
      const file = fileOf(p, k, 'A3');
      const words = boxesOf(file);
      const img = pageOf(file, 1);
      const white = (x: number, y: number) => img.min(Math.round(x), Math.round(y)) > 245;
      for (const a of plan.geometry.areas) {
        // From the middle of the open space (below any band the fit check may have deepened), out to the first ink each way.
        const [cx, cy] = [POSTER.margin + a.free.x + a.free.width / 2, POSTER.margin + plan.header + a.free.y + (a.side ? a.free.height / 2 : (a.free.height * 2) / 3)];
        let [l, r, u, d] = [cx, cx, cy, cy];
        while (white(l - 1, cy)) l--;
        while (white(r + 1, cy)) r++;
        while (white(cx, u - 1)) u--;
        while (white(cx, d + 1)) d++;
        expect(r - l, `${p.id} werkplaat ${k}: open width`).toBeGreaterThanOrEqual(POSTIT_ROOM);
        expect(d - u, `${p.id} werkplaat ${k}: open height`).toBeGreaterThanOrEqual(POSTIT_ROOM);
        // No word in it: pdftotext's word boxes run from the font's ascent to its descent, past the line, so their middles.
        expect(words.filter((b) => (b.x1 + b.x2) / 2 > l && (b.x1 + b.x2) / 2 < r && (b.y1 + b.y2) / 2 > u && (b.y1 + b.y2) / 2 < d).map((b) => b.text), `${p.id} werkplaat ${k}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(100);
    expect(POSTIT).toBeCloseTo(mm(76), 6);
  });

  it('a 2 x 2 grid with axes has them on the page: pole words at the ends, under the columns and beside the rows, an arrow line between', () => {
    const withAxes = sheets.filter((s) => s.w.axes);
    expect(withAxes.map(({ p, k }) => `${p.number}/${k}`)).toContain('15/2');
    for (const { p, w, k } of withAxes) {
      const file = fileOf(p, k, 'A3');
      const words = boxesOf(file);
      const img = pageOf(file, 1);
      const ink = (x: number, y: number) => img.min(Math.round(x), Math.round(y)) < 160;
      const boxes = planOf(w).geometry.areas.map(({ box }) => ({ x1: POSTER.margin + box.x, x2: POSTER.margin + box.x + box.width, y1: POSTER.margin + POSTER.header + box.y, y2: POSTER.margin + POSTER.header + box.y + box.height }));
      const grid = { x1: Math.min(...boxes.map((b) => b.x1)), x2: Math.max(...boxes.map((b) => b.x2)), y1: Math.min(...boxes.map((b) => b.y1)), y2: Math.max(...boxes.map((b) => b.y2)) };
      const mid = { x: (grid.x1 + grid.x2) / 2, y: (grid.y1 + grid.y2) / 2 };
      // A pole word may also stand in a heading ("Hoort en helpt"): looked for outside the grid, under it or left of it,
      // the longer pole first ("Hoort niet" before "Hoort").
      const span = (t: string, where: (b: Box) => boolean, taken: Set<number>) => {
        const run = findText(words.filter(where), t, taken);
        expect(run, `${p.id} werkplaat ${k}: "${t}"`).toBeDefined();
        return { x1: Math.min(...run!.map((b) => b.x1)), x2: Math.max(...run!.map((b) => b.x2)), y1: Math.min(...run!.map((b) => b.y1)), y2: Math.max(...run!.map((b) => b.y2)) };
      };
      const poles = (a: string, b: string, where: (x: Box) => boolean) => {
        const taken = new Set<number>();
        if (a.length >= b.length) return [span(a, where, taken), span(b, where, taken)] as const;
        const sb = span(b, where, taken);
        return [span(a, where, taken), sb] as const;
      };
      const h = w.axes!.horizontal;
      if (h) {
        const under = (b: Box) => b.y1 > grid.y2;
        const [l, r] = poles(h.left, h.right, under);
        // Under the grid, the left pole under the left column from its edge, the right one under the right column to its edge.
        expect(l.x1).toBeGreaterThanOrEqual(grid.x1 - 1);
        expect(l.x2).toBeLessThan(mid.x);
        expect(r.x1).toBeGreaterThan(mid.x);
        expect(r.x2).toBeLessThanOrEqual(grid.x2 + 1);
        // A line from one to the other: ink at every point between them, on the words' middle line.
        const y = (l.y1 + l.y2) / 2;
        const gaps = [];
        for (let x = l.x2 + mm(4); x < r.x1 - mm(4); x++) if (![-1, 0, 1].some((d) => ink(x, y + d))) gaps.push(Math.round(x));
        expect(gaps.slice(0, 5), `${p.id} ${k}: the horizontal axis`).toEqual([]);
      }
      const v = w.axes!.vertical;
      if (v) {
        const left = (b: Box) => b.x2 < grid.x1 && b.y1 >= grid.y1 - 1 && b.y2 <= grid.y2 + 1;
        const [t, b] = poles(v.top, v.bottom, left);
        // Left of the grid, turned upright (taller than wide), the top pole beside the top row, the bottom one beside the bottom row.
        for (const s of [t, b]) expect(s.y2 - s.y1, `${p.id} ${k}`).toBeGreaterThan(s.x2 - s.x1);
        expect(t.y1).toBeGreaterThanOrEqual(grid.y1 - 1);
        expect(t.y2).toBeLessThan(mid.y);
        expect(b.y1).toBeGreaterThan(mid.y);
        expect(b.y2).toBeLessThanOrEqual(grid.y2 + 1);
        const x = (t.x1 + t.x2) / 2;
        const gaps = [];
        for (let y = t.y2 + mm(4); y < b.y1 - mm(4); y++) if (![-1, 0, 1].some((d) => ink(x + d, y))) gaps.push(Math.round(y));
        expect(gaps.slice(0, 5), `${p.id} ${k}: the vertical axis`).toEqual([]);
      }
    }
  });

  it('the 2 x A4 cut of every shipped werkplaat crosses no word and sits near the middle', () => {
    for (const { p, w, k } of sheets) {
      const plan = planOf(w);
      const a3 = boxesOf(fileOf(p, k, 'A3'));
      const crossing = a3.filter((b) => b.x1 < plan.cut && b.x2 > plan.cut).map((b) => b.text);
      expect(crossing, `${p.id} werkplaat ${k} (${w.layout}) cut at ${(plan.cut / mm(1)).toFixed(1)} mm`).toEqual([]);
      // The cut runs in the middle gutter (or the open middle of the sliders): within 5 mm of the even cut.
      const even = A3.width / 2 - OVERLAP / 2;
      expect(Math.abs(plan.cut - even), `${p.id} ${k}`).toBeLessThan(mm(5));

      // The 2 x A4 file is cut there: no word on either sheet runs across its sheet's cut.
      const tiles = boxesOf(fileOf(p, k, '2xA4'));
      const g = tileGeometry(A3, OVERLAP, plan.cut);
      const at = [g.left.band[0], g.cutX];
      const split = tiles.filter((b) => b.x1 < at[b.page]! - 0.3 && b.x2 > at[b.page]! + 0.3).map((b) => b.text);
      expect(split, `${p.id} werkplaat ${k}`).toEqual([]);
    }
  });

  it('keeps all ink of every shipped A3 and 2 x A4 werkplaat at least 10 mm from the paper\'s edge', () => {
    for (const { p, k } of sheets) {
      for (const [file, pages] of [[fileOf(p, k, 'A3'), 1], [fileOf(p, k, '2xA4'), 2]] as const) {
        for (let page = 1; page <= pages; page++) {
          const img = pageOf(file, page);
          const edge = Math.floor(mm(10)) - 1;
          // Every pixel of the 10 mm band around the page: all of the top and bottom rows, the sides of the others.
          const [w, h] = [img.width, img.height];
          const inked = [
            darker(img, 250, [0, w], [0, edge]),
            darker(img, 250, [0, w], [h - edge, h]),
            darker(img, 250, [0, edge], [edge, h - edge]),
            darker(img, 250, [w - edge, w], [edge, h - edge]),
          ].flat().length;
          expect(inked, `${file} page ${page}`).toBe(0);
        }
      }
    }
  }, 120_000);

  it('sets no word under 7 pt on any shipped A3 or 2 x A4 werkplaat, the poster scaled down included', () => {
    // pdftotext's word height is the font's ascent to descent: one ratio to the size for Source Sans 3, read off the title.
    const first = sheets[0]!;
    const title = findText(boxesOf(fileOf(first.p, first.k, 'A3')), first.w.title, new Set())!;
    const perPt = (title[0]!.y2 - title[0]!.y1) / planOf(first.w).sizes.title;
    let smallest = Infinity;
    for (const { p, k } of sheets)
      for (const kind of ['A3', '2xA4'] as const)
        for (const b of boxesOf(fileOf(p, k, kind))) {
          const size = (b.y2 - b.y1) / perPt;
          expect(size, `${p.id} werkplaat ${k} ${kind}: "${b.text}"`).toBeGreaterThanOrEqual(7 - 0.01);
          smallest = Math.min(smallest, size);
        }
    expect(smallest).toBeLessThan(9); // the sheet labels' 8 pt: the measure sees small text
  });

  it('on sheet 2 of every shipped 2 x A4 werkplaat the marks stay in the overlap, outside the poster', () => {
    for (const { p, w, k } of sheets) {
      const file = fileOf(p, k, '2xA4');
      const g = tileGeometry(A3, OVERLAP, planOf(w).cut);
      const img = pageOf(file, 2);
      const labels = boxesOf(file).filter((b) => b.page === 1);
      const piece = g.right.piece;
      const [top, bottom] = [A4.height - piece.y - piece.height, A4.height - piece.y]; // from the page's top
      // Dark pixels above and below the poster, neither in the glue strip nor on a label.
      const band = [Math.floor(g.right.band[0]), Math.ceil(g.right.band[1])];
      const strays = [
        ...darker(img, 201, [0, img.width], [0, Math.floor(top - 1) + 1]),
        ...darker(img, 201, [0, img.width], [Math.ceil(bottom + 1), img.height]),
      ]
        .filter(([x]) => x < band[0]! || x > band[1]!)
        .filter(([x, y]) => !labels.some((b) => x >= b.x1 - 1 && x <= b.x2 + 1 && y >= b.y1 - 1 && y <= b.y2 + 1))
        .map(([x, y]) => `${x},${y}`);
      expect(strays.slice(0, 5), `${file}`).toEqual([]);
      // The words around the poster ("knip hier", the sheet's label) do not run into each other.
      // The words around the poster, "knip hier" twice and the sheet's label, keep 2 mm apart.
      const margin = labels.filter((b) => b.y2 < top || b.y1 > bottom);
      const taken = new Set<number>();
      const runs = [TILE_WORDS.cut, TILE_WORDS.cut, TILE_WORDS.right].map((t) => findText(margin, t, taken));
      expect(taken.size, file).toBe(margin.length);
      const around = runs.map((r) => ({ x1: r![0]!.x1, x2: r!.at(-1)!.x2, y1: r![0]!.y1, y2: r![0]!.y2 }));
      for (const [i, a] of around.entries())
        for (const b of around.slice(i + 1))
          expect(a.x2 < b.x1 - mm(2) || b.x2 < a.x1 - mm(2) || a.y2 < b.y1 || b.y2 < a.y1, `${file}: labels run into each other`).toBe(true);
    }
  }, 120_000);

  it('names the size of the text that does not fit: the heading size for a heading', async () => {
    const pkg = project.packages.find((p) => p.werkplaten[0]!.layout === 'columns')!;
    const data = smallData([pkg.number]);
    const area = pkg.werkplaten[0]!.areas[0]!;
    edit(join(data, 'packages', `${pkg.id}.yaml`), area.heading, '1234567890'.repeat(6));
    const r = await toolkit(['build', '--package', String(pkg.number), '--only', 'werkplaten', '--data', data, '--out', tmp()], { cwd: data });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/werkplaat 1 \(".*"\), vak 1 \(".*"\): de tekst past niet, ook niet op 20 pt: het woord "12345678901234567890…" is \d+ pt breder dan de ruimte/);
  });

  it('a prompt too long for the floor size fails with its file and line', async () => {
    // The schema allows 60 words; a cycle's narrow boxes hold fewer long ones at 12 pt.
    const pkg = project.packages.find((p) => p.werkplaten[0]!.layout === 'cycle')!;
    const data = smallData([pkg.number]);
    const area = pkg.werkplaten[0]!.areas[0]!;
    const long = Array.from({ length: 60 }, () => 'samenwerkingsafspraken').join(' ');
    edit(join(data, 'packages', `${pkg.id}.yaml`), area.prompt, long);
    const r = await toolkit(['build', '--package', String(pkg.number), '--only', 'werkplaten', '--data', data, '--out', tmp()], { cwd: data });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`packages/${pkg.id}\\.yaml:${area.at.line}:${area.at.col} werkplaat 1 \\(".*"\\), vak 1 \\(".*"\\): de tekst past niet, ook niet op 12 pt`));
  });

  it('check refuses a werkplaat with more areas than hold a post-it, naming file, line and what to do', async () => {
    const dir = tmp('toolkit-fx-');
    mkdirSync(join(dir, 'packages'));
    copyFileSync(join(fixtures, 'errors/toolkit.yaml'), join(dir, 'toolkit.yaml'));
    copyFileSync(join(fixtures, 'errors/grid-six.yaml'), join(dir, 'packages', '01-een-test.yaml'));
    const errors = (await check(loadProject(dir, dir))).filter((p) => !isWarning(p)).map(formatProblem);
    expect(errors).toEqual([
      'packages/01-een-test.yaml:21:9 werkplaat 1 ("Raster"), areas: heeft 6 vakken; op één A3 passen er hoogstens 4 met ruimte voor post-its van 76 x 76 mm\n    Voeg twee vakken samen, of verdeel ze over twee werkplaten.',
    ]);
  });
});
