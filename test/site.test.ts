import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SITE_PACKAGES } from './globalSetup.js';
import { builtSite, ownSite, pdfinfo, toolkit } from './helpers.js';
import { hasChromium, launch, someData } from './siteBrowser.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const shots = '/tmp/toolkit-site-shots';

// The shared site (globalSetup.ts) of two packages of two themes: every kind of page and file. Read only.
let site: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  site = join(builtSite(), 'site');
  if (!hasChromium) return;
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
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
  await browser?.close();
});

const pages = () => ['index.html', ...readdirSync(site).filter((d) => /^\d+-/.test(d)).map((d) => `${d}/index.html`)];

describe('toolkit site', () => {
  it('writes a start page, a page per package, and every PDF with its preview', () => {
    expect(pages()).toEqual(['index.html', '08-hoort-het-of-helpt-het/index.html', '15-ruimte-geven-zonder-grip-te-verliezen/index.html']);
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
    expect(html).toContain('Draaiboek: de bijeenkomst');
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

describe.skipIf(!hasChromium)('the site in a browser, from file://', () => {
  it('has no WCAG 2.1 A or AA violation on any page, and asks nothing of another host', async () => {
    for (const p of pages()) {
      await page.goto(pathToFileURL(join(site, p)).href);
      await page.evaluate(axeSource);
      const result = await page.evaluate(() => (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ preload: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      expect(result.violations.map((v) => `${p}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // The images are there and decoded: none broken.
      const broken = await page.evaluate(() => [...document.images].filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src));
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

  it('reaches every download with the Tab key', async () => {
    await page.goto(pathToFileURL(join(site, '08-hoort-het-of-helpt-het/index.html')).href);
    const downloads = await page.$$eval('a[download]', (as) => as.map((a) => a.getAttribute('href')));
    // Package 8's 10 files, and its 2 werkplaten as whiteboard PNGs.
    expect(downloads.length).toBe(12);
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
    const { mkdirSync } = await import('node:fs');
    mkdirSync(shots, { recursive: true });
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
});
