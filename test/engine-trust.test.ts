import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromData, type BuildEvent } from '../src/index.js';
import { CACHE_DIR } from '../src/run/cache.js';
import { smallData, tmp } from './helpers.js';

/** Nothing read back from the cache folder is trusted before it is checked: a crafted manifest or project deletes nothing and shows nothing. */
describe('the cache folder is checked before it is trusted', () => {
  const manifest = (out: string) => join(out, CACHE_DIR, 'manifest.json');
  const notes = (events: BuildEvent[]) => events.flatMap((e) => (e.type === 'note' ? [e.message] : []));

  /** A built folder whose manifest gets one more entry, of a package that is gone (so the stale rule would remove it). */
  async function crafted(path: string) {
    const data = smallData([8]);
    const out = tmp('toolkit-trust-out-');
    expect((await buildFromData(data, { outDir: out, packages: [8], only: ['werkblad'] })).failed).toEqual([]);
    const m = JSON.parse(readFileSync(manifest(out), 'utf8'));
    const some = Object.values(m.outputs)[0] as object;
    m.outputs[path] = { ...some, job: 'werkblad:99-weg', group: '99-weg', family: 'build' };
    m.runs = {};
    writeFileSync(manifest(out), JSON.stringify(m));
    return { data, out };
  }

  it('a manifest entry "../victim.txt" deletes nothing outside the folder: the manifest is not trusted, and the run says so', async () => {
    const { data, out } = await crafted('../victim.txt');
    const victim = join(out, '..', 'victim.txt');
    writeFileSync(victim, 'keep me');
    const events: BuildEvent[] = [];
    const r = await buildFromData(data, { outDir: out, packages: [8], only: ['kaarten'], onEvent: (e) => events.push(e) });
    expect(r.failed).toEqual([]);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(notes(events).join('\n')).toMatch(/manifest\.json\) klopt niet \(het pad "\.\.\/victim\.txt" ligt niet binnen de map\).*haalt niets weg/);
    // Its own files were not recorded any more, and nothing of them was removed either.
    expect(existsSync(join(out, '08-hoort-het-of-helpt-het', '08-hoort-het-of-helpt-het-werkblad-A4.pdf'))).toBe(true);
  });

  it('a recorded file in a folder that links out of the output folder is forgotten, and what it points to stays', async () => {
    const { data, out } = await crafted('elders/a.pdf');
    const outside = tmp('toolkit-trust-outside-');
    writeFileSync(join(outside, 'a.pdf'), 'precious');
    symlinkSync(outside, join(out, 'elders'));
    const r = await buildFromData(data, { outDir: out, packages: [8], only: ['kaarten'] });
    expect(r.failed).toEqual([]);
    expect(r.removed).toEqual([]);
    expect(readFileSync(join(outside, 'a.pdf'), 'utf8')).toBe('precious');
    expect(Object.keys(JSON.parse(readFileSync(manifest(out), 'utf8')).outputs)).not.toContain('elders/a.pdf');
  });

  it('a recorded file of a package that is gone, inside the folder, is removed as before', async () => {
    const { data, out } = await crafted('99-weg/99-weg-werkblad-A4.pdf');
    mkdirSync(join(out, '99-weg'));
    writeFileSync(join(out, '99-weg', '99-weg-werkblad-A4.pdf'), 'old');
    const r = await buildFromData(data, { outDir: out, packages: [8], only: ['kaarten'] });
    expect(r.removed).toEqual([join(out, '99-weg', '99-weg-werkblad-A4.pdf')]);
    expect(existsSync(join(out, '99-weg'))).toBe(false);
  });

  it('a project.json this installation did not seal is not used: the sources are read again, and the run says so', async () => {
    const data = smallData([8]);
    const out = tmp('toolkit-trust-out-');
    await buildFromData(data, { outDir: out, packages: [8], only: ['werkblad'] });
    const file = join(out, CACHE_DIR, 'project.json');
    const sealed = readFileSync(file, 'utf8');
    // The same project with a title of someone else's, seal and all: the seal no longer fits.
    writeFileSync(file, sealed.replace('"title":"Hoort het? of helpt het?"', '"title":"<script>alert(1)</script>"'));
    expect(readFileSync(file, 'utf8')).toContain('<script>');
    const events: BuildEvent[] = [];
    const r = await buildFromData(data, { outDir: out, packages: [8], only: ['draaiboek'], onEvent: (e) => events.push(e) });
    expect(r.failed).toEqual([]);
    expect(notes(events)).toEqual([expect.stringMatching(/project\.json is niet door deze toolkit geschreven of is veranderd: niet gebruikt/)]);
    expect(readFileSync(file, 'utf8')).not.toContain('<script>');
  });
});
