import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { someDataIn } from './globalSetup.js';
import { tmp } from './helpers.js';

/** Debian's chromium, never a downloaded browser; no network of its own (updates, metrics). */
export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });

export const hasChromium = existsSync('/usr/bin/chromium');

/** A data folder with only some packages of the shipped data: a site test builds in seconds, not a minute. */
export const someData = (prefixes: string[]): string => someDataIn(tmp('toolkit-sitedata-'), prefixes);
