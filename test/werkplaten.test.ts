import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProject, type Werkplaat } from '../src/index.js';
import { LAYOUTS } from '../src/model/types.js';
import { cli, copyData, dataDir, edit, pageSizes, pdftotext, squash, tmp } from './helpers.js';

const project = loadProject(dataDir);
const out = tmp('toolkit-wp-');

/** Every text a werkplaat must show, as written in its source. */
const textsOf = (w: Werkplaat) => [
  w.title,
  w.instruction,
  ...w.areas.flatMap((a) => [a.heading, a.prompt]),
  ...(w.centre ? [w.centre.heading, w.centre.prompt] : []),
  ...w.sliders.flatMap((s) => [s.heading, s.left, s.right]),
];

describe('werkplaten', () => {
  beforeAll(() => {
    const r = cli(['build', '--all', '--only', 'werkplaten', '--quiet', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);

  it('the shipped content uses every layout, with 2 or 3 werkplaten a package', () => {
    const used = new Set(project.packages.flatMap((p) => p.werkplaten.map((w) => w.layout)));
    expect([...used].sort()).toEqual([...LAYOUTS].sort());
    for (const p of project.packages) expect(p.werkplaten.length).toBeGreaterThanOrEqual(2);
    expect(project.packages.find((p) => p.number === 15)!.werkplaten.some((w) => w.layout === 'sliders')).toBe(true);
  });

  it('every shipped werkplaat keeps headings at 24 pt or more and prompts at 14 pt or more', async () => {
    const { fitWerkplaten } = await import('../src/render/werkplaten.js');
    for (const p of project.packages) {
      const { sizes } = await fitWerkplaten(project.toolkit, p);
      for (const s of sizes) {
        expect(s.heading, p.id).toBeGreaterThanOrEqual(24);
        expect(s.prompt, p.id).toBeGreaterThanOrEqual(14);
      }
    }
  }, 60_000);

  it('every werkplaat is one A3 landscape page holding all its text', () => {
    for (const p of project.packages)
      p.werkplaten.forEach((w, i) => {
        const file = join(out, p.id, `${p.id}-werkplaat-${i + 1}-A3.pdf`);
        expect(pageSizes(file)).toEqual([{ w: 1190.55, h: 841.89 }]);
        const text = squash(pdftotext(file));
        for (const t of textsOf(w)) expect(text, `${p.id} werkplaat ${i + 1} (${w.layout})`).toContain(squash(t));
      });
  });

  it('the 2 x A4 version is two A4 pages, left and right, with the glue strip and the cut line', () => {
    for (const p of project.packages)
      p.werkplaten.forEach((w, i) => {
        const file = join(out, p.id, `${p.id}-werkplaat-${i + 1}-2xA4.pdf`);
        expect(pageSizes(file)).toEqual([
          { w: 595.28, h: 841.89 },
          { w: 595.28, h: 841.89 },
        ]);
        const left = pdftotext(file, ['-f', '1', '-l', '1']);
        const right = pdftotext(file, ['-f', '2', '-l', '2']);
        expect(left).toContain('lijm hier');
        expect(right).toContain('knip hier');
        // The poster's title starts on the left sheet; the last slider pole or area ends on the right one.
        expect(squash(left)).toContain(squash(w.title.split(' ')[0]!));
      });
  });

  it('names the size of the text that does not fit: the heading size for a heading', () => {
    const data = copyData();
    const pkg = project.packages.find((p) => p.werkplaten[0]!.layout === 'columns')!;
    const area = pkg.werkplaten[0]!.areas[0]!;
    edit(join(data, 'packages', `${pkg.id}.yaml`), area.heading, '1234567890123456789012345678901234567890');
    const r = cli(['build', '--package', String(pkg.number), '--only', 'werkplaten', '--data', data, '--out', tmp()], { cwd: data });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/werkplaat 1 \(".*"\), vak 1 \(".*"\): de tekst past niet, ook niet op 20 pt: het woord "12345678901234567890…" is \d+ pt breder dan de ruimte/);
  });

  it('a prompt too long for the floor size fails with its file and line', () => {
    // The schema allows 60 words; a cycle's small boxes hold fewer at 12 pt.
    const data = copyData();
    const pkg = project.packages.find((p) => p.werkplaten[0]!.layout === 'cycle')!;
    const area = pkg.werkplaten[0]!.areas[0]!;
    const long = Array.from({ length: 60 }, (_, i) => area.prompt.split(' ')[i % 5]).join(' ');
    edit(join(data, 'packages', `${pkg.id}.yaml`), area.prompt, long);
    const r = cli(['build', '--package', String(pkg.number), '--only', 'werkplaten', '--data', data, '--out', tmp()], { cwd: data });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`packages/${pkg.id}\\.yaml:${area.at.line}:${area.at.col} werkplaat 1 \\(".*"\\), vak 1 \\(".*"\\): de tekst past niet, ook niet op 12 pt`));
  });
});
