import { popplerText } from './poppler.js';

/**
 * The lines of the paragraph that starts with `start`, as poppler reads them
 * (pdftotext -bbox-layout: a block per paragraph or column), each as its
 * characters, spaces included.
 */
export function paragraphLines(file: string, page: number, start: string): string[] {
  const html = popplerText('pdftotext', ['-bbox-layout', '-f', String(page), '-l', String(page), file, '-']);
  const want = start.split(' ').slice(0, 4).join(' ');
  for (const b of html.matchAll(/<block[^>]*>([\s\S]*?)<\/block>/g)) {
    const lines = [...b[1]!.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)].map((l) => [...l[1]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' '));
    if (lines.join(' ').startsWith(want)) return lines;
  }
  throw new Error(`no paragraph starting "${want}" on page ${page} of ${file}`);
}
