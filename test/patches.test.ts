import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIME, RUN_TIME } from '../src/patches/all.js';
import { install, patchStates } from '../src/patches/patch.js';
import { unusedModules } from '../src/patches/unusedModules.js';
import { cli, edit, root, smallData, tmp } from './helpers.js';

/** What `build --verbose` says of each patch: on and how often used, or off and why. */
function patchLines(stderr: string): Map<string, { on: boolean; uses: number; note: string }> {
  const out = new Map<string, { on: boolean; uses: number; note: string }>();
  for (const m of stderr.matchAll(/^patch (\w+) \([^)]*\): (.*)$/gm)) {
    const used = /^aan, (\d+) keer gebruikt$/.exec(m[2]!);
    out.set(m[1]!, { on: !!used, uses: Number(used?.[1] ?? 0), note: used ? '' : m[2]! });
  }
  return out;
}

const pdfsIn = (dir: string) => (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.pdf') && !f.startsWith('.')).sort();

/**
 * The card files of `out` are byte for byte those of the normal build. Cards are the selection
 * the speed-ups are compared on: building them meets every speed-up (`--only kaarten --verbose`
 * shows each used), at a third of the cost of the whole package.
 */
function sameCards(out: string, normal: string) {
  const cards = pdfsIn(normal).filter((f) => f.includes('-kaarten-'));
  expect(cards).toHaveLength(2);
  expect(pdfsIn(out)).toEqual(cards);
  for (const f of cards) expect(readFileSync(join(out, f)).equals(readFileSync(join(normal, f))), f).toBe(true);
}

describe('the patches of library internals (src/patches)', () => {
  let data: string;
  let normal: { out: string; stderr: string };
  beforeAll(() => {
    // A card title with a mark that has no composed form, and a card text with a line break:
    // what the mark-offset fix and the control-character fix are for.
    data = smallData([8]);
    const file = join(data, 'packages', '08-hoort-het-of-helpt-het.yaml');
    edit(file, 'title: "Je laatste taak"', 'title: "Schrijf x\\u0301 op"');
    edit(file, 'text: "Denk aan de laatste taak die je vandaag deed.', 'text: "Denk aan de laatste taak\\ndie je vandaag deed.');
    const out = tmp();
    // The draaiboek, then the cards: the least of the package that meets every patch. The cards meet
    // every speed-up and the two fixes the edits above are for; glyphCodePoints runs only in a
    // document made after one whose fonts were subset (src/patches/glyphCodePoints.ts): the draaiboek.
    const r = cli(['build', '--package', '8', '--only', 'draaiboek,kaarten', '--verbose', '--quiet', '--data', data, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    normal = { out, stderr: r.stderr };
  }, 60_000);

  it('each runs in a build: on, and its replacement called', () => {
    const lines = patchLines(normal.stderr);
    for (const p of RUN_TIME) {
      expect(lines.get(p.name), p.name).toBeDefined();
      expect(lines.get(p.name)!.note, p.name).toBe('');
      expect(lines.get(p.name)!.uses, p.name).toBeGreaterThan(0);
    }
  });

  it('a fix that cannot go on fails the build, naming the library and its version, and writes no PDF', () => {
    for (const [pretend, library, found, fix, made] of [
      ['fontkit@2.1.0', 'fontkit', '2.1.0', 'controlGlyphs', '2.0.4'],
      ['@react-pdf/render@4.8.0', '@react-pdf/render', '4.8.0', 'markOffsets', '4.7.0'],
    ]) {
      const out = tmp();
      const r = cli(['build', '--package', '8', '--only', 'werkblad', '--quiet', '--data', data, '--out', out], { env: { TOOLKIT_PRETEND_VERSION: pretend } });
      expect(r.code, pretend).toBe(1);
      expect(r.stderr).toContain(`${library} is versie ${found}, maar de correctie ${fix} is gemaakt voor versie ${made}: zonder die correctie worden de pdf's anders, dus maak ik ze niet`);
      expect(r.stderr).toContain(`Zet ${library} terug op ${made} (\`npm ci\`), of pas src/patches/${fix}.ts aan de nieuwe versie aan.`);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(pdfsIn(out)).toEqual([]);
    }
  }, 60_000);

  it('the line-breaking hook is required: without it nothing is rendered, and the error says what to do', () => {
    const r = cli(['build', '--package', '8', '--only', 'werkblad', '--quiet', '--data', data, '--out', tmp()], { env: { TOOLKIT_PRETEND_VERSION: '@react-pdf/textkit@7.1.0' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('de regelbreker van react-pdf (textkit) is niet te vervangen (@react-pdf/textkit is 7.1.0, de patch is gemaakt voor 7.0.1): draai `npm run build`');
  }, 60_000);

  it('TOOLKIT_RENDER_SPEEDUPS=off turns every speed-up off and no fix, and gives the same bytes as the libraries as they are', () => {
    const plain = tmp();
    const all = patchLines(cli(['build', '--package', '8', '--only', 'kaarten', '--verbose', '--quiet', '--data', data, '--out', plain], { env: { TOOLKIT_RENDER_SPEEDUPS: 'off' } }).stderr);
    const offs = RUN_TIME.filter((p) => !all.get(p.name)?.on).map((p) => p.kind);
    expect(offs.length).toBeGreaterThan(0);
    expect(offs.every((k) => k === 'speed-up')).toBe(true);
    expect(RUN_TIME.filter((p) => p.kind === 'speed-up').every((p) => all.get(p.name)?.note === 'uit (TOOLKIT_RENDER_SPEEDUPS)')).toBe(true);
    // fontkit, pdfkit, pako and yoga without any speed-up write the same bytes.
    sameCards(plain, normal.out);
  }, 60_000);

  it('a speed-up whose library is at another version, or whose hook is gone, stays off with a note and never touches its target', () => {
    const cases = [
      { version: '9.9.9', note: "fontkit is 2.0.4, de patch is gemaakt voor 9.9.9: staat uit; de pdf's blijven hetzelfde, het maken duurt wat langer" },
      { version: '2.0.4', note: "fontkit 2.0.4 heeft niet wat de patch vervangt: staat uit; de pdf's blijven hetzelfde, het maken duurt wat langer" },
    ];
    try {
      for (const { version, note } of cases) {
        const target = { layout: 'not a function' };
        const applied = install({ name: 'testSpeedUp', kind: 'speed-up', library: 'fontkit', version }, target, (t) => typeof t.layout === 'function', () => {
          throw new Error('must not be applied');
        });
        expect(applied).toBe(false);
        expect(target.layout).toBe('not a function');
        expect(patchStates().find((s) => s.name === 'testSpeedUp')?.note).toBe(note);
      }
    } finally {
      // The states are the process's (patch.ts): a build in this worker after this file (test files
      // share a worker) would list this test patch with the real ones, as a speed-up that is off.
      (globalThis as Record<symbol, Map<string, unknown>>)[Symbol.for('toolkit.patches')]!.delete('testSpeedUp');
    }
  });

  it('the bundle stubs only modules at the versions they were checked against', () => {
    expect(BUILD_TIME.map((p) => p.name)).toEqual(['unusedModules']);
    expect(unusedModules(root)).toEqual({ stubs: { '@react-pdf/hyphenate/en-us': ['syllables'], '@noble/ciphers/aes': ['cbc', 'ecb'] }, notes: [] });
    process.env.TOOLKIT_PRETEND_VERSION = '@noble/ciphers@2.0.0';
    try {
      const { stubs, notes } = unusedModules(root);
      expect(Object.keys(stubs)).toEqual(['@react-pdf/hyphenate/en-us']);
      expect(notes).toEqual(['unusedModules: @noble/ciphers is 2.0.0, de stub is gemaakt voor 1.3.0: @noble/ciphers/aes blijft in de bundel']);
    } finally {
      delete process.env.TOOLKIT_PRETEND_VERSION;
    }
  });
});

describe('package.json', () => {
  it('declares every package the code imports or requires', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const runtime = new Set(Object.keys(pkg.dependencies));
    // The package itself: the tests import it by its name, as a user would.
    const all = new Set([...runtime, ...Object.keys(pkg.devDependencies), pkg.name]);
    const files = (dir: string): string[] =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|tsx|mjs|js)$/.test(f) && !f.includes('node_modules'))
        .map((f) => join(root, dir, f));
    const missing: string[] = [];
    const seen = new Set<string>();
    const check = (file: string, declared: Set<string>) => {
      const src = readFileSync(file, 'utf8');
      const spec = `['"]([^'"\\s,()]+)['"]`;
      const forms = [`(?:^|[;\\s])(?:import|export)\\s[^;'"]*?\\sfrom\\s*${spec}`, `(?:^|[;\\s])import\\s*${spec}`, `\\bimport\\(\\s*${spec}`, `\\brequire(?:\\$\\d)?\\(\\s*${spec}`, `createRequire\\([^)]*\\)\\(\\s*${spec}`];
      const specs = [...src.matchAll(new RegExp(forms.join('|'), 'gm'))].map((m) => m.slice(1).find((x) => x !== undefined)!);
      for (const s of specs) {
        if (s.startsWith('.') || s.startsWith('node:') || s.startsWith('#') || s.startsWith('/')) continue;
        const name = s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!;
        seen.add(name);
        if (!declared.has(name)) missing.push(`${relative(root, file)}: ${s}`);
      }
    };
    for (const f of [...files('src'), ...files('templates'), ...files('bin')]) check(f, runtime);
    for (const f of [...files('scripts'), ...files('test')]) check(f, all);
    expect(missing).toEqual([]);
    // The scan finds what it should: the libraries loaded with import, with require and with createRequire.
    for (const name of ['fontkit', 'pdfkit', 'pdf-lib', 'esbuild', 'vitest']) expect(seen).toContain(name);
  });
});
