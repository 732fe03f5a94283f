import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, type PDFObject } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../src/index.js';
import { built, dataDir, edit, pageSizes, pdfinfo, pdftotext, renderPages, smallData, squash, tmp, toolkit, words } from './helpers.js';

/** A page's content streams as text. */
function contentOf(doc: PDFDocument, contents: PDFObject | undefined): string {
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  return streams.map((s) => Buffer.from(decodePDFRawStream(s as PDFRawStream).decode()).toString('latin1')).join('\n');
}

/**
 * What poppler reads of a file, once a file: the words with their places, each page's text (split
 * where pdftotext ends a page), the pages at 72 dpi. The files are written before they are read
 * and never again: the shared build, or a test's own fresh folder.
 */
const read = new Map<string, { words?: ReturnType<typeof words>; text?: string[]; pages?: ReturnType<typeof renderPages> }>();
const entry = (file: string) => read.get(file) ?? read.set(file, {}).get(file)!;
const wordsOf = (file: string, page: number) => (entry(file).words ??= words(file)).filter((w) => w.page === page - 1);
/** Page `page`'s text (from 1). */
const textOf = (file: string, page: number) => (entry(file).text ??= pdftotext(file).split('\f'))[page - 1]!;
const renderPage = (file: string, page: number) => (entry(file).pages ??= renderPages(file))[page - 1]!;

const mm = (v: number) => (v * 72) / 25.4;
const project = loadProject(dataDir);
const pkg = project.packages.find((p) => p.number === 8)!;

/** The grid column of a point on an A4 sheet of three 63 mm cards across, centred. */
const colOf = (x: number) => Math.floor((x - (595.28 - 3 * mm(63)) / 2) / mm(63));

describe('denk- en doekaarten', () => {
  // Package 8's cards in the shared build of the shipped data (globalSetup.ts), read only.
  const dir = join(built(), pkg.id);
  const shop = join(dir, `${pkg.id}-kaarten-drukker.pdf`);
  const sheets = join(dir, `${pkg.id}-kaarten-A4.pdf`);

  it('print-shop file is declared PDF/X-4: version and /Trapped in the info, the same in XMP with its title and dates; the office sheets are not', async () => {
    const doc = await PDFDocument.load(readFileSync(shop), { updateMetadata: false });
    const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    expect(info.lookup(PDFName.of('GTS_PDFXVersion'), PDFString).decodeText()).toBe('PDF/X-4');
    expect(info.get(PDFName.of('Trapped'))).toBe(PDFName.of('False'));
    const intents = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    expect(intents.lookup(0, PDFDict).get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFX'));
    const meta = doc.catalog.lookup(PDFName.of('Metadata'), PDFRawStream);
    expect(meta.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('XML'));
    expect(meta.dict.get(PDFName.of('Filter'))).toBeUndefined();
    const xmp = new TextDecoder().decode(meta.contents);
    expect(xmp).toContain('<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>');
    expect(xmp).toContain('<pdf:Trapped>False</pdf:Trapped>');
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${doc.getTitle()}</rdf:li>`);
    expect(xmp).toContain(`<xmp:CreateDate>${doc.getCreationDate()!.toISOString().replace(/\.\d{3}Z$/, 'Z')}</xmp:CreateDate>`);
    // As poppler reads it.
    expect(pdfinfo(shop)).toMatch(/Metadata Stream: +yes/);
    const office = await PDFDocument.load(readFileSync(sheets), { updateMetadata: false });
    expect(office.context.lookup(office.context.trailerInfo.Info, PDFDict).get(PDFName.of('GTS_PDFXVersion'))).toBeUndefined();
    // Its XMP declares PDF/UA (tagged: a Figure a sheet, issue 27), never PDF/X.
    const officeXmp = Buffer.from(office.catalog.lookup(PDFName.of('Metadata'), PDFRawStream).contents).toString('utf8');
    expect(officeXmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(officeXmp).not.toContain('PDFX');
  });

  it('print-shop file: one face per page at 69 x 94 mm, TrimBox 63 x 88 mm at 3 mm, BleedBox the page', () => {
    const info = pdfinfo(shop, ['-box', '-f', '1', '-l', '99']);
    const pages = pageSizes(shop);
    expect(pages).toHaveLength(2 * pkg.cards.length);
    for (const p of pages) {
      expect(p.w).toBeCloseTo(mm(69), 1);
      expect(p.h).toBeCloseTo(mm(94), 1);
    }
    const trims = [...info.matchAll(/Page +\d+ TrimBox: +([\d.]+) +([\d.]+) +([\d.]+) +([\d.]+)/g)].map((m) => m.slice(1).map(Number));
    const bleeds = [...info.matchAll(/Page +\d+ BleedBox: +([\d.]+) +([\d.]+) +([\d.]+) +([\d.]+)/g)].map((m) => m.slice(1).map(Number));
    expect(trims).toHaveLength(pages.length);
    for (const [x0, y0, x1, y1] of trims) {
      expect(x0).toBeCloseTo(mm(3), 1);
      expect(y0).toBeCloseTo(mm(3), 1);
      expect(x1! - x0!).toBeCloseTo(mm(63), 1);
      expect(y1! - y0!).toBeCloseTo(mm(88), 1);
    }
    for (const [x0, y0, x1, y1] of bleeds) expect([x0, y0, x1, y1]).toEqual([0, 0, Number(mm(69).toFixed(2)), Number(mm(94).toFixed(2))]);
  });

  it('print-shop pages go front, back, front, back', () => {
    pkg.cards.forEach((card, i) => {
      const front = squash(textOf(shop, 2 * i + 1));
      const back = squash(textOf(shop, 2 * i + 2));
      expect(front).toContain(squash(card.title));
      expect(front).toContain(squash(card.text));
      expect(front).toContain(`kaart${i + 1}/${pkg.cards.length}`);
      expect(back).toContain(squash(pkg.title));
      expect(back).toContain(card.kind === 'denk' ? 'Denkkaart' : 'Doekaart');
      expect(back).not.toContain(squash(card.title));
    });
  });

  it('A4 sheets: ten cards give fronts 1-9, their backs, front 10, its back', () => {
    const pages = pageSizes(sheets);
    expect(pages).toHaveLength(4);
    for (const p of pages) expect([p.w, p.h]).toEqual([595.28, 841.89]);
    const page1 = squash(textOf(sheets, 1));
    for (const c of pkg.cards.slice(0, 9)) expect(page1).toContain(squash(c.title));
    const page3 = squash(textOf(sheets, 3));
    expect(page3).toContain(squash(pkg.cards[9]!.title));
    expect(page3).not.toContain(squash(pkg.cards[0]!.title));
    expect(textOf(sheets, 1)).toContain('5 cm');
  });

  it('the back of each card lands behind its front after a flip on the long edge', () => {
    for (const [frontPage, first] of [[1, 0], [3, 9]] as const) {
      const fronts = wordsOf(sheets, frontPage).filter((w) => /^\d+\/10$/.test(w.text));
      const kinds = (page: number) => wordsOf(sheets, page).filter((w) => w.text === 'Denkkaart' || w.text === 'Doekaart');
      const backs = kinds(frontPage + 1);
      const frontKinds = kinds(frontPage);
      expect(fronts.length).toBe(Math.min(9, pkg.cards.length - first));
      for (const f of fronts) {
        const n = Number(f.text.split('/')[0]) - 1;
        const card = pkg.cards[n]!;
        // The front's kind label sits in the same cell as its number.
        const label = frontKinds.find((k) => colOf(k.cx) === colOf(f.cx) && Math.abs(k.cy - f.cy) < mm(88))!;
        // Mirrored across the sheet: the back's label is in the column that the flip brings behind it.
        const mirrorX = 595.28 - label.cx;
        const back = backs.find((b) => colOf(b.cx) === colOf(mirrorX) && Math.abs(b.cy - label.cy) < 2);
        expect(back, `card ${n + 1}`).toBeDefined();
        expect(back!.text).toBe(card.kind === 'denk' ? 'Denkkaart' : 'Doekaart');
      }
    }
  });

  it('A4 sheet 2 fills its eight empty slots with blank cards, four denk and four doe, each with its kind\'s back', () => {
    const text = squash(textOf(sheets, 3));
    expect(text.match(/Jouweigendenkkaart/g)).toHaveLength(4);
    expect(text.match(/Jouweigendoekaart/g)).toHaveLength(4);
    expect(text.match(/eigenkaart/g)).toHaveLength(8);
    // Nine kind labels on each side of the sheet, the same kinds mirrored.
    const kinds = (page: number) => wordsOf(sheets, page).filter((w) => w.text === 'Denkkaart' || w.text === 'Doekaart');
    const key = (w: { text: string; cx: number; cy: number }, mirror: boolean) => `${w.text}@${colOf(mirror ? 595.28 - w.cx : w.cx)},${Math.round(w.cy / 10)}`;
    const fronts = kinds(3);
    expect(fronts).toHaveLength(9);
    expect(kinds(4).map((w) => key(w, true)).sort()).toEqual(fronts.map((w) => key(w, false)).sort());
  });

  it('A4 backs are light: the theme colour in a band at the top, into the bleed above and beside it; at most 30 % of each card takes ink', () => {
    const [r0, g0, b0] = [1, 3, 5].map((i) => parseInt(pkg.theme.colour.slice(i, i + 2), 16));
    const near = (p: number[]) => Math.abs(p[0]! - r0!) < 12 && Math.abs(p[1]! - g0!) < 12 && Math.abs(p[2]! - b0!) < 12;
    const white = (p: number[]) => p.every((c) => c > 250);
    const left = (595.28 - 3 * mm(63)) / 2;
    for (const page of [2, 4]) {
      const img = renderPage(sheets, page);
      const px = (x: number, y: number) => img.px(Math.floor(x), Math.floor(y));
      // The band starts 2 mm above the top trim; rows are 4 mm apart.
      let artTop = 0;
      while (!near(px(left + mm(30), artTop))) artTop++;
      const tops = [0, 1, 2].map((row) => artTop + mm(2) + row * (mm(88) + mm(4)));
      for (const top of tops) {
        for (let col = 0; col < 3; col++) {
          const x = left + col * mm(63);
          const xm = x + mm(31.5);
          // The band: past the left and right trim, and above it into the bleed.
          expect(near(px(x - mm(1.5), top + mm(12))), `page ${page} band left of col ${col}`).toBe(true);
          expect(near(px(x + mm(63) + mm(1.5), top + mm(12))), `page ${page} band right of col ${col}`).toBe(true);
          expect(near(px(xm, top - mm(1.5))), `page ${page} band above row at ${top}`).toBe(true);
          // Under the band the card is white to its edges, and below it.
          expect(white(px(x + mm(1), top + mm(80))), `page ${page} col ${col}`).toBe(true);
          expect(white(px(xm, top + mm(88) + mm(1.5))), `page ${page} below row at ${top}`).toBe(true);
          let inked = 0;
          let n = 0;
          for (let y = Math.ceil(top); y < top + mm(88); y++)
            for (let xx = Math.ceil(x); xx < x + mm(63); xx++, n++) if (!px(xx, y).every((c) => c > 245)) inked++;
          expect(inked / n, `page ${page} card at col ${col}, row at ${top}`).toBeLessThanOrEqual(0.3);
          expect(inked / n).toBeGreaterThan(0.1);
        }
      }
    }
  });

  it('print-shop file is CMYK: no RGB operator left, text in black alone, the theme in its CMYK from toolkit.yaml, an output intent', async () => {
    const doc = await PDFDocument.load(readFileSync(shop));
    const theme = pkg.theme.cmyk.map((v) => v / 100).join(' ');
    const colours = new Set<string>();
    const textFills: string[] = [];
    for (const page of doc.getPages()) {
      const text = contentOf(doc, page.node.Contents());
      expect(text).not.toMatch(/\b(rg|RG)\b/);
      expect(text).not.toContain('DeviceRGB');
      for (const m of text.matchAll(/((?:[\d.]+ ){4})(scn|SCN|k|K)\b/g)) colours.add(m[1]!.trim());
      // Every text is set in black ink alone (the body at 100 %, the grey footer as a tint of it) or
      // in no ink (white on the colour): never four-colour black.
      let fill = '';
      for (const m of text.matchAll(/((?:[\d.]+ ){4})scn\b|\bBT\b/g)) {
        if (m[1]) fill = m[1].trim();
        else textFills.push(fill);
      }
    }
    expect(new Set(textFills)).toEqual(new Set(['0 0 0 1', '0 0 0 0.5804', '0 0 0 0']));
    expect([...colours].sort()).toEqual(['0 0 0 0', '0 0 0 0.5804', '0 0 0 1', theme].sort());
    const intents = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.lookup(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFX'));
    expect((intent.lookup(PDFName.of('OutputConditionIdentifier')) as PDFString).decodeText()).toBe('FOGRA39');
    // The office sheets stay RGB: an office printer converts it itself.
    expect(contentOf(await PDFDocument.load(readFileSync(sheets)), (await PDFDocument.load(readFileSync(sheets))).getPage(0).node.Contents())).toMatch(/\brg\b|DeviceRGB/);
  });

  it('asks viewers to print at 100% and duplex on the long edge', async () => {
    const doc = await PDFDocument.load(readFileSync(sheets));
    const prefs = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(String(prefs.get(PDFName.of('PrintScaling')))).toBe('/None');
    expect(String(prefs.get(PDFName.of('Duplex')))).toBe('/DuplexFlipLongEdge');
  });

  it('works for A7 cards too: 4 a sheet, 80 x 111 mm print-shop pages', async () => {
    const data = smallData([8]);
    edit(join(data, 'toolkit.yaml'), 'cards: { width_mm: 63, height_mm: 88 }', 'cards: { width_mm: 74, height_mm: 105 }');
    const o = tmp('toolkit-a7-');
    const r = await toolkit(['build', '--package', '8', '--only', 'kaarten', '--data', data, '--out', o]);
    expect(r.code).toBe(0);
    const a4 = pageSizes(join(o, pkg.id, `${pkg.id}-kaarten-A4.pdf`));
    expect(a4).toHaveLength(6); // 4 + 4 + 2 cards, each sheet with its back sheet
    const p1 = wordsOf(join(o, pkg.id, `${pkg.id}-kaarten-A4.pdf`), 1).filter((w) => /^\d+\/10$/.test(w.text));
    expect(p1.map((w) => w.text)).toEqual(['1/10', '2/10', '3/10', '4/10']);
    const shopPages = pageSizes(join(o, pkg.id, `${pkg.id}-kaarten-drukker.pdf`));
    expect(shopPages[0]!.w).toBeCloseTo(mm(80), 1);
    expect(shopPages[0]!.h).toBeCloseTo(mm(111), 1);
  });

  it('a card that does not fit fails the build with its file and line', async () => {
    const data = smallData([8]);
    const file = join(data, 'packages', `${pkg.id}.yaml`);
    // Twelve times the card's 20 words: some 240, far over the 100 or so a card holds at 7.5 pt.
    const long = Array.from({ length: 12 }, () => pkg.cards[0]!.text).join(' ');
    edit(file, pkg.cards[0]!.text.split(' ').slice(0, 4).join(' '), long.replace(/"/g, "'") + ' ' + pkg.cards[0]!.text.split(' ').slice(0, 4).join(' '));
    const r = await toolkit(['build', '--package', '8', '--only', 'kaarten', '--data', data, '--out', tmp()], { cwd: data });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`packages/${pkg.id}\\.yaml:\\d+:\\d+ kaart 1 \\(".*"\\): de tekst past niet, ook niet op 7,5 pt`));
  });

  it('cards made with pages kept from earlier renders (a warm process) are the bytes of the whole document laid out at once', async () => {
    const { createElement } = await import('react');
    const { CARD_STEPS, renderCards } = await import('../src/outputs/kinds/kaarten/render.js');
    const { draw, layout } = await import('../src/render/engine.js');
    const { Cards } = await import('../templates/Cards.js');
    const { cardGeometry } = await import('../templates/cardGeometry.js');
    const geo = cardGeometry(project.toolkit.cards.width_mm, project.toolkit.cards.height_mm);
    const whole = async (p: typeof pkg, sizes: Awaited<ReturnType<typeof renderCards>>['sizes']) => Buffer.from(await draw(await layout(createElement(Cards, { toolkit: project.toolkit, pkg: p, geo, sizes }))));
    // A text so long the whole set shrinks, then the edit undone: the pages of both sizes are kept.
    const longer = (t: string) => `${t} ${[...t.split(/\s+/), ...t.split(/\s+/), ...t.split(/\s+/)].slice(0, 50).join(' ')}`;
    // Two cards of each kind (so two backs) make the point; each round lays out all the cards of a package.
    const few = { ...pkg, cards: [0, 1, 5, 6].map((i) => pkg.cards[i]!) };
    expect(new Set(few.cards.map((c) => c.kind))).toEqual(new Set(['denk', 'doe']));
    const long = { ...few, cards: few.cards.map((c, i) => (i === 1 ? { ...c, text: longer(c.text) } : c)) };
    const edited = { ...few, cards: few.cards.map((c, i) => (i === 0 ? { ...c, title: `${c.title} 2` } : c)) };
    for (const p of [few, long, edited, few, long]) {
      const r = await renderCards(project.toolkit, p);
      expect(Buffer.from(r.bytes).equals(await whole(p, r.sizes))).toBe(true);
      expect(r.sizes[0]!.text).toBe(p === long ? CARD_STEPS[1]!.text : CARD_STEPS[0]!.text);
    }
  }, 60_000);
});
