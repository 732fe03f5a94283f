import { describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { keptByCode, pdftotext, smallData, tmp, toolkit } from './helpers.js';

const data = smallData([1]);
const pkg = readdirSync(join(data, 'packages'))[0]!;
const PASSWORD: string = parse(readFileSync(join(data, 'packages', pkg), 'utf8')).film.password;

/** Every file below `dir`, with its path. */
const filesBelow = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

/** The files (under `dir`, or these) that hold the password: in their bytes, in a PDF's text, or in a PDF's streams unpacked (qpdf). */
function holding(dir: string | string[]): string[] {
  return (typeof dir === 'string' ? filesBelow(dir) : dir).filter((file) => {
    if (readFileSync(file).includes(PASSWORD)) return true;
    if (!file.endsWith('.pdf')) return false;
    if (pdftotext(file).includes(PASSWORD)) return true;
    return spawnSync('qpdf', ['--qdf', '--object-streams=disable', '--stream-data=uncompress', file, '-'], { maxBuffer: 1 << 30 }).stdout.includes(PASSWORD);
  });
}

describe('film passwords stay off the website', () => {
  it('the site\'s PDFs and bundle are made without the password; the printed ones keep it; --film-passwords puts it back', async () => {
    expect(PASSWORD).toMatch(/\S{4,}/);
    // The site from nothing is kept by the code and the data that made it (a run of the same code makes
    // it again only when a file of it changed); the runs below go on in a copy, as in the folder of a user.
    const made = await keptByCode('film-passwords-site', readFileSync(join(data, 'packages', pkg), 'utf8') + readFileSync(join(data, 'toolkit.yaml'), 'utf8'), async (dir) => {
      const site = await toolkit(['site', '--data', data, '--out', dir, '--quiet']);
      expect(site.stderr).toBe('');
      expect(site.code).toBe(0);
    });
    const out = tmp('toolkit-film-');
    cpSync(made, out, { recursive: true, preserveTimestamps: true });
    rmSync(join(out, '.kept.json'));
    const siteFiles = filesBelow(join(out, 'site'));
    expect(siteFiles.filter((f) => f.endsWith('.pdf')).map((f) => f.split('/').pop())).toEqual(
      expect.arrayContaining([`${pkg.replace('.yaml', '')}-werkblad-A4.pdf`, `${pkg.replace('.yaml', '')}-draaiboek-A4.pdf`, 'thema-A-anders-kijken-bundel.pdf']),
    );
    expect(holding(join(out, 'site'))).toEqual([]);
    // The film itself is still there, with its title and link; only the password is left out.
    const werkblad = siteFiles.find((f) => f.endsWith('-werkblad-A4.pdf'))!;
    expect(pdftotext(werkblad)).toMatch(/vimeo/);
    // The printed werkblad and draaiboek (for the room) and the printed bundle keep it.
    // (the site's files were read just above)
    const printed = holding(filesBelow(out).filter((f) => !f.includes('/site/') && !f.includes('.toolkit-cache')));
    expect(printed.map((f) => f.split('/').pop()).sort()).toEqual(
      ['draaiboek-A4', 'presentatie-16x9', 'werkblad-A4', 'werkblad-invulbaar'].map((k) => `${pkg.replace('.yaml', '')}-${k}.pdf`).concat('thema-A-anders-kijken-bundel.pdf'),
    );

    // A site for inside the organisation, asked for: the password on the page and in its PDFs.
    const inside = await toolkit(['site', '--data', data, '--out', out, '--quiet', '--film-passwords']);
    expect(inside.code).toBe(0);
    expect(holding(join(out, 'site')).map((f) => f.split('/').pop()).sort()).toEqual(
      ['draaiboek-A4', 'presentatie-16x9', 'werkblad-A4', 'werkblad-invulbaar'].map((k) => `${pkg.replace('.yaml', '')}-${k}.pdf`).concat('index.html', 'thema-A-anders-kijken-bundel.pdf').sort(),
    );
    // And back again: nothing left of it.
    const again = await toolkit(['site', '--data', data, '--out', out, '--quiet']);
    expect(again.code).toBe(0);
    expect(holding(join(out, 'site'))).toEqual([]);
  }, 300_000);
});
