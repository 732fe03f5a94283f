import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Werkplaat } from '../src/index.js';
import { LAYOUTS } from '../src/model/types.js';
import { tileGeometry } from '../src/print/tile.js';
import { A3_LANDSCAPE as A3, mm } from '../templates/units.js';
import { POSTIT_ROOM, bodyGeometry } from '../templates/werkplaat/geometry.js';
import { OVERLAP } from '../templates/werkplaat/seam.js';
import { POSTER, bodyHeight, bodyWidth } from '../templates/werkplaat/sizes.js';
import { BOX_EM } from './bbox.js';
import { edit, smallData, squash, tmp, toolkit } from './helpers.js';
import { boxesOf, fileOf, findText, forgetReadings, out, pageText, planOf, project, roles, sheets, textOf, textsOf } from './werkplaten.js';

// The pixels of the werkplaten are tested in werkplaten-*.test.ts: files of their own, so that the test workers share the work.
afterAll(forgetReadings);

describe('werkplaat geometry, for every number of areas the schema allows', () => {
  const counts: Record<string, number[]> = { columns: [2, 3], grid: [4, 6], cycle: [4, 5, 6], canvas: [2, 3, 4, 5, 6], sliders: [0] };
  const base = sheets[0]!.w;
  for (const [layout, ns] of Object.entries(counts))
    for (const n of ns)
      it(`${layout} with ${n} areas: boxes apart and inside the body, the cut in a gutter`, () => {
        const area = { heading: 'Kop', prompt: 'Vraag', at: base.at };
        const w = { ...base, layout, areas: Array.from({ length: n }, () => area), centre: area } as Werkplaat;
        const plan = planOf(w);
        const g = bodyGeometry(w, bodyWidth(), bodyHeight(plan.header));
        expect(g.boxes).toHaveLength(layout === 'sliders' ? 0 : n);
        const all = [...g.boxes, ...(g.centre ? [g.centre] : [])];
        for (const [i, a] of all.entries()) {
          expect(a.x).toBeGreaterThanOrEqual(-1e-6);
          expect(a.y).toBeGreaterThanOrEqual(-1e-6);
          expect(a.x + a.width).toBeLessThanOrEqual(bodyWidth() + 1e-6);
          expect(a.y + a.height).toBeLessThanOrEqual(bodyHeight(plan.header) + 1e-6);
          for (const b of all.slice(i + 1)) {
            const apart = a.x + a.width <= b.x + 1e-6 || b.x + b.width <= a.x + 1e-6 || a.y + a.height <= b.y + 1e-6 || b.y + b.height <= a.y + 1e-6;
            expect(apart).toBe(true);
          }
        }
        if (layout === 'cycle') for (const b of g.boxes) expect(Math.min(b.width, b.height)).toBeGreaterThan(POSTIT_ROOM);
        const cut = plan.cut - POSTER.margin;
        for (const a of all) expect(cut <= a.x || cut >= a.x + a.width, `cut at ${cut}`).toBe(true);
        expect(plan.cut).toBeGreaterThan(A3.width / 4);
        expect(plan.cut).toBeLessThan((3 * A3.width) / 4);
      });
});

describe('werkplaten', () => {
  it('the shipped content uses every layout, with 2 or 3 werkplaten a package', () => {
    const used = new Set(project.packages.flatMap((p) => p.werkplaten.map((w) => w.layout)));
    expect([...used].sort()).toEqual([...LAYOUTS].sort());
    for (const p of project.packages) expect(p.werkplaten.length).toBeGreaterThanOrEqual(2);
    expect(project.packages.find((p) => p.number === 15)!.werkplaten.some((w) => w.layout === 'sliders')).toBe(true);
  });

  it('every shipped werkplaat keeps headings at 24 pt or more and prompts at 14 pt or more', () => {
    // Read off the A3 page as printed: a word's box is BOX_EM of its font size high (bbox.ts).
    const floor: Record<string, number> = { heading: 24, 'centre heading': 24, prompt: 14, pole: 14, 'centre prompt': 14 };
    let checked = 0;
    for (const { p, w, k } of sheets) {
      const words = boxesOf(fileOf(p, k, 'A3'));
      const taken = new Set<number>();
      for (const [role, texts] of roles(w))
        for (const t of texts) {
          const run = findText(words, t, taken);
          expect(run, `${p.id} werkplaat ${k}: "${t}"`).toBeDefined();
          if (floor[role] === undefined) continue;
          for (const b of run!) expect((b.y2 - b.y1) / BOX_EM, `${p.id} werkplaat ${k}, ${role}: "${b.text}"`).toBeGreaterThanOrEqual(floor[role] - 0.01);
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(sheets.length * 4);
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

  it('the 2 x A4 cut of every shipped werkplaat crosses no word and no central element, and sits in a gutter near the middle where there is one', () => {
    for (const { p, w, k } of sheets) {
      const plan = planOf(w);
      const a3 = boxesOf(fileOf(p, k, 'A3'));
      const crossing = a3.filter((b) => b.x1 < plan.cut && b.x2 > plan.cut).map((b) => b.text);
      expect(crossing, `${p.id} werkplaat ${k} (${w.layout}) cut at ${(plan.cut / mm(1)).toFixed(1)} mm`).toEqual([]);
      if (plan.geometry.centre) {
        const c = plan.geometry.centre;
        const [c1, c2] = [POSTER.margin + c.x, POSTER.margin + c.x + c.width];
        expect(plan.cut < c1 || plan.cut > c2, `${p.id} ${k}: cut through the centre`).toBe(true);
      }
      // The cut is in a gap between boxes (or in the open middle of the sliders).
      const boxes = plan.geometry.boxes.map((b) => [POSTER.margin + b.x, POSTER.margin + b.x + b.width]);
      expect(boxes.filter(([a, b]) => a! < plan.cut && b! > plan.cut), `${p.id} ${k}`).toEqual([]);
      // Two columns, a 2 x 2 grid, sliders and the cycle have a gutter in the middle: no shift beyond 10 mm.
      const even = A3.width / 2 - OVERLAP / 2;
      if (w.layout === 'cycle' || w.layout === 'sliders' || w.areas.length === 2 || (w.layout === 'grid' && w.areas.length === 4))
        expect(Math.abs(plan.cut - even), `${p.id} ${k}`).toBeLessThan(mm(10));

      // The 2 x A4 file is cut there: no word on either sheet runs across its sheet's cut.
      const tiles = boxesOf(fileOf(p, k, '2xA4'));
      const g = tileGeometry(A3, OVERLAP, plan.cut);
      const at = [g.left.band[0], g.cutX];
      const split = tiles.filter((b) => b.x1 < at[b.page]! - 0.3 && b.x2 > at[b.page]! + 0.3).map((b) => b.text);
      expect(split, `${p.id} werkplaat ${k}`).toEqual([]);
    }
  });

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

  it('names the size of the text that does not fit: the heading size for a heading', async () => {
    const pkg = project.packages.find((p) => p.werkplaten[0]!.layout === 'columns')!;
    const data = smallData([pkg.number]);
    const area = pkg.werkplaten[0]!.areas[0]!;
    edit(join(data, 'packages', `${pkg.id}.yaml`), area.heading, '1234567890123456789012345678901234567890');
    const r = await toolkit(['build', '--package', String(pkg.number), '--only', 'werkplaten', '--data', data, '--out', tmp()], { cwd: data });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/werkplaat 1 \(".*"\), vak 1 \(".*"\): de tekst past niet, ook niet op 20 pt: het woord "12345678901234567890…" is \d+ pt breder dan de ruimte/);
  });

  it('a prompt too long for the floor size fails with its file and line', async () => {
    // The schema allows 60 words; a cycle's small boxes hold fewer at 12 pt.
    const pkg = project.packages.find((p) => p.werkplaten[0]!.layout === 'cycle')!;
    const data = smallData([pkg.number]);
    const area = pkg.werkplaten[0]!.areas[0]!;
    const long = Array.from({ length: 60 }, (_, i) => area.prompt.split(' ')[i % 5]).join(' ');
    edit(join(data, 'packages', `${pkg.id}.yaml`), area.prompt, long);
    const r = await toolkit(['build', '--package', String(pkg.number), '--only', 'werkplaten', '--data', data, '--out', tmp()], { cwd: data });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`packages/${pkg.id}\\.yaml:${area.at.line}:${area.at.col} werkplaat 1 \\(".*"\\), vak 1 \\(".*"\\): de tekst past niet, ook niet op 12 pt`));
  });
});
