import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, get, type Server } from 'node:http';
import { once } from 'node:events';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { serveSite, type PreviewServer } from '../src/preview/server.js';
import { builtSite } from './helpers.js';
import { browserContext, hasChromium } from './siteBrowser.js';

let preview: PreviewServer;
let other: Server;
let otherUrl: string;
let context: BrowserContext | undefined;

const headersOf = (url: string) =>
  new Promise<Record<string, string | string[] | undefined>>((resolve, reject) => {
    get(url, (res) => {
      res.resume();
      resolve({ status: String(res.statusCode), ...res.headers });
    }).on('error', reject);
  });

beforeAll(async () => {
  // The shared site, only read: the server serves files, it does not build.
  preview = await serveSite(join(builtSite(), 'site'), { port: 0 });
  // Another local web page, on another loopback port: what a second dev server or a hostile local app serves.
  const page = `<!doctype html><title>ander</title>
<script>window.scriptError = false;</script>
<script src="${preview.url}assets/zoekindex.js" onerror="window.scriptError = true"></script>
<iframe id="f" src="${preview.url}"></iframe>`;
  other = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
  other.listen(0, '127.0.0.1');
  await once(other, 'listening');
  otherUrl = `http://127.0.0.1:${(other.address() as { port: number }).port}/`;
  if (hasChromium) context = await browserContext();
});

afterAll(async () => {
  await context?.close();
  await preview?.close();
  other?.close();
});

describe('the preview guards its answers against other pages', () => {
  it('sends the guard headers on every answer: a page, a script, a PDF, a redirect, a refusal, the event stream', async () => {
    const urls = ['', 'assets/zoekindex.js', 'overzicht-A4.pdf', '08-hoort-het-of-helpt-het', 'bestaat-niet', '__toolkit/events'];
    for (const path of urls) {
      const h = await headersOf(preview.url + path);
      expect([path, h['cross-origin-resource-policy'], h['x-frame-options'], h['content-security-policy'], h['x-content-type-options']]).toEqual([
        path,
        'same-origin',
        'DENY',
        "frame-ancestors 'none'",
        'nosniff',
      ]);
    }
  });

  it.runIf(hasChromium)('a page on another local port cannot read the search index with <script>, nor frame the preview', async () => {
    const page = await context!.newPage();
    // The same script tag on the preview's own origin does read it: the check below can tell.
    await page.goto(preview.url);
    const own = await page.evaluate(async (src) => {
      const s = document.createElement('script');
      s.src = src;
      document.head.append(s);
      await new Promise((r) => (s.onload = r));
      return (window as unknown as { toolkitZoekindex?: unknown[] }).toolkitZoekindex?.length ?? 0;
    }, `${preview.url}assets/zoekindex.js`);
    expect(own).toBeGreaterThan(0);

    await page.goto(otherUrl);
    await page.waitForFunction(() => (window as unknown as { scriptError: boolean }).scriptError || 'toolkitZoekindex' in window, undefined, { timeout: 10_000 });
    const read = await page.evaluate(() => ({ index: 'toolkitZoekindex' in window, error: (window as unknown as { scriptError: boolean }).scriptError }));
    expect(read).toEqual({ index: false, error: true });
    // The framed preview never loads: chromium puts its own error page in the frame.
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await page.waitForTimeout(300);
    expect(frame.url()).not.toBe(preview.url);
    await page.close();
  });
});
