import { chromium, type Browser } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, tmp } from './helpers.js';

/** Debian's chromium, never a downloaded browser; no network of its own (updates, metrics). */
export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });

export const hasChromium = existsSync('/usr/bin/chromium');

/** A data folder with only some packages of the shipped data: a site test builds in seconds, not a minute. */
export function someData(prefixes: string[]): string {
  const dir = tmp('toolkit-sitedata-');
  cpSync(join(dataDir, 'toolkit.yaml'), join(dir, 'toolkit.yaml'));
  mkdirSync(join(dir, 'packages'));
  for (const p of prefixes) {
    const file = readdirSync(join(dataDir, 'packages')).find((f) => f.startsWith(p));
    if (!file) throw new Error(`no package ${p}`);
    cpSync(join(dataDir, 'packages', file), join(dir, 'packages', file));
  }
  return dir;
}
