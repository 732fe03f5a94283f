import { afterAll, describe, expect, it } from 'vitest';
import { tileGeometry } from '../src/print/tile.js';
import { TILE_WORDS } from '../src/print/words.js';
import { A3_LANDSCAPE as A3, A4, mm } from '../templates/units.js';
import { POSTIT } from '../templates/werkplaat/geometry.js';
import { OVERLAP } from '../templates/werkplaat/seam.js';
import { POSTER } from '../templates/werkplaat/sizes.js';
import { darker } from './raster.js';
import { boxesOf, fileOf, findText, forgetReadings, pageOf, planOf, sheets } from './werkplaten.js';

afterAll(forgetReadings);

describe('werkplaten, as drawn', () => {
  it('every cycle box and every canvas centre has a free 76 x 76 mm for a post-it under its text', () => {
    let checked = 0;
    for (const { p, w, k } of sheets.filter((s) => s.w.layout === 'cycle' || s.w.layout === 'canvas')) {
      const plan = planOf(w);
      const file = fileOf(p, k, 'A3');
      const words = boxesOf(file);
      const img = pageOf(file, 1);
      const rects = [...(w.layout === 'cycle' ? plan.geometry.boxes : []), plan.geometry.centre!];
      for (const r of rects) {
        const [x1, y1] = [POSTER.margin + r.x, POSTER.margin + plan.header + r.y];
        const [x2, y2] = [x1 + r.width, y1 + r.height];
        // The box is drawn where the geometry says: its frame is coloured, just inside it is not.
        const frame = img.px(Math.floor(x1 + 0.5), Math.round((y1 + y2) / 2));
        expect(Math.min(...frame), `${p.id} ${k} frame at ${x1},${y1}`).toBeLessThan(200);
        const inside = words.filter((b) => b.x1 >= x1 && b.x2 <= x2 && b.y1 >= y1 && b.y2 <= y2);
        expect(inside.length, `${p.id} ${k}: words in a box`).toBeGreaterThan(1);
        const textBottom = Math.max(...inside.map((b) => b.y2));
        const border = 2;
        const free = { width: r.width - 2 * border, height: y2 - border - textBottom };
        expect(free.width, `${p.id} werkplaat ${k}`).toBeGreaterThanOrEqual(POSTIT);
        expect(free.height, `${p.id} werkplaat ${k}: free height under "${inside.at(-1)!.text}"`).toBeGreaterThanOrEqual(POSTIT);
        // And it is open paper: the middle of the free area is light, with no word in it.
        const mid = img.px(Math.round((x1 + x2) / 2), Math.round((textBottom + y2) / 2));
        expect(Math.min(...mid)).toBeGreaterThan(200);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5 * 5 + 9);
    expect(POSTIT).toBeCloseTo(mm(76), 6);
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

});
