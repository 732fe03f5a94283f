import { afterAll, describe, expect, it } from 'vitest';
import { mm } from '../templates/units.js';
import { fileOf, forgetReadings, inkNearEdge, pageOf, project } from './werkplaten.js';

// A file of its own (the 2 x A4 sheets have theirs): rendering every page is the slowest reading of the werkplaten, and files run side by side.
afterAll(forgetReadings);

describe('every shipped A3 werkplaat', () => {
  for (const p of project.packages)
    it(`${p.id}: keeps all ink at least 10 mm from the paper's edge`, () => {
      p.werkplaten.forEach((_, i) => {
        const file = fileOf(p, i + 1, 'A3');
        for (let page = 1; page <= 1; page++) expect(inkNearEdge(pageOf(file, page), Math.floor(mm(10)) - 1), `${file} page ${page}`).toBe(0);
      });
    });
});
