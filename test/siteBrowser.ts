import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { existsSync } from 'node:fs';
import { someDataIn } from './globalSetup.js';
import { tmp } from './helpers.js';

/** Debian's chromium, never a downloaded browser; no network of its own (updates, metrics). */
export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });

export const hasChromium = existsSync('/usr/bin/chromium');

let shared: Promise<Browser> | undefined;

/**
 * A context of its own (pages, storage, routes: nothing another file left) in the worker's one browser. The files
 * of a worker share their modules (vitest.config.ts: isolate false), so the browser is started once per worker, not
 * once per file (about 1.2 s each); it is started again should it have gone, and ends with the worker's process.
 * A file closes its contexts, never the browser.
 */
export async function browserContext(options?: BrowserContextOptions): Promise<BrowserContext> {
  let browser = await shared?.catch(() => undefined);
  if (!browser?.isConnected()) browser = await (shared = launch());
  return browser.newContext(options);
}

/** A data folder with only some packages of the shipped data: a site test builds in seconds, not a minute. */
export const someData = (prefixes: string[]): string => someDataIn(tmp('toolkit-sitedata-'), prefixes);
