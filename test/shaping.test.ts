import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, edit, keptByCode, pdftotext, smallData, squash, tmp, toolkit } from './helpers.js';
import { popplerText } from './poppler.js';

// Written as YAML escapes, so the file holds the marks apart from their letters
// whatever an editor does. `ide\u0301e` is how a Mac pastes "idée"; `x\u0301` and
// `q\u0323\u0301` have no precomposed form, so they stay combining after NFC too.
const TITLE = 'Een ide\\u0301e met na\\u0308druk';
const TEXT = 'Schrijf x\\u0301 en q\\u0323\\u0301 op: tekens die een los accent houden, ook na normaliseren.';
const pdf = (name: string) => `08-hoort-het-of-helpt-het/08-hoort-het-of-helpt-het-${name}.pdf`;

describe('text shaping with the speed-ups on', () => {
  const on = tmp();
  let off: string;
  beforeAll(async () => {
    // Package 8 alone: the builds load and check only the package they make.
    const data = smallData([8]);
    const file = join(data, 'packages', '08-hoort-het-of-helpt-het.yaml');
    edit(file, 'title: "Je laatste taak"', `title: "${TITLE}"`);
    edit(file, 'text: "Denk aan de laatste taak die je vandaag deed. Deed je die omdat het zo hoort, of omdat het iemand hielp?"', `text: "${TEXT}"`);
    const args = ['build', '--package', '8', '--only', 'kaarten', '--quiet', '--data', data];
    // With the speed-ups on, as this process loaded the renderer (--verbose says so); off needs a
    // process of its own, as TOOLKIT_RENDER_SPEEDUPS is read when the renderer loads.
    const a = await toolkit([...args, '--verbose', '--out', on]);
    expect(a.code, a.stderr).toBe(0);
    const patches = [...a.stderr.matchAll(/^patch (\w+) \(versnelling\): (.*)$/gm)];
    expect(patches.length, a.stderr).toBeGreaterThan(0);
    for (const [line, , state] of patches) expect(state, line).toMatch(/^aan, /);
    // The reference, fontkit as it is: kept between runs of the same code by the bytes it was made from (keptByCode).
    off = await keptByCode('shaping-off', [args.slice(0, -2), ...[join(data, 'toolkit.yaml'), file].map((f) => readFileSync(f, 'utf8'))], (dir) => {
      const b = cli([...args, '--out', dir], { env: { TOOLKIT_RENDER_SPEEDUPS: 'off' } });
      expect(b.code, b.stderr).toBe(0);
    });
  }, 60_000);

  it('gives the same bytes as fontkit as it is for decomposed accents and combining marks', () => {
    for (const name of ['kaarten-drukker', 'kaarten-A4']) {
      // The cards are really there, marks and all.
      const text = squash(pdftotext(join(on, pdf(name))));
      expect(text).toContain(squash(JSON.parse(`"${TITLE}"`)));
      expect(text).toContain(squash(JSON.parse(`"${TEXT}"`)));
      expect(readFileSync(join(on, pdf(name))).equals(readFileSync(join(off, pdf(name)))), pdf(name)).toBe(true);
    }
  });

  it('draws a mark with no composed form over its letter, not after it (src/patches/markOffsets.ts)', () => {
    const file = join(on, pdf('kaarten-A4'));
    const html = popplerText('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-']);
    const word = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">x\u0301<\/word>/g)][0];
    expect(word, 'the word x\u0301 on page 1').toBeDefined();
    const [x1, y1, x2, y2] = word!.slice(1, 5).map(Number) as [number, number, number, number];
    // At 300 dpi, the word's box and as much again to its right, where the mark used to land.
    const px = (pt: number) => Math.round((pt * 300) / 72);
    const region = { x: px(x1) - 2, y: px(y1) - 2, w: px(2 * (x2 - x1)) + 4, h: px(y2 - y1) + 4 };
    const out = join(tmp(), 'mark');
    execFileSync('pdftoppm', ['-r', '300', '-gray', '-f', '1', '-l', '1', '-singlefile', '-x', `${region.x}`, '-y', `${region.y}`, '-W', `${region.w}`, '-H', `${region.h}`, file, out]);
    const pgm = readFileSync(`${out}.pgm`);
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
    const [w, h, start] = [Number(header[1]), Number(header[2]), header[0].length];
    const ink = (x: number, y: number) => pgm[start + y * w + x]! < 128;
    const inkedRows = [...Array(h).keys()].filter((y) => [...Array(w).keys()].some((x) => ink(x, y)));
    // The mark is the first band of inked rows; the letter the next, after a blank row.
    const gap = inkedRows.findIndex((y, i) => i > 0 && y !== inkedRows[i - 1]! + 1);
    expect(gap, 'a mark above its letter, apart from it').toBeGreaterThan(0);
    const own = px(x2 - x1) + 2; // the letter's own columns: the next word starts after them
    const columns = (rows: number[]) => {
      const xs = rows.flatMap((y) => [...Array(own).keys()].filter((x) => ink(x, y)));
      return { min: Math.min(...xs), max: Math.max(...xs) };
    };
    const mark = columns(inkedRows.slice(0, gap));
    const letter = columns(inkedRows.slice(gap));
    // Centred on the letter, as the font's anchors put it (before the fix it was half a letter to the right).
    expect(Math.abs((mark.min + mark.max) / 2 - (letter.min + letter.max) / 2)).toBeLessThan((letter.max - letter.min) / 4);
  });
});
