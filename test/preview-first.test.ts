import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { once } from 'node:events';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { root, smallData, tmp } from './helpers.js';
import { browserContext, hasChromium } from './siteBrowser.js';

/**
 * The first minute of `toolkit voorbeeld` with nothing built yet: the address
 * answers at once, a page not made yet says so and appears by itself, the
 * package asked for is made before the others, and an error in a save is one
 * error and one line for what waits on it.
 */
// The package planned first: 3, not 1, whose film password has the site make its PDFs a second time
// (`toolkit site` of packages 3 and 8 from nothing: 9.3-9.8 s; of 1 and 8: 11.5 s).
const P1 = '03-van-legpuzzel-naar-ecosysteem';
const P8 = '08-hoort-het-of-helpt-het';
let child: ChildProcess;
let context: BrowserContext | undefined;
let stdout = '';
let stderr = '';

const until = async (what: () => boolean | Promise<boolean>, ms = 240_000) => {
  const end = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > end) throw new Error(`timed out; stdout: ${stdout}\nstderr: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

afterAll(async () => {
  await context?.close();
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

describe('toolkit voorbeeld from a cold start', () => {
  it('serves at once, makes the package asked for first, and a waiting page reloads itself into the real one', async () => {
    const data = smallData([3, 8]);
    const out = tmp('toolkit-preview-cold-');
    const free = createServer().listen(0, '127.0.0.1');
    await once(free, 'listening');
    const port = (free.address() as AddressInfo).port;
    await new Promise((r) => free.close(r));
    child = spawn(process.execPath, [join(root, 'bin/toolkit.js'), 'voorbeeld', '--port', String(port), '--data', data, '--uit', out], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    child.stdout!.on('data', (c) => (stdout += c));
    child.stderr!.on('data', (c) => (stderr += c));
    await until(() => stdout.includes('Het voorbeeld staat op'));
    expect(stdout).toContain(`Het voorbeeld staat op http://127.0.0.1:${port}/\nDe website wordt nu gemaakt (de eerste keer duurt dat even). Open het adres gerust al: een pagina die nog niet klaar is, zegt dat en verschijnt vanzelf.\n`);
    const url = `http://127.0.0.1:${port}/${P8}/`;

    // Package 8 is asked for while nothing is made: it says so (and how far the build is), and is made first.
    const waiting = await fetch(url);
    expect(waiting.status).toBe(503);
    const body = await waiting.text();
    expect(body).toContain('<h1>De website wordt gemaakt</h1>');
    expect(body).toContain('Hij verschijnt vanzelf zodra hij gemaakt is: je hoeft niets te doen.');
    // An image that is not there yet is still a plain 404.
    expect((await fetch(`http://127.0.0.1:${port}/${P8}/kaart-01-voor-1x.png`)).status).toBe(404);

    if (hasChromium) {
      context = await browserContext({ viewport: { width: 1000, height: 600 } });
      const page = await context.newPage();
      await page.goto(url);
      expect(await page.textContent('h1')).toBe('De website wordt gemaakt');
      await page.waitForFunction(() => /\d+ van de \d+ onderdelen (is|zijn) klaar/.test(document.getElementById('stand')?.textContent ?? ''), null, { timeout: 240_000 });
      mkdirSync('/tmp/toolkit-site-shots', { recursive: true });
      await page.screenshot({ path: '/tmp/toolkit-site-shots/preview-building.png' });
      // No hand on the keyboard: the page becomes package 8's own page once it is written.
      await page.waitForSelector('.questions li', { timeout: 240_000 });
    } else await until(async () => (await fetch(url)).status === 200);
    // Plan order is package 3 first; the package asked for came before it.
    expect(existsSync(join(out, 'site', P8, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'site', P1, 'index.html'))).toBe(false);

    await until(() => /klaar op http/.test(stdout));
    expect((await fetch(`http://127.0.0.1:${port}/${P1}/`)).status).toBe(200);
  });

  it('an error in a save prints the error with file:line:column and one line for what was not made again', async () => {
    const file = join(child.spawnargs[child.spawnargs.indexOf('--data') + 1]!, 'packages', `${P8}.yaml`);
    const before = readFileSync(file, 'utf8');
    const line = before.split('\n').findIndex((l) => l.includes('"Je laatste taak"')) + 1;
    const from = stderr.length;
    writeFileSync(file, before.replace('"Je laatste taak"', '"Je laatste taak'));
    await until(() => stderr.slice(from).includes('Nog 1 fout'));
    const said = stderr.slice(from);
    expect(said).toMatch(new RegExp(`^fout ${file.replace(/[.]/g, '\\.')}:(${line}|${line + 1}):\\d+: YAML-fout`, 'm'));
    expect(said).toMatch(/^niet opnieuw gemaakt: \d+ bestanden? .*want 08-hoort-het-of-helpt-het is mislukt.*; de vorige versies? (blijft|blijven) staan tot je de fout verbetert\.$/m);
    // Not a line per page, image and PDF.
    expect(said).not.toMatch(/^niet gemaakt /m);
    expect(said.trim().split('\n').length).toBeLessThan(10);
    writeFileSync(file, before);
    await until(() => /Bijgewerkt: /.test(stdout.slice(stdout.lastIndexOf('klaar op'))));
  });
});
