import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../src/index.js';
import { bundleName } from '../src/outputs/files.js';
import { built, dataDir, expectA4, fixtures, pdftotext, squash, tmp, toolkit } from './helpers.js';
import { paragraphLines, runningText } from './measure.js';
import { typo } from '../templates/typography.js';
import { popplerText } from './poppler.js';
import { materialsOfPlan, preparationFor } from '../src/model/materials.js';

// Fixture data, not the shipped packages: those get their plans from the content writers.
const data = join(fixtures, 'draaiboek');
const project = loadProject(data, data);
const withLink = project.packages.find((p) => p.number === 1)!;
const noLink = project.packages.find((p) => p.number === 2)!;

describe('draaiboek', () => {
  const out = tmp('toolkit-draaiboek-');
  let made: Awaited<ReturnType<typeof toolkit>>;
  beforeAll(async () => {
    made = await toolkit(['build', '--data', data, '--only', 'draaiboek', '--out', out], { cwd: data });
  });
  const file = (id: string) => join(out, id, `${id}-draaiboek-A4.pdf`);

  it('is written by --only draaiboek, and only the draaiboek', () => {
    expect(project.broken).toEqual([]);
    expect(made.code).toBe(0);
    expect(existsSync(file(withLink.id))).toBe(true);
    expect(existsSync(join(out, withLink.id, `${withLink.id}-werkblad-A4.pdf`))).toBe(false);
  });

  it('is A4 portrait, two pages at most', () => {
    for (const pkg of [withLink, noLink]) expect(expectA4(file(pkg.id))).toBeLessThanOrEqual(2);
  });

  it('holds every step of the plan with its minutes and materials, the short version, the tips, audience and when', () => {
    const text = squash(pdftotext(file(withLink.id)));
    const f = withLink.facilitation!;
    for (const step of f.plan) {
      expect(text).toContain(squash(`${step.minutes} min`));
      expect(text).toContain(squash(step.title));
      expect(text).toContain(squash(step.text));
      if (step.prepare) expect(text).toContain(squash(step.prepare));
    }
    // Step 3 uses werkplaat 1: named with its title; step 4 also the cards.
    expect(text).toContain(squash(`Werkplaat 1: ${withLink.werkplaten[0]!.title}`));
    expect(text).toContain(squash(`Denk- en doekaarten Werkplaat 2: ${withLink.werkplaten[1]!.title}`));
    expect(text).toContain(squash('0:15-0:35'));
    expect(text).toContain(squash(f.short));
    for (const tip of f.tips) expect(text).toContain(squash(tip));
    expect(text).toContain(squash(f.audience));
    expect(text).toContain(squash(f.when));
    expect(text).toContain(squash(withLink.background!));
  });

  it('sets the short version, the tips and the film\'s idea of every shipped draaiboek at 60 to 75 characters a line, none under 50 or over 80', () => {
    // The shared build of the shipped data (read only): every package has a plan and a background.
    const shipped = loadProject(dataDir);
    for (const p of shipped.packages) {
      const file = join(built(), p.id, `${p.id}-draaiboek-A4.pdf`);
      const f = p.facilitation!;
      const lengths: number[] = [];
      for (const text of [f.short, ...f.tips, p.background!]) {
        // On page 2, or on page 1 where the timetable is short; the last line of a paragraph is as long as it is.
        const lines = [2, 1].map((page) => { try { return paragraphLines(file, page, typo(text)); } catch { return undefined; } }).find((l) => l !== undefined);
        expect(lines, `${p.id}: "${text.slice(0, 40)}"`).toBeDefined();
        for (const l of lines!.slice(0, -1)) {
          expect(l.length, `${p.id}: "${l}"`).toBeGreaterThanOrEqual(50);
          expect(l.length, `${p.id}: "${l}"`).toBeLessThanOrEqual(80);
          lengths.push(l.length);
        }
      }
      const sorted = lengths.sort((a, b) => a - b);
      expect(sorted.length, p.id).toBeGreaterThan(8);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      expect(median, p.id).toBeGreaterThanOrEqual(60);
      expect(median, p.id).toBeLessThanOrEqual(75);
    }
  });

  it('sets every line of running text of every shipped draaiboek, all pages, at 75 characters or fewer (issue 24), on two pages at most', () => {
    // The shared build (read only), read back with pdftotext -bbox-layout: 'Klaarzetten', the timetable, the film box, page 2.
    const shipped = loadProject(dataDir);
    expect(shipped.packages).toHaveLength(18);
    for (const p of shipped.packages) {
      const file = join(built(), p.id, `${p.id}-draaiboek-A4.pdf`);
      expect(expectA4(file), p.id).toBeLessThanOrEqual(2);
      const lines = runningText(file).flat();
      expect(lines.length, p.id).toBeGreaterThan(50);
      for (const l of lines) expect(l.text.length, `${p.id}: "${l.text}"`).toBeLessThanOrEqual(75);
      // The checklist 'Klaarzetten' whole, each item in the measure, though a werkplaat's takes two lines.
      const text = squash(lines.map((l) => l.text).join(' '));
      for (const u of materialsOfPlan(p)) expect(text, p.id).toContain(squash(typo(preparationFor(p, u))));
    }
  });

  it('heads the timetable again on page 2 when it runs onto it, read once by a screen reader (the copy is a pagination artifact)', () => {
    const shipped = loadProject(dataDir).packages;
    let runOn = 0;
    for (const p of shipped) {
      const file = join(built(), p.id, `${p.id}-draaiboek-A4.pdf`);
      const [one, two] = [1, 2].map((n) => pdftotext(file, ['-f', String(n), '-l', String(n), '-layout']));
      const head = (page: string) => page.split('\n').find((l) => l.trim())!.trim().split(/\s{2,}/);
      // A step's clock times ("0:50-1:00") on page 2: the table runs onto it.
      if (!/\b\d:\d\d-\d:\d\d\b/.test(two!)) continue;
      runOn++;
      expect(head(two!), p.id).toEqual(['TIJD', 'WAT JE DOET', 'NODIG']);
      expect(one, p.id).toMatch(/TIJD\s+WAT JE DOET\s+NODIG/);
      const struct = popplerText('pdfinfo', ['-struct-text', file]);
      expect(struct.match(/"TIJD"/g), p.id).toHaveLength(1);
    }
    // The shipped plans: all but one run onto page 2 (06 fits on page 1).
    expect(runOn).toBeGreaterThan(10);
  });

  it('names the werkplaten its plan leaves out, which a session does not print (shipped 03 and 05; 08 uses both)', () => {
    const shipped = loadProject(dataDir, dataDir).packages;
    for (const n of [3, 5, 8]) {
      const pkg = shipped.find((p) => p.number === n)!;
      const used = new Set(pkg.facilitation!.plan.flatMap((s) => s.uses));
      const spare = pkg.werkplaten.map((w, i) => ({ w, n: i + 1 })).filter(({ n }) => !used.has(`werkplaat ${n}`));
      const text = squash(pdftotext(join(built(), pkg.id, `${pkg.id}-draaiboek-A4.pdf`)));
      expect(text.includes(squash('Niet in dit plan:')), pkg.id).toBe(spare.length > 0);
      for (const { w, n } of spare) expect(text, pkg.id).toContain(squash(`werkplaat ${n} ‘${w.title}’`));
      if (n !== 8) expect(spare.length, pkg.id).toBeGreaterThan(0);
    }
  });

  it('gives the film link, its password and a QR code where the link is known', () => {
    const text = squash(pdftotext(file(withLink.id)));
    expect(text).toContain(squash('https://vimeo.com/914403419'));
    expect(text).toContain(squash('Wachtwoord: HxtU72d'));
    expect(text).toContain(squash('Scan de QR-code'));
  });

  it('says whom to ask for the film where the link is not known', () => {
    const text = squash(pdftotext(file(noLink.id)));
    expect(text).toContain(squash('Vraag de link naar de film op bij Het team van de toolkit: toolkit@example.org'));
    expect(text).not.toContain(squash('Scan de QR-code'));
  });

  it('the werkblad of a film without a link sends its reader to the facilitator, not to the contact: only the draaiboek names that', async () => {
    const o = tmp('toolkit-werkblad-');
    expect((await toolkit(['build', '--data', data, '--package', '2', '--only', 'werkblad', '--out', o], { cwd: data })).code).toBe(0);
    const text = squash(pdftotext(join(o, noLink.id, `${noLink.id}-werkblad-A4.pdf`)));
    expect(text).toContain(squash('Wie de bijeenkomst begeleidt, zet de film voor jullie klaar.'));
    expect(text).not.toContain('toolkit@example.org');
  });

  it('the shipped werkblad of package 1 prints its film link, password and QR code (facts.md)', () => {
    const o = built(); // the shared build of the shipped data, read only
    const id = '01-werken-vanuit-de-bedoeling-bij-de-gemeente';
    const text = squash(pdftotext(join(o, id, `${id}-werkblad-A4.pdf`)));
    expect(text).toContain(squash('https://vimeo.com/914403419'));
    expect(text).toContain(squash('Wachtwoord: HxtU72d'));
    expect(text).toContain(squash('Scan de QR-code'));
  });

  it('opens its package in the theme bundle, after the cover', () => {
    // The shipped theme A bundle in the shared build (read only): package 1 opens it, and has a plan.
    const shipped = loadProject(dataDir);
    const first = shipped.packages.find((p) => p.theme.id === 'A')!;
    expect(first.facilitation).toBeDefined();
    // One pdftotext of the bundle, its pages split at the form feed poppler ends each page with.
    const all = pdftotext(join(built(), bundleName(first.theme))).split('\f').map(squash);
    const page = (n: number) => all[n - 1]!;
    // After the bundle's contents page (which names every part), the package's cover; the draaiboek follows before the werkblad.
    const pages = Array.from({ length: 10 }, (_, i) => i + 1).filter((n) => !page(n).includes(squash('Inhoud')));
    const draaiboek = pages.find((n) => page(n).includes(squash('Draaiboek voor de begeleider')))!;
    expect(draaiboek).toBeDefined();
    const werkblad = pages.find((n) => page(n).includes(squash('Reflectievragen')))!;
    expect(draaiboek).toBeLessThan(werkblad);
  });

  it('a package without a plan gets no draaiboek and no error', async () => {
    const dir = tmp('toolkit-noplan-');
    mkdirSync(join(dir, 'packages'));
    copyFileSync(join(data, 'toolkit.yaml'), join(dir, 'toolkit.yaml'));
    copyFileSync(join(fixtures, 'errors/valid.yaml'), join(dir, 'packages/01-een-test.yaml'));
    const o = tmp('toolkit-noplan-out-');
    const r = await toolkit(['build', '--data', dir, '--only', 'draaiboek', '--out', o], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(o, '01-een-test', '01-een-test-draaiboek-A4.pdf'))).toBe(false);
  });

  it('refuses a plan that takes more than two pages, naming its place, in check and in build', async () => {
    // The long plan's package alone: check and build then lay out its draaiboek and nothing else.
    const dir = tmp('toolkit-long-');
    mkdirSync(join(dir, 'packages'));
    copyFileSync(join(data, 'toolkit.yaml'), join(dir, 'toolkit.yaml'));
    copyFileSync(join(fixtures, 'draaiboek-too-long.yaml'), join(dir, 'packages/03-te-lang.yaml'));
    const expected = "packages/03-te-lang.yaml:36:3 facilitation: het draaiboek wordt 3 pagina's A4, er passen er 2";
    const checked = await toolkit(['check', '--data', dir], { cwd: dir });
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain(expected);
    const o = tmp('toolkit-long-out-');
    const r = await toolkit(['build', '--data', dir, '--package', '3', '--only', 'draaiboek', '--out', o], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(expected);
    expect(existsSync(join(o, '03-te-lang'))).toBe(false);
  });
});
