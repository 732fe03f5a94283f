import { popplerText } from './poppler.js';
import { readBoxes, type Line } from './bbox.js';

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

/**
 * The lines of running text, set at 10 to 11 pt, by block (paragraph or column) as poppler reads
 * them: titles (12 pt and up), the footer (8 pt) and small print (9 pt) are not.
 */
export const runningText = (file: string): Line[][] => readBoxes(file).flatMap((p) => p.blocks.map((b) => b.lines.filter((l) => l.size > 9.5 && l.size < 11.5)));
