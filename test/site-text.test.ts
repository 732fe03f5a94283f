import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { builtSite, pdfinfo, pdftotext } from './helpers.js';
import { browserContext, hasChromium } from './siteBrowser.js';

/*
 * The site is the accessible version of the PDFs (issue 27): every word of
 * every PDF is on the page that stands for it, as a person reads that page in
 * a browser (its rendered text, with the numbers of its numbered lists).
 */

let site: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = join(builtSite(), 'site');
  if (hasChromium) page = await (context = await browserContext()).newPage();
});
afterAll(async () => {
  await context?.close();
});

const words = (s: string) => s.normalize('NFC').replace(/\u00ad/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** What a reader gets of a page: its rendered text (every slide of a presentation), and the number of each item of a numbered list. */
async function pageText(path: string): Promise<string> {
  await page.goto(pathToFileURL(join(site, path)).href);
  return page.evaluate(() => {
    document.documentElement.classList.remove('js');
    const numbers = [...document.querySelectorAll('ol > li')].map((li) => String(((li.parentElement as HTMLOListElement).start || 1) + [...li.parentElement!.children].indexOf(li)));
    return `${document.body.innerText}\n${numbers.join(' ')}`;
  });
}

const seen = new Map<string, Set<string>>();
async function wordsOf(paths: string[]): Promise<Set<string>> {
  const all = new Set<string>();
  for (const p of paths) {
    if (!seen.has(p)) seen.set(p, new Set(words(await pageText(p))));
    seen.get(p)!.forEach((w) => all.add(w));
  }
  return all;
}

/** A PDF's words; a word broken at a line end with a hyphen counts whole when the page has it whole ("behan-⏎deld"), as two words otherwise ("denk-⏎en"). */
function pdfWords(file: string, onPage: Set<string>): Set<string> {
  // A hyphen the line breaker put in reads as U+00AD (a soft hyphen): the word is whole, as a screen reader reads it.
  const text = pdftotext(file).normalize('NFC').replace(/\u00ad\n/g, '');
  const joined = text.replace(/([\p{L}]+)-\n([\p{L}]+)/gu, (m, a: string, b: string) => (onPage.has(`${a}${b}`.toLowerCase()) ? `${a}${b}` : `${a} ${b}`));
  return new Set(words(joined));
}

/** Page furniture of every PDF: the footer's "pagina 1 van 2", a card's "kaart 1/10". */
const FURNITURE = new Set(['pagina', 'kaart']);
/** What a bundle adds to its parts to be printed: its contents page ("Omslag", page numbers, how to click a line and count pages "vanaf" a cover "net als je pdf-lezer") and "Deze pagina is bewust leeg", the covers' "Met wat je klaarzet". */
const BUNDLE = new Set(['omslag', 'dus', 'leeg', 'klaarzet', 'vanaf', 'lezer', 'klik', 'erheen']);
/** The 2 x A4 tiles carry glue marks; the A3 plate is cut at the seam, so a word can be cut in two ("Hoo|rt"): a piece of a word the page has. */
const TILE = new Set(['lijm', 'hier', 'knip']);

const packageDirs = () => readdirSync(site).filter((d) => /^\d+-/.test(d));

/** Each PDF of the site and the page(s) that are its accessible version. */
function pairs(): { pdf: string; pages: string[]; kind: 'plain' | 'tile' | 'bundle' }[] {
  const out: { pdf: string; pages: string[]; kind: 'plain' | 'tile' | 'bundle' }[] = [];
  for (const d of packageDirs())
    for (const f of readdirSync(join(site, d)).filter((f) => f.endsWith('.pdf')))
      out.push({ pdf: `${d}/${f}`, pages: [`${d}/${f.includes('-presentatie-') ? 'presentatie.html' : 'index.html'}`], kind: f.includes('-2xA4') ? 'tile' : 'plain' });
  for (const f of readdirSync(site).filter((f) => f.endsWith('.pdf'))) {
    if (f.startsWith('gebruiksaanwijzer')) out.push({ pdf: f, pages: ['gebruiksaanwijzer.html'], kind: 'plain' });
    else if (f.startsWith('overzicht')) out.push({ pdf: f, pages: ['overzicht.html'], kind: 'plain' });
    else out.push({ pdf: f, pages: ['index.html', ...packageDirs().map((d) => `${d}/index.html`), 'overzicht.html'], kind: 'bundle' });
  }
  return out;
}

describe.skipIf(!hasChromium)('the site as the accessible version of the PDFs', () => {
  it('has every word of every PDF on the page that stands for it', async () => {
    const all = pairs();
    // Every kind of file of a package, the guide, the overview and the bundles.
    expect(all.length).toBeGreaterThanOrEqual(20);
    const missing: string[] = [];
    for (const { pdf, pages, kind } of all) {
      const onPage = await wordsOf(pages);
      const lost = [...pdfWords(join(site, pdf), onPage)].filter((w) => {
        if (onPage.has(w) || FURNITURE.has(w)) return false;
        if (kind === 'bundle' && (BUNDLE.has(w) || /^\d+$/.test(w))) return false;
        if (kind === 'plain') return true;
        // A tile, or a bundle (it holds the werkplaten as 2 x A4 tiles).
        return !TILE.has(w) && ![...onPage].some((p) => p.startsWith(w) || p.endsWith(w));
      });
      if (lost.length) missing.push(`${pdf} (${pages.join(', ')}): ${lost.join(' ')}`);
    }
    expect(missing).toEqual([]);
  });

  it('has the parts the PDFs have and the site had left out, as whole sentences', async () => {
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    const pkg = packageDirs()[0]!;
    const draaiboek = flat(await pageText(`${pkg}/index.html`));
    expect(draaiboek).toContain('Kijk de film vooraf zelf een keer en zet hem klaar.');
    expect(draaiboek).toContain('Als de film niet kan: het idee in onze eigen woorden, geen samenvatting van de film');
    const guide = flat(await pageText('gebruiksaanwijzer.html'));
    expect(guide).toMatch(/De (twee|zes) thema's/);
    expect(guide).toContain('Thema C: Ambtelijk vakmanschap');
    const overview = flat(await pageText('overzicht.html'));
    expect(overview).toMatch(/Werkblad met \d+ vragen · 10 denk- en doekaarten \(5 denk, 5 doe\) · \d werkplaten: ‘/);
  });

  it('says on each page which PDFs it is the accessible version of, with a link to each, and links the statement from every footer', () => {
    const html = (p: string) => readFileSync(join(site, p), 'utf8');
    const altOf = (p: string) => [...(/<p class="(?:alt-of|intro)">([\s\S]*?)<\/p>/.exec(html(p))?.[1] ?? '').matchAll(/href="([^"]+\.pdf)"/g)].map((m) => decodeURIComponent(m[1]!));
    for (const d of packageDirs()) {
      const pdfs = readdirSync(join(site, d)).filter((f) => f.endsWith('.pdf'));
      const linked = altOf(`${d}/index.html`);
      // Every PDF of the package but the print-only copies of the same plates and cards, and the slides, which have a page of their own.
      expect(linked.sort(), d).toEqual(pdfs.filter((f) => !/-2xA4\.pdf$|-kaarten-drukker\.pdf$|-presentatie-16x9\.pdf$/.test(f)).sort());
      expect(altOf(`${d}/presentatie.html`), d).toEqual(pdfs.filter((f) => f.endsWith('-presentatie-16x9.pdf')));
    }
    expect(altOf('gebruiksaanwijzer.html')).toEqual(['gebruiksaanwijzer-A4.pdf']);
    expect(altOf('overzicht.html')).toEqual(['overzicht-A4.pdf']);
    const pages = ['index.html', 'gebruiksaanwijzer.html', 'overzicht.html', 'toegankelijkheid.html', ...packageDirs().map((d) => `${d}/index.html`)];
    for (const p of pages) expect(/<footer[\s\S]*href="(?:\.\.\/)?toegankelijkheid\.html"[\s\S]*<\/footer>/.test(html(p)), p).toBe(true);
    // The presentation has no footer (it fills the screen): its first line links the statement.
    for (const d of packageDirs()) expect(html(`${d}/presentatie.html`)).toMatch(/<p class="intro">[^\n]*href="\.\.\/toegankelijkheid\.html"/);
  });

  it('has an accessibility statement in Dutch that says what meets WCAG 2.1 AA, what does not, how to ask for another form, and its date', async () => {
    const text = (await pageText('toegankelijkheid.html')).replace(/\u00ad/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('Toegankelijkheidsverklaring');
    expect(text).toContain('WCAG 2.1 op niveau AA');
    for (const h of ['Wat voldoet', 'Wat nog niet voldoet', 'Een bestand in een andere vorm', 'Hoe is dit gecontroleerd?', 'Datum']) expect(text).toContain(h);
    expect(text).toMatch(/Mail dan naar [^:]+: \S+@\S+/);
    expect(text).toMatch(/van \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
    // The print-only files are named as not meeting it, whatever else is tagged.
    expect(text).toMatch(/Alleen om te printen zijn [^.]*de werkplaten op twee A4-vellen/);
    // What it says of the werkblad is what the werkblad is (poppler reads its /MarkInfo).
    const d = packageDirs()[0]!;
    const werkblad = readdirSync(join(site, d)).find((f) => f.endsWith('-werkblad-A4.pdf'))!;
    const tagged = /Tagged:\s+yes/.test(pdfinfo(join(site, d, werkblad)));
    const [meets, notYet] = text.split('Wat nog niet voldoet');
    expect(/Deze pdf’s hebben een structuur[^.]*het werkblad[ ,.]/.test(meets!), 'said to be tagged').toBe(tagged);
    expect(/het werkblad[ ,:][^.]*nog geen structuur/i.test(notYet!.split('Een bestand in een andere vorm')[0]!), 'said to be untagged').toBe(!tagged);
  });
});
