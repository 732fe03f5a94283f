import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../src/index.js';
import { today } from '../src/outputs/session/plan.js';
import { built, builtSite, dataDir, pageSizes, pdftotext, squash, tmp, toolkit } from './helpers.js';

const pkg8 = loadProject(dataDir, dataDir).packages.find((p) => p.number === 8)!;
const doe = pkg8.cards.filter((c) => c.kind === 'doe');
const denk = pkg8.cards.filter((c) => c.kind === 'denk');

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string) => {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};
const occurrences = (file: string, title: string) => squash(pdftotext(file)).split(squash(title)).length - 1;

describe('session choices: --kaarten, --sets, --online, the date', () => {
  const out = tmp('toolkit-session-screen-');
  const dirOf = (date: string) => join(out, 'sessies', `${date}-${pkg8.id}`);
  /** How many copies of a card a file prints: its title's count over that in the package's own card sheets (a text may repeat its title). */
  const timesPrinted = (file: string, title: string) => occurrences(file, title) / occurrences(join(out, pkg8.id, `${pkg8.id}-kaarten-A4.pdf`), title);
  let doeRun: Awaited<ReturnType<typeof toolkit>>;
  beforeAll(async () => {
    doeRun = await toolkit(['sessie', '8', '--deelnemers', '8', '--kaarten', 'doe', '--sets', '2', '--online', '--datum', '2027-01-14', '--uit', out]);
  });

  it('--kaarten doe --sets 2: only the doekaarten, two sets for each of the 2 groups, and the print plan says so', () => {
    expect(doeRun.code, doeRun.stderr).toBe(0);
    const dir = dirOf('2027-01-14');
    const heavy = join(dir, '2-stevig-papier-A4-dubbelzijdig-lange-zijde.pdf');
    for (const c of doe) expect(timesPrinted(heavy, c.title), c.title).toBe(4);
    for (const c of denk) expect(timesPrinted(heavy, c.title), c.title).toBe(0);
    // 5 doekaarten fill one sheet (front and back): 4 sets are 8 pages, as the plan counts them.
    expect(pageSizes(heavy)).toHaveLength(8);
    const plan = readFileSync(join(dir, 'printplan.txt'), 'utf8');
    expect(plan).toContain('4 vellen (8 pagina\'s)');
    expect(plan).toContain('doekaarten 4 x');
    expect(JSON.parse(readFileSync(join(dir, 'sessie.json'), 'utf8'))).toMatchObject({ cards: 'doe', sets: 2, online: true });
  });

  it('--online: each werkplaat as a 3508 x 2480 PNG and as an SVG in online/, listed as for the screen', async () => {
    const dir = dirOf('2027-01-14');
    const files = readdirSync(join(dir, 'online')).sort();
    expect(files).toEqual(pkg8.werkplaten.flatMap((_, i) => [`${pkg8.id}-werkplaat-${i + 1}.png`, `${pkg8.id}-werkplaat-${i + 1}.svg`]));
    for (const f of files) expect(doeRun.stdout).toContain(`  online/${f}\n`);
    const { createCanvas, loadImage } = await import('@napi-rs/canvas');
    // Drawn at the A3 page's size in points: the SVG's own size.
    const [w, h] = [1191, 842];
    const pixels = async (bytes: Buffer) => {
      const canvas = createCanvas(w, h);
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, w, h);
      context.drawImage(await loadImage(bytes), 0, 0, w, h);
      return context.getImageData(0, 0, w, h).data;
    };
    for (const png of files.filter((f) => f.endsWith('.png'))) {
      expect(pngSize(join(dir, 'online', png))).toEqual({ width: 3508, height: 2480 });
      const svg = readFileSync(join(dir, 'online', png.replace(/\.png$/, '.svg')));
      const text = svg.toString('utf8');
      expect(text).toMatch(new RegExp(`^<\\?xml[^>]*\\?><svg viewBox="0 0 ${w} ${h}" `));
      // Vector: the letters as outlines, no font needed, no picture inside.
      expect(text).not.toMatch(/<text|<image/);
      // The SVG shows what the PNG shows (the same plate, its writing areas as clear).
      const [a, b] = [await pixels(svg), await pixels(readFileSync(join(dir, 'online', png)))];
      // In blocks of 8 x 8 points: the edges of letters are smoothed differently at 300 dpi and as outlines.
      let differ = 0;
      let blocks = 0;
      let ink = 0;
      for (let i = 0; i < a.length; i += 4) if (a[i]! + a[i + 1]! + a[i + 2]! < 600) ink++;
      for (let by = 0; by + 8 <= h; by += 8)
        for (let bx = 0; bx + 8 <= w; bx += 8) {
          let d = 0;
          for (let y = by; y < by + 8; y++)
            for (let x = bx; x < bx + 8; x++) for (let c = 0; c < 3; c++) d += a[(y * w + x) * 4 + c]! - b[(y * w + x) * 4 + c]!;
          blocks++;
          if (Math.abs(d) / 64 > 96) differ++;
        }
      expect(ink / (w * h)).toBeGreaterThan(0.02); // not blank: titles, texts and lines
      // The other werkplaat's PNG differs in some 6 % of the blocks.
      expect(differ / blocks).toBeLessThan(0.005);
    }
  });

  it('draws a werkplaat as the same SVG whatever the process drew before, the bytes the session wrote', async () => {
    const { whiteboardSvg } = await import('../src/outputs/kinds/whiteboard/png.js');
    const a3 = (n: number) => new Uint8Array(readFileSync(join(built(), pkg8.id, `${pkg8.id}-werkplaat-${n}-A3.pdf`)));
    const first = Buffer.from(await whiteboardSvg(a3(1)));
    await whiteboardSvg(a3(2));
    expect(Buffer.from(await whiteboardSvg(a3(1))).equals(first)).toBe(true);
    expect(first.equals(readFileSync(join(dirOf('2027-01-14'), 'online', `${pkg8.id}-werkplaat-1.svg`)))).toBe(true);
  });

  it('--kaarten denk: only the denkkaarten, one set a group; alle as before', async () => {
    const denkRun = await toolkit(['session', '8', '--participants', '8', '--cards', 'denk', '--date', '2027-01-15', '--out', out]);
    expect(denkRun.code, denkRun.stderr).toBe(0);
    const heavy = join(dirOf('2027-01-15'), '2-stevig-papier-A4-dubbelzijdig-lange-zijde.pdf');
    for (const c of denk) expect(timesPrinted(heavy, c.title)).toBe(2);
    for (const c of doe) expect(timesPrinted(heavy, c.title)).toBe(0);
    expect(readFileSync(join(dirOf('2027-01-15'), 'printplan.txt'), 'utf8')).toContain('denkkaarten 2 x');
    expect(existsSync(join(dirOf('2027-01-15'), 'online'))).toBe(false);
  });

  it('without --datum the folder takes today\'s date, and the print plan shows none', async () => {
    const before = today();
    const r = await toolkit(['sessie', '8', '--deelnemers', '4', '--uit', out]);
    expect(r.code, r.stderr).toBe(0);
    const made = readdirSync(join(out, 'sessies')).filter((d) => ![`2027-01-14-${pkg8.id}`, `2027-01-15-${pkg8.id}`].includes(d));
    expect(made).toHaveLength(1);
    // Today when the run began or ended (a run across midnight), never the toolkit's own date.
    expect([before, today()]).toContain(made[0]!.slice(0, 10));
    expect(readFileSync(join(out, 'sessies', made[0]!, 'printplan.txt'), 'utf8').split('\n').slice(0, 4).join('\n')).not.toMatch(/\d{4}|januari|december/);
  });

  it.each([
    [['--kaarten', 'alles'], /"alles" is geen keuze van kaarten; kies doe \(alleen de doekaarten\), denk \(alleen de denkkaarten\) of alle/],
    [['--sets', '0'], /0 sets kan niet/],
    [['--sets', 'twee'], /"twee" is geen aantal sets/],
  ])('usage error %j exits 2 and says so in Dutch', async (args, message) => {
    const r = await toolkit(['sessie', '8', '--deelnemers', '4', '--uit', out, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('whiteboard PNGs and SVGs on the site', () => {
  it('the package page links each werkplaat\'s PNG, which is there at 3508 x 2480, and its SVG', () => {
    const site = join(builtSite(), 'site');
    const pages = readdirSync(site).filter((d) => existsSync(join(site, d, 'index.html')));
    expect(pages.length).toBeGreaterThan(0);
    let links = 0;
    for (const d of pages) {
      const html = readFileSync(join(site, d, 'index.html'), 'utf8');
      for (const m of html.matchAll(/<p class="whiteboard"><a href="([^"]+)" download>Werkplaat (\d) als afbeelding voor een online whiteboard<\/a> \(PNG, 3508 x 2480 pixels, (\d+) kB; ook <a href="([^"]+)" download>als SVG<\/a>\)/g)) {
        const file = join(site, d, m[1]!);
        expect(pngSize(file)).toEqual({ width: 3508, height: 2480 });
        expect(Math.round(readFileSync(file).length / 1024)).toBe(Number(m[3]));
        expect(readFileSync(join(site, d, m[4]!), 'utf8')).toMatch(/^<\?xml[^>]*\?><svg viewBox="0 0 1191 842" /);
        links++;
      }
      const plates = (html.match(/<article class="werkplaat"/g) ?? []).length;
      expect((html.match(/<p class="whiteboard">/g) ?? []).length).toBe(plates);
    }
    expect(links).toBeGreaterThan(1);
  });
});
