import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import type { BrowserContext, Page } from 'playwright-core';
import { SITE_PACKAGES } from './globalSetup.js';
import { builtSite, ownSite, pdfinfo, root, toolkit } from './helpers.js';
import { browserContext, hasChromium, someData } from './siteBrowser.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const shots = '/tmp/toolkit-site-shots';

// The shared site (globalSetup.ts) of two packages of two themes: every kind of page and file. Read only.
let site: string;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  site = join(builtSite(), 'site');
  mkdirSync(shots, { recursive: true });
  if (!hasChromium) return;
  context = await browserContext({ viewport: { width: 1280, height: 900 } });
  // Every request is recorded; anything but a file of this site is refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith(pathToFileURL(site).href + '/') ? route.continue() : route.abort();
  });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
});

afterAll(async () => {
  await context?.close();
});

const packagePages = () => readdirSync(site).filter((d) => /^\d+-/.test(d)).map((d) => `${d}/index.html`);
const pages = () => ['index.html', 'gebruiksaanwijzer.html', 'overzicht.html', 'toegankelijkheid.html', ...packagePages(), ...packagePages().map((p) => p.replace('index.html', 'presentatie.html'))];
const P8 = '08-hoort-het-of-helpt-het/index.html';

describe('toolkit site', () => {
  it('writes a start page, a page per package, and every PDF with its preview', () => {
    expect(packagePages()).toEqual(['08-hoort-het-of-helpt-het/index.html', '15-ruimte-geven-zonder-grip-te-verliezen/index.html']);
    for (const p of pages()) expect(existsSync(join(site, p)), p).toBe(true);
    const html = readFileSync(join(site, '08-hoort-het-of-helpt-het/index.html'), 'utf8');
    const pdfs = [...html.matchAll(/href="([^"]+\.pdf)" download/g)].map((m) => m[1]!);
    expect(pdfs).toContain('08-hoort-het-of-helpt-het-werkblad-A4.pdf');
    for (const pdf of pdfs) {
      const file = join(site, '08-hoort-het-of-helpt-het', pdf);
      // The size and page count shown are those of the file.
      const pages = Number(/Pages:\s+(\d+)/.exec(pdfinfo(file))![1]);
      const shown = new RegExp(`${pdf.replace(/[.]/g, '\\.')}" download>[^<]+</a> <span class="facts">\\(pdf, (\\d+) kB, (\\d+) pagina`).exec(html)!;
      expect(Number(shown[2])).toBe(pages);
      expect(Math.abs(Number(shown[1]) - statSync(file).size / 1000)).toBeLessThanOrEqual(0.5);
      const png = readFileSync(join(site, '08-hoort-het-of-helpt-het', pdf.replace(/\.pdf$/, '-2x.png')));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    }
    // Every card as text, front and back, and an image of each face.
    expect(html.match(/<li class="card /g)).toHaveLength(10);
    expect(html).toContain('Je laatste taak');
    expect(existsSync(join(site, '08-hoort-het-of-helpt-het/kaart-10-achter-2x.png'))).toBe(true);
    // The film's password only with --film-passwords; the draaiboek as text.
    expect(html).toContain('Draaiboek voor de begeleider');
  });

  it('makes the same preview bytes every time, and the page as cut for cards', async () => {
    const { renderPreviews } = await import('../src/outputs/site/previews.js');
    const pdf = new Uint8Array(readFileSync(join(site, '08-hoort-het-of-helpt-het/08-hoort-het-of-helpt-het-kaarten-drukker.pdf')));
    const req = [{ page: 1, width: 120, inset: (3 * 72) / 25.4 }];
    const [a, b] = [await renderPreviews(pdf, req), await renderPreviews(pdf, req)];
    expect(Buffer.from(a[1]!.png).equals(Buffer.from(b[1]!.png))).toBe(true);
    // 63 x 88 mm as cut: 120 px wide, 168 high; at 2x twice that.
    expect([a[0]!.width, a[0]!.height, a[1]!.png.length > a[0]!.png.length]).toEqual([120, 168, true]);
    // The file the site wrote is the same bytes.
    expect(Buffer.from(a[1]!.png).equals(readFileSync(join(site, '08-hoort-het-of-helpt-het/kaart-01-voor-2x.png')))).toBe(true);
    // pdf.js loaded, the built-ins it replaces are Node's own again (src/outputs/site/keepBuiltins.ts). Asked of
    // another realm's toString: the replacements make this realm's say "native code" too.
    const source = runInNewContext('Function.prototype.toString') as (this: unknown) => string;
    for (const [name, f] of Object.entries({ 'JSON.stringify': JSON.stringify, 'JSON.parse': JSON.parse, 'Array.prototype.push': Array.prototype.push, 'Function.prototype.toString': Function.prototype.toString }))
      expect(source.call(f), name).toMatch(/\{ \[native code\] \}$/);
    expect(typeof Promise.withResolvers, 'what pdf.js adds stays').toBe('function');
    // The test files of a worker share their modules (vitest.config.ts): pdf.js imported directly, before this
    // loader, would be cached with core-js's replacements in place, and the loader could put nothing back.
    const direct = readdirSync(join(root, 'test')).filter((f) => /\.ts$/.test(f) && /(import\(|from )'pdfjs-dist/.test(readFileSync(join(root, 'test', f), 'utf8')));
    expect(direct, 'test files that load pdf.js without src/outputs/site/previews.ts').toEqual([]);
  });

  it('is a no-op when nothing changed', async () => {
    // In this process (a child would load the renderer again), into a copy: the shared site is read only.
    const r = await toolkit(['site', '--data', someData(SITE_PACKAGES), '--out', ownSite()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('niets veranderd aan de website');
  });

  it('links only to files of the site, relative, and every one exists', () => {
    for (const p of pages()) {
      const html = readFileSync(join(site, p), 'utf8');
      expect(html).toContain('<html lang="nl"');
      expect(html.match(/<h1[ >]/g)).toHaveLength(1);
      expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src 'self'`);
      for (const m of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
        const url = m[1]!.replace(/&amp;/g, '&');
        if (/^(mailto:|#)/.test(url)) continue;
        expect(url, `${p}: ${url}`).not.toMatch(/^(\/|[a-z]+:)/);
        const target = fileURLToPath(new URL(url.replace(/#.*/, ''), pathToFileURL(join(site, p))));
        expect(existsSync(target), `${p}: ${url}`).toBe(true);
      }
      for (const m of html.matchAll(/srcset="([^"]+)"/g))
        for (const part of m[1]!.split(', ')) expect(existsSync(fileURLToPath(new URL(part.split(' ')[0]!, pathToFileURL(join(site, p)))))).toBe(true);
    }
  });
});

/** What a page showed: its axe violations, broken images, landmarks, images and pictograms, and its header at 400 % zoom. */
interface Seen {
  violations: string[];
  broken: string[];
  marks: string[];
  notDecorative: string[];
  iconsShown: number;
  /** At 320 x 256 px (1280 x 1024 at 400 %); not for the presentations. */
  zoomed?: { header: number; scrollWidth: number };
}
let seen: Promise<Map<string, Seen>> | undefined;

/**
 * Every page loaded once, at 1280 x 900, and read by each test below that goes through all pages: axe, the
 * images, the landmarks; then the window made 320 x 256 px, as a reader zooms to 400 % (the layout follows the
 * window as it changes: media queries, wrapping; the site's script does not look at the width). Loaded once
 * for all of them, as they were loaded once per test before, for the same facts.
 */
const visited = () =>
  (seen ??= (async () => {
    const all = new Map<string, Seen>();
    for (const p of pages()) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(pathToFileURL(join(site, p)).href);
      await page.evaluate(axeSource);
      const result = await page.evaluate(() => (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ preload: false, resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      const violations = result.violations.map((v) => `${p}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      const broken = await page.evaluate(() => [...document.images].filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src));
      const marks = await page.evaluate(() => {
        const named = (e: Element) => e.hasAttribute('aria-label') || e.hasAttribute('aria-labelledby');
        const all = [...document.querySelectorAll('main, nav, aside, [role=search], [role=region], section, form, body > header, body > footer')];
        return all.filter((e) => !['SECTION', 'FORM'].includes(e.tagName) || named(e) || e.getAttribute('role') === 'search').map((e) => e.getAttribute('role') ?? e.tagName.toLowerCase());
      });
      const notDecorative = await page.$$eval('img', (imgs) => imgs.filter((i) => i.getAttribute('alt') !== '').map((i) => i.outerHTML));
      const iconsShown = await page.$$eval('svg.icon', (svgs) => svgs.filter((s) => s.getAttribute('aria-hidden') !== 'true' || s.getAttribute('focusable') !== 'false').length);
      let zoomed: Seen['zoomed'];
      if (!p.endsWith('presentatie.html')) {
        await page.setViewportSize({ width: 320, height: 256 });
        zoomed = { header: (await page.locator('body > header').boundingBox())!.height, scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth) };
      }
      all.set(p, { violations, broken, marks, notDecorative, iconsShown, zoomed });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    return all;
  })());

describe.skipIf(!hasChromium)('the site in a browser, from file://', () => {
  it('has no WCAG 2.1 A or AA violation on any page, and asks nothing of another host', async () => {
    const all = await visited();
    expect([...all.keys()]).toEqual(pages());
    for (const [, { violations, broken }] of all) {
      expect(violations).toEqual([]);
      // The images are there and decoded: none broken.
      expect(broken).toEqual([]);
    }
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('finds "hoort het" with the search box', async () => {
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    await page.fill('#zoek', 'hoort het');
    const links = await page.$$eval('#zoekresultaten a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links[0]).toBe(pathToFileURL(join(site, '08-hoort-het-of-helpt-het/index.html')).href);
    await page.screenshot({ path: `${shots}/search-1280.png` });
    // From a package page too: the results link back up.
    await page.goto(pathToFileURL(join(site, '15-ruimte-geven-zonder-grip-te-verliezen/index.html')).href);
    await page.fill('#zoek', 'Je laatste taak');
    const card = await page.$$eval('#zoekresultaten a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(card[0]).toBe(pathToFileURL(join(site, '08-hoort-het-of-helpt-het/index.html')).href + '#kaart-1');
  });

  it('says only a short count in its status region, once typing pauses; the results list is outside any live region', async () => {
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    // Every change of the status region's text, as a screen reader would be told it.
    await page.evaluate(() => {
      const w = window as unknown as { said: string[] };
      w.said = [];
      const status = document.querySelector('[role=status]')!;
      new MutationObserver(() => w.said.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await page.locator('#zoek').pressSequentially('regel', { delay: 40 });
    await page.waitForFunction(() => (document.querySelector('[role=status]')?.textContent ?? '') !== '');
    const status = await page.textContent('[role=status]');
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean));
    const results = await page.$$eval('#zoekresultaten li', (li) => li.length);
    expect(status).toMatch(/^\d+( of meer)? resultaten? voor ‘regel’$/);
    expect(Number(/^\d+/.exec(status!)![0])).toBe(results);
    // Said once for the five keys typed, not once per key.
    expect(said).toEqual([status]);
    // The list is not in a live region (it would be read again at every key) and no live region is large.
    const live = await page.$$eval('[aria-live], [role=status], [role=alert], [role=log]', (els) => els.map((e) => ({ text: (e.textContent ?? '').length, holdsList: Boolean(e.querySelector('#zoekresultaten')) })));
    expect(live.filter((l) => l.holdsList)).toEqual([]);
    expect(Math.max(...live.map((l) => l.text))).toBeLessThan(80);
    await page.screenshot({ path: `${shots}/search-regel-1280.png` });
  });

  it('has few landmarks, decorative previews and pictograms hidden, and a card\'s label read after its heading', async () => {
    const all = await visited();
    expect([...all.keys()]).toEqual(pages());
    for (const [p, { marks, notDecorative, iconsShown }] of all) {
      expect(marks.filter((m) => m === 'main'), p).toHaveLength(1);
      expect(marks.length, `${p}: ${marks.join(', ')}`).toBeLessThanOrEqual(5);
      // Every preview stands beside its words: all images are decorative.
      expect(notDecorative, p).toEqual([]);
      expect(iconsShown, p).toBe(0);
    }
    await page.goto(pathToFileURL(join(site, P8)).href);
    // "Denkkaart 1" is read right after its card's heading, not before it (it is shown above it).
    const after = await page.evaluate(() => {
      const h = document.getElementById('kaart-1')!;
      const before = h.previousElementSibling;
      return { next: h.nextElementSibling?.textContent, before: before?.textContent ?? null, shownAbove: h.nextElementSibling!.getBoundingClientRect().top < h.getBoundingClientRect().top };
    });
    expect(after).toEqual({ next: 'Denkkaart 1', before: null, shownAbove: true });
    // A pictogram beside every download, from the set the PDFs draw.
    const downloads = await page.$$eval('.downloads .name', (ps) => ps.map((p) => Boolean(p.querySelector('svg.icon path'))));
    expect(downloads.length).toBeGreaterThan(10);
    expect(downloads.every(Boolean)).toBe(true);
  });

  it('puts the downloads first on a package page, and links the presentation and the whiteboard images', async () => {
    await page.goto(pathToFileURL(join(site, P8)).href);
    const h2 = await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent));
    expect(h2[0]).toBe('Downloaden');
    const screen = await page.$$eval('.downloads .name a', (as) => as.map((a) => `${a.textContent} -> ${a.getAttribute('href')}`));
    expect(screen).toContain('Presentatie in de browser -> presentatie.html');
    expect(screen).toContain('Werkplaat 1 als afbeelding voor een online whiteboard -> 08-hoort-het-of-helpt-het-werkplaat-1-whiteboard.png');
    expect(screen).toContain('als SVG -> 08-hoort-het-of-helpt-het-werkplaat-1-whiteboard.svg');
    // The SVG is there, a drawing of the whole A3 page (one unit a point: 420 x 297 mm).
    const svg = readFileSync(join(site, '08-hoort-het-of-helpt-het', '08-hoort-het-of-helpt-het-werkplaat-1-whiteboard.svg'), 'utf8');
    expect(svg).toMatch(/<svg[^>]*viewBox="0 0 1191 842"/);
  });

  it('shows the slides in the browser one at a time: keys, full screen, nothing from another host', async () => {
    const before = requests.length;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(pathToFileURL(join(site, '08-hoort-het-of-helpt-het/presentatie.html')).href);
    const current = () => page.$$eval('.slide', (ss) => ss.filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.id));
    expect(await current()).toEqual(['dia-1']);
    const total = await page.$$eval('.slide', (ss) => ss.length);
    // The deck of the PDF: as many slides.
    expect(total).toBe(Number(/Pages:\s+(\d+)/.exec(pdfinfo(join(site, '08-hoort-het-of-helpt-het/08-hoort-het-of-helpt-het-presentatie-16x9.pdf')))![1]));
    await page.keyboard.press('ArrowRight');
    expect(await current()).toEqual(['dia-2']);
    await page.keyboard.press(' ');
    await page.keyboard.press('PageDown');
    expect(await current()).toEqual(['dia-4']);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    expect(await current()).toEqual(['dia-2']);
    await page.keyboard.press('End');
    expect(await current()).toEqual([`dia-${total}`]);
    await page.keyboard.press('Home');
    // The slide fits the window, whole.
    const box = (await page.locator('#dia-1').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(Math.abs(box.width / box.height - 16 / 9)).toBeLessThan(0.02);
    await page.screenshot({ path: `${shots}/slides-1280.png` });
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    expect(await page.evaluate(() => document.fullscreenElement?.className)).toBe('deck');
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);
    expect(requests.slice(before).filter((u) => !u.startsWith('file://'))).toEqual([]);
  });

  it('reaches every download with the Tab key', async () => {
    await page.goto(pathToFileURL(join(site, '08-hoort-het-of-helpt-het/index.html')).href);
    const downloads = await page.$$eval('a[download]', (as) => as.map((a) => a.getAttribute('href')));
    // Package 8's 10 files, and its 2 werkplaten as whiteboard PNG and SVG: in the downloads and again beside each werkplaat.
    expect(downloads.length).toBe(18);
    const reached = new Set<string>();
    let first: string | null = null;
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const now = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.outerHTML.slice(0, 200) ?? '');
      if (i === 0) first = now;
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
      if (href) reached.add(href);
      if (downloads.every((d) => reached.has(d!))) break;
    }
    expect(first).toContain('Naar de inhoud');
    expect(downloads.filter((d) => !reached.has(d!))).toEqual([]);
  });

  it('reads at 1280, 375 and 320 px wide and at 200 % zoom without sideways scrolling', async () => {
    for (const [p, name] of [
      ['index.html', 'index'],
      ['08-hoort-het-of-helpt-het/index.html', 'package-8'],
    ] as const) {
      // One load a page: the layout follows the window's width as it changes (media queries, wrapping), as when a reader narrows it.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(pathToFileURL(join(site, p)).href);
      for (const width of [1280, 375, 320, 640]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width}`).toBeLessThanOrEqual(width);
        if (width === 1280 || width === 375) await page.screenshot({ path: `${shots}/${name}-${width}.png` });
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('keeps the header to one line at 400 % zoom (320 x 256 px), the search behind a button', async () => {
    const zoomed = [...(await visited())].filter(([, s]) => s.zoomed);
    expect(zoomed.map(([p]) => p)).toEqual(pages().filter((p) => !p.endsWith('presentatie.html')));
    for (const [p, s] of zoomed) {
      expect(s.zoomed!.header, p).toBeLessThanOrEqual(0.2 * 256);
      expect(s.zoomed!.scrollWidth, p).toBeLessThanOrEqual(320);
    }
    await page.setViewportSize({ width: 320, height: 256 });
    await page.goto(pathToFileURL(join(site, P8)).href);
    await page.screenshot({ path: `${shots}/package-8-320.png` });
    await page.click('.search-toggle');
    expect(await page.getAttribute('.search-toggle', 'aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoek');
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('.search-toggle', 'aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-toggle');
    expect(await page.isVisible('#zoek')).toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
