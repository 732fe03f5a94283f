/** What the werkplaten tests share (test/werkplaten*.test.ts): the shared build's werkplaten, read by poppler. */
import { join } from 'node:path';
import { loadProject, type Package, type Werkplaat } from '../src/index.js';
import { planPoster, type PosterPlan } from '../templates/werkplaat/plan.js';
import { FIRST_STEP, POSTER_STEPS } from '../templates/werkplaat/sizes.js';
import { built, dataDir, squash } from './helpers.js';
import { popplerText } from './poppler.js';
import { darker, rasterPages } from './raster.js';

export const project = loadProject(dataDir);
// The shared build of the shipped data (globalSetup.ts), read only.
export const out = built();
export const sheets = project.packages.flatMap((p) => p.werkplaten.map((w, i) => ({ p, w, k: i + 1 })));
export const fileOf = (p: Package, k: number, kind: 'A3' | '2xA4') => join(out, p.id, `${p.id}-werkplaat-${k}-${kind}.pdf`);
/** The plan the build drew a shipped werkplaat with: every shipped one fits at its layout's first step (tested below). */
export const planOf = (w: Werkplaat): PosterPlan => planPoster(w, POSTER_STEPS[FIRST_STEP[w.layout]]!);

export interface Box {
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
export const textOf = (file: string) => (entry(file).text ??= wordBoxes(file));
export const boxesOf = (file: string) => textOf(file).boxes;
/** The words of a page (from 0) in drawing order (-raw), one string: what `pdftotext -raw` prints, but for spaces. */
export const pageText = (file: string, page?: number) =>
  boxesOf(file)
    .filter((b) => page === undefined || b.page === page)
    .map((b) => b.text)
    .join(' ');
/** Page `page` (from 1) at 72 dpi, so a pixel is a point. */
export const pageOf = (file: string, page: number) => (entry(file).pages ??= rasterPages(file))[page - 1]!;
/** Lets go of what this file read (the pages are megabytes each). */
export const forgetReadings = () => read.clear();

/** The run of words that spells `text` (hyphens and spaces aside), not yet taken by another text. */
export function findText(words: Box[], text: string, taken: Set<number>): Box[] | undefined {
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
export function roles(w: Werkplaat): [string, string[]][] {
  const heading = (h: string, i: number) => (w.layout === 'cycle' ? `${i + 1}. ${h}` : h);
  return [
    ['title', [w.title]],
    ['instruction', [w.instruction]],
    ['heading', [...w.areas.map((a, i) => heading(a.heading, i)), ...w.sliders.map((s) => s.heading)]],
    ['prompt', w.areas.map((a) => a.prompt)],
    ['pole', w.sliders.flatMap((s) => [s.left, s.right])],
    ['centre heading', w.centre ? [w.centre.heading] : []],
    ['centre prompt', w.centre ? [w.centre.prompt] : []],
  ];
}

/** Every text a werkplaat must show, as written in its source. */
export const textsOf = (w: Werkplaat) => [
  w.title,
  w.instruction,
  ...w.areas.flatMap((a) => [a.heading, a.prompt]),
  ...(w.centre ? [w.centre.heading, w.centre.prompt] : []),
  ...w.sliders.flatMap((s) => [s.heading, s.left, s.right]),
];


/** The pixels of a page (as pageOf) within `band` points of the paper's edge with any ink: darker than 250 in a channel. */
export function inkNearEdge(img: ReturnType<typeof pageOf>, band: number): number {
  const [w, h] = [img.width, img.height];
  // All of the top and bottom rows, the sides of the others.
  return [
    darker(img, 250, [0, w], [0, band]),
    darker(img, 250, [0, w], [h - band, h]),
    darker(img, 250, [0, band], [band, h - band]),
    darker(img, 250, [w - band, w], [band, h - band]),
  ].flat().length;
}
