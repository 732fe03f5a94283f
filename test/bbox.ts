import { popplerText } from './poppler.js';

/** Height of a word box from `pdftotext -bbox` in em: Source Sans 3's ascender 1024 minus descender -400, over 1000. */
export const BOX_EM = 1.424;
/** The natural word space of Source Sans 3 (regular and bold alike): 200 of 1000 units. */
export const SPACE_EM = 0.2;

export interface Word {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}
export interface Line {
  words: Word[];
  /** Font size in points, from the word boxes' height. */
  size: number;
  text: string;
}
export interface Block {
  lines: Line[];
}
export interface BoxPage {
  width: number;
  height: number;
  blocks: Block[];
}

const attr = (s: string, name: string) => Number(new RegExp(`${name}="([^"]+)"`).exec(s)![1]);
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Pages, blocks, lines and words as `pdftotext -bbox-layout` reads them back from a PDF. */
export function readBoxes(file: string): BoxPage[] {
  const xml = popplerText('pdftotext', ['-bbox-layout', file, '-']);
  return xml.split('<page ').slice(1).map((p) => ({
    width: attr(p, 'width'),
    height: attr(p, 'height'),
    blocks: p.split('<block ').slice(1).map((b) => ({
      lines: b.split('<line ').slice(1).map((l) => {
        const words = [...l.matchAll(/<word xMin="([^"]+)" yMin="([^"]+)" xMax="([^"]+)" yMax="([^"]+)">([^<]*)<\/word>/g)].map((m) => ({
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
          text: unescape(m[5]!),
        }));
        const size = Math.max(...words.map((w) => w.yMax - w.yMin)) / BOX_EM;
        return { words, size, text: words.map((w) => w.text).join(' ') };
      }),
    })),
  }));
}

/** Each gap between two words of a line, over the natural space at the line's size (1 is natural). */
export function gapRatios(line: Line): number[] {
  const out: number[] = [];
  for (let i = 1; i < line.words.length; i++) {
    const [a, b] = [line.words[i - 1]!, line.words[i]!];
    if (Math.abs(a.yMax - a.yMin - (b.yMax - b.yMin)) > 0.1) continue; // a word of another size in the line
    out.push((b.xMin - a.xMax) / (SPACE_EM * ((a.yMax - a.yMin) / BOX_EM)));
  }
  return out;
}

export const letters = (s: string) => s.match(/\p{L}/gu)?.length ?? 0;
/** A line ending in a hyphen: one we inserted reads as U+00AD (src/render/tagging.ts), one the author wrote as "-". */
export const endsHyphenated = (line: Line) => /\p{L}[-\u00AD]$/u.test(line.text);
