import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadProject } from '../src/model/load.js';
import { packagePage } from '../src/outputs/site/pages.js';
import { searchIndex } from '../src/outputs/site/search.js';
import { relativeHref } from '../src/outputs/site/layout.js';
import { dataDir } from './helpers.js';

const project = loadProject(dataDir, join(dataDir, '..'));
const pkg = project.packages.find((p) => p.number === 8)!;
const view = (over: Partial<Parameters<typeof packagePage>[0]> = {}) =>
  packagePage({ toolkit: project.toolkit, pkg, downloads: [], werkplaatDownloads: [], cards: pkg.cards.map((card, i) => ({ card, n: i + 1 })), filmPasswords: false, ...over });

describe('site pages', () => {
  it('shows a film password only when asked to', () => {
    const withPassword = { ...pkg, film: { ...pkg.film, url: 'https://example.org/film', password: 'geheim123' } };
    expect(view({ pkg: withPassword })).not.toContain('geheim123');
    expect(view({ pkg: withPassword })).toContain('De film heeft een wachtwoord');
    expect(view({ pkg: withPassword, filmPasswords: true })).toContain('<code>geheim123</code>');
  });

  it('gives the film\'s link as a link and as a QR code with its text, as the werkblad prints it', async () => {
    const { qrModules } = await import('../src/render/qr.js');
    const url = 'https://example.org/film';
    const html = view({ pkg: { ...pkg, film: { ...pkg.film, url } }, qr: qrModules(url) });
    expect(html).toContain(`<a href="${url}" rel="noopener">`);
    expect(html).toContain('scan de QR-code of typ de link over.');
    expect(html).toMatch(new RegExp(`<svg class="qr" viewBox="0 0 (\\d+) \\1" role="img" aria-label="QR-code met de link naar de film: ${url}">`));
    // Without a link: whom to ask, and no code.
    expect(view()).not.toContain('class="qr"');
  });

  it('escapes every text: content never becomes markup', () => {
    const hostile = { ...pkg, title: '<script>alert(1)</script>', cards: [{ ...pkg.cards[0]!, text: '"><img src=x onerror=alert(1)>' }] };
    const html = view({ pkg: hostile, cards: [{ card: hostile.cards[0]!, n: 1 }] });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const index = searchIndex({ toolkit: project.toolkit, packages: [hostile] });
    expect(index).not.toContain('</script>');
  });

  it('says the axes of a 2 x 2 werkplaat in words', () => {
    const w = pkg.werkplaten.find((x) => x.axes)!;
    expect(view()).toContain(`De vakken liggen langs twee assen: van links „${w.axes!.horizontal!.left}” naar rechts „${w.axes!.horizontal!.right}”, en van boven „${w.axes!.vertical!.top}” naar onder „${w.axes!.vertical!.bottom}”.`);
  });

  it('makes relative links between pages', () => {
    expect(relativeHref('08-x/index.html', 'assets/site.css')).toBe('../assets/site.css');
    expect(relativeHref('index.html', '08-x/index.html')).toBe('08-x/index.html');
    expect(relativeHref('08-x/index.html', '08-x/08-x-werkblad-A4.pdf')).toBe('08-x-werkblad-A4.pdf');
    expect(relativeHref('08-x/index.html', 'index.html')).toBe('../index.html');
  });
});
