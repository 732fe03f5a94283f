import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { once } from 'node:events';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { SITE_PACKAGES } from './globalSetup.js';
import { ownSite, root, tmp } from './helpers.js';
import { browserContext, hasChromium, someData } from './siteBrowser.js';

const shots = '/tmp/toolkit-site-shots';
let child: ChildProcess;
let stdout = '';
let stderr = '';
let base: string;
let port: number;
let data: string;
let out: string;
let yamlFile: string;
let original: string;
let context: BrowserContext;
let page: Page;

/** A request exactly as given: the path is sent as it is, not normalised as fetch() would. */
function raw(method: string, path: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // An empty host: no Host header at all (HTTP/1.0 style).
    const req = request({ host: '127.0.0.1', port, method, path, setHost: false, headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const until = async (what: () => boolean, ms = 120_000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error(`timed out; stdout: ${stdout}\nstderr: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

beforeAll(async () => {
  // The shared site's packages, into a copy of its output: the first round finds everything up to date, as a
  // facilitator's second `toolkit voorbeeld` does; the edits below rebuild what they touch.
  data = someData(SITE_PACKAGES);
  out = ownSite();
  yamlFile = join(data, 'packages', readdirSync(join(data, 'packages'))[0]!);
  original = readFileSync(yamlFile, 'utf8');
  // A port the system hands out, not the first free one from 8000: a preview of a test in the other worker may hold that one.
  const free = createServer().listen(0, '127.0.0.1');
  await once(free, 'listening');
  const asked = (free.address() as AddressInfo).port;
  await new Promise((r) => free.close(r));
  child = spawn(process.execPath, [join(root, 'bin/toolkit.js'), 'voorbeeld', '--port', String(asked), '--data', data, '--out', out], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  child.stdout!.on('data', (c) => (stdout += c));
  child.stderr!.on('data', (c) => (stderr += c));
  await until(() => /klaar op (http:\/\/127\.0\.0\.1:(\d+)\/)/.test(stdout));
  const m = /klaar op (http:\/\/127\.0\.0\.1:(\d+)\/)/.exec(stdout)!;
  base = m[1]!;
  port = Number(m[2]);
  if (hasChromium) {
    context = await browserContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  }
});

afterAll(async () => {
  await context?.close();
  if (child.exitCode === null) child.kill('SIGKILL');
});

describe('toolkit preview: the server', () => {
  it('serves the site on 127.0.0.1, pages marked for reload', async () => {
    const r = await raw('GET', '/08-hoort-het-of-helpt-het/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<meta name="toolkit-preview" content="/__toolkit/events">');
    expect((await raw('HEAD', '/')).status).toBe(200);
    expect((await raw('GET', '/08-hoort-het-of-helpt-het')).status).toBe(301);
  });

  it('refuses paths out of the site folder, in every spelling', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/%2E%2E/%2e%2e/etc/passwd', '/..%2fpackage.json', '/assets%2f..%2f..%2fpackage.json', '/..\\package.json', '/assets/..%5c..%5cpackage.json', '/.%2e/package.json', '/%00', '/%c0%ae%c0%ae/package.json']) {
      const r = await raw('GET', path);
      expect([400, 404], path).toContain(r.status);
      expect(r.body).not.toContain('"name": "toolkit"');
    }
  });

  it('follows no symlink out of the site folder', async () => {
    symlinkSync(root, join(out, 'site', 'uit'));
    expect((await raw('GET', '/uit/package.json')).status).toBe(404);
  });

  it('answers only GET and HEAD, and only to a loopback Host', async () => {
    for (const m of ['POST', 'PUT', 'DELETE', 'OPTIONS']) expect((await raw(m, '/')).status, m).toBe(405);
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1.evil.example:${port}`, `localhost:${port + 1}`]) expect((await raw('GET', '/', host)).status, host).toBe(403);
    // No Host at all: Node's HTTP/1.1 server refuses it before we see it.
    expect([400, 403]).toContain((await raw('GET', '/', '')).status);
    for (const host of [`localhost:${port}`, `[::1]:${port}`, `127.0.0.1:${port}`]) expect((await raw('GET', '/', host)).status, host).toBe(200);
  });

  it('says so when the port asked for is taken', () => {
    const r = spawnSync(process.execPath, [join(root, 'bin/toolkit.js'), 'preview', '--port', String(port), '--data', data, '--out', tmp('toolkit-preview-')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`fout poort ${port} is al in gebruik door een ander programma`);
    expect(r.stderr).not.toContain('interne fout');
  });
});

describe('toolkit preview: a toolkit.yaml that cannot be read', () => {
  it('says where, and ends with exit 1 instead of serving nothing', () => {
    const broken = someData([]);
    writeFileSync(join(broken, 'toolkit.yaml'), readFileSync(join(broken, 'toolkit.yaml'), 'utf8') + '  kapot: [\n');
    const r = spawnSync(process.execPath, [join(root, 'bin/toolkit.js'), 'voorbeeld', '--data', broken, '--out', tmp('toolkit-preview-')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^fout .*toolkit\.yaml:\d+:\d+: YAML-fout/m);
    expect(r.stdout).not.toContain('klaar op');
  });
});

describe.skipIf(!hasChromium)('toolkit preview: editing', () => {
  it('reloads an open page after an edit', async () => {
    // The page's event stream, told when it is open: an edit before that would find no page to reload.
    await page.addInitScript(() => {
      const Base = window.EventSource;
      window.EventSource = class extends Base {
        constructor(url: string | URL, init?: EventSourceInit) {
          super(url, init);
          this.addEventListener('open', () => ((window as unknown as { streamOpen: boolean }).streamOpen = true));
        }
      };
    });
    await page.goto(base + '08-hoort-het-of-helpt-het/');
    await page.waitForFunction(() => document.querySelector('meta[name="toolkit-preview"]'));
    await page.waitForFunction(() => (window as unknown as { streamOpen?: boolean }).streamOpen === true, null, { timeout: 10_000 });
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    // A question: the werkblad, the bundle and the page are made again (a card would remake every card's preview too).
    writeFileSync(yamlFile, original.replace('Welke taak deed je deze week', 'Welke taak deed je vorige week'));
    await reloaded;
    expect(await page.textContent('.questions li')).toBe('Welke taak deed je vorige week vooral omdat het zo hoort?');
  });

  it('shows a content error on the page, with file, line and column, until it is fixed', async () => {
    if (!page.url().startsWith(base)) await page.goto(base + '08-hoort-het-of-helpt-het/');
    // Broken from the state the preview last built, and fixed back to it: the fix rebuilds no PDF, only the page.
    const before = readFileSync(yamlFile, 'utf8');
    const title = 'Je laatste taak';
    const line = before.split('\n').findIndex((l) => l.includes(`"${title}"`)) + 1;
    writeFileSync(yamlFile, before.replace(`"${title}"`, `"${title}`));
    const overlay = page.locator('.toolkit-overlay');
    await overlay.waitFor({ timeout: 60_000 });
    const text = await overlay.textContent();
    expect(text).toContain(`${yamlFile.split('/').pop()}:`);
    expect(text).toMatch(new RegExp(`:${line}:\\d+|:${line + 1}:\\d+`));
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: `${shots}/error-overlay-1280.png` });
    expect(stderr).toContain(yamlFile.split('/').pop()!);
    writeFileSync(yamlFile, before);
    await overlay.waitFor({ state: 'detached', timeout: 60_000 });
    await page.waitForFunction((t) => document.querySelector('#kaart-1')?.textContent === t, title, { timeout: 60_000 });
  });

  it('stops cleanly on Ctrl-C, with the exit code of an interrupted command', async () => {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stdout).toContain('Het voorbeeld is gestopt.');
  });
});
