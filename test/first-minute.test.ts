import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, tmp, toolkit } from './helpers.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const shellLines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n'));

describe('the first minute: what the README tells a new user to type', () => {
  it('the quick start runs the project\'s own script, never a package looked up by name', () => {
    const quick = /## Snel beginnen\n+```sh\n([\s\S]*?)```/.exec(readme)?.[1]?.trim().split('\n');
    expect(quick).toEqual(['npm install && npm run toolkit -- bouw 8', 'npm install && npm test']);
    expect(pkg.scripts.toolkit).toBe('node bin/toolkit.js');
    // npx and npm exec resolve a name they do not find installed in the public registry, where another `toolkit` exists.
    expect(shellLines.filter((l) => /\b(npx|npm exec|npm x)\b/.test(l))).toEqual([]);
    for (const l of shellLines) for (const m of l.matchAll(/npm run (\S+)/g)) expect(Object.keys(pkg.scripts)).toContain(m[1]);
  });

  it('options that npm kept for itself (no -- after npm run toolkit) are said, not silently dropped', async () => {
    const r = await toolkit(['bouw', '8'], { env: { npm_lifecycle_event: 'toolkit', npm_config_open: 'true', npm_config_uit: 'true' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fout npm heeft --open, --uit zelf gehouden: zonder -- ervoor gaan opties naar npm, niet naar de toolkit\n');
    expect(r.stderr).toContain('Zet -- na npm run toolkit, dan gaat alles wat erna komt naar de toolkit: npm run toolkit -- bouw 8 --open');
    // Another npm script (npm test) with npm's own settings is left alone.
    const other = await toolkit(['lijst'], { env: { npm_lifecycle_event: 'test', npm_config_force: 'true' } });
    expect(other.code).toBe(0);
  });

  it('npm run toolkit works in the folder the user typed it in, not in the project folder', () => {
    const here = tmp('toolkit-here-');
    const r = cli(['init', 'mijn-toolkit'], { env: { npm_lifecycle_event: 'toolkit', INIT_CWD: here } });
    expect(r.code).toBe(0);
    expect(existsSync(join(here, 'mijn-toolkit', 'toolkit.yaml'))).toBe(true);
    expect(existsSync(join(root, 'mijn-toolkit'))).toBe(false);
  });
});
