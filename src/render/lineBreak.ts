/**
 * Our line breaker, put in the place of textkit's (src/patches/lineBreakHook.ts).
 *
 * textkit breaks lines with Knuth and Plass, whose spaces may shrink by a
 * third; a left-aligned line that used that shrink is then squeezed to fit.
 * Here a space keeps its natural width: a line holds what fits at full width.
 * Among the ways to do that with the fewest lines, it takes the one that
 * costs least:
 * - a line's empty end costs the square of its share of the line;
 * - a hyphen costs, less at a compound word's joint, a lot right after another;
 * - a last line of one word (a runt) costs more than a word moved down;
 * - in headings, the last line's empty end counts too, so their lines even out.
 * Never broken: a word in bold, centred or right-aligned text (headings,
 * titles, labels), a paragraph's last word, or a word with fewer than three
 * letters on either side. Justified text keeps textkit's own breaker.
 */
import { isJoint } from './hyphenate.js';
import { INSERTED_HYPHEN } from './tagging.js';

interface Position {
  xAdvance: number;
}
interface FontLike {
  postscriptName?: string;
  unitsPerEm: number;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}
interface Run {
  start: number;
  end: number;
  attributes: { font?: FontLike[]; fontSize?: number; align?: string; characterSpacing?: number; [INSERTED_HYPHEN]?: boolean };
  positions?: Position[];
}
export interface Paragraph {
  string: string;
  syllables?: string[];
  runs: Run[];
}
type Breaker = (options: object) => (paragraph: Paragraph, widths: number[]) => Paragraph[];

/** What the patched textkit hands out (see src/patches/lineBreakHook.ts). */
export interface LineBreakingHook {
  version: string;
  replace(breaker: Breaker): void;
  upstreamLinebreaker: Breaker;
  slice(start: number, end: number, p: Paragraph): Paragraph;
  insertGlyph(index: number, codePoint: number, p: Paragraph): Paragraph;
  advanceWidthBetween(start: number, end: number, p: Paragraph): number;
}

const HYPHEN = 0x2d;
/** Every line costs this much more than anything else: never a line more to look better. */
const LINE = 1e6;
const RAGGED = 1000;
const HYPHEN_COST = 300;
const JOINT_COST = 100;
const HYPHEN_AFTER_HYPHEN = 20_000;
const RUNT = 2000;
/** A word wider than the line: allowed only where nothing else can be done. */
const OVERFULL = 1e9;
const MIN_LETTERS = 3;

interface Token {
  start: number;
  end: number;
  width: number;
  space: boolean;
  /** Index of the word a box belongs to. */
  word: number;
}
interface Break {
  /** Token the line ends with (a space, or the box before a hyphen). */
  at: number;
  kind: 'space' | 'hyphen' | 'end';
  cost: number;
  /** The hyphen's width, for a break inside a word. */
  hyphen?: number;
}

const letters = (s: string) => s.match(/\p{L}/gu)?.length ?? 0;

/** No hyphen in headings, titles and labels (all bold here), nor in centred or right-aligned text. */
export function keepsWordsWhole(p: Paragraph): boolean {
  const a = p.runs[0]?.attributes ?? {};
  if (a.align === 'center' || a.align === 'right') return true;
  return p.runs.some((r) => /bold|black|heavy|semibold/i.test(r.attributes.font?.[0]?.postscriptName ?? ''));
}

function hyphenWidth(p: Paragraph, index: number): number {
  const run = p.runs.find((r) => index >= r.start && index < r.end) ?? p.runs[p.runs.length - 1];
  const font = run?.attributes.font?.[0];
  if (!font) return 0;
  return (font.glyphForCodePoint(HYPHEN).advanceWidth * (run.attributes.fontSize ?? 12)) / font.unitsPerEm;
}

export function ourLinebreaker(hook: LineBreakingHook): Breaker {
  return (options) => {
    const upstream = hook.upstreamLinebreaker(options);
    return (p, widths) => {
      const align = p.runs[0]?.attributes.align;
      if (align === 'justify' || !p.syllables?.length) return upstream(p, widths);
      return breakRagged(hook, p, widths);
    };
  };
}

function tokensOf(hook: LineBreakingHook, p: Paragraph): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  let word = -1;
  let inWord = false;
  for (const s of p.syllables!) {
    const end = start + s.length;
    const space = s.trim() === '';
    if (!space && !inWord) word++;
    inWord = !space;
    tokens.push({ start, end, width: hook.advanceWidthBetween(start, end, p), space, word });
    start = end;
  }
  return tokens;
}

function breakRagged(hook: LineBreakingHook, p: Paragraph, widths: number[]): Paragraph[] {
  const tokens = tokensOf(hook, p);
  const whole = keepsWordsWhole(p);
  const lastWord = tokens.reduce((m, t) => Math.max(m, t.word), -1);
  // Where each word starts and ends in the string.
  const words: { start: number; end: number }[] = [];
  for (const t of tokens) if (!t.space) words[t.word] = { start: words[t.word]?.start ?? t.start, end: t.end };
  const breaks: Break[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (!next) return;
    if (t.space) {
      if (i > 0) breaks.push({ at: i, kind: 'space', cost: 0 });
      return;
    }
    if (next.space || whole || t.word === lastWord) return;
    // A break inside a word: enough letters on both sides?
    const word = words[t.word]!;
    const text = p.string.slice(word.start, word.end);
    const before = p.string.slice(word.start, t.end);
    if (letters(before) < MIN_LETTERS || letters(text) - letters(before) < MIN_LETTERS) return;
    breaks.push({ at: i, kind: 'hyphen', cost: isJoint(text, before.length) ? JOINT_COST : HYPHEN_COST, hyphen: hyphenWidth(p, t.end - 1) });
  });
  breaks.push({ at: tokens.length - 1, kind: 'end', cost: 0 });

  // prefix[i]: width of tokens before i.
  const prefix = [0];
  for (const t of tokens) prefix.push(prefix[prefix.length - 1]! + t.width);
  const startOf = (b: Break | undefined) => (b ? b.at + 1 : 0);
  const widthOf = (from: number, b: Break) => {
    if (b.kind === 'space') return prefix[b.at]! - prefix[from]!;
    if (b.kind === 'hyphen') return prefix[b.at + 1]! - prefix[from]! + b.hyphen!;
    let end = b.at;
    while (end >= from && tokens[end]!.space) end--;
    return prefix[end + 1]! - prefix[from]!;
  };
  const oneWord = (from: number, b: Break) => {
    const content = tokens.slice(from, b.kind === 'space' ? b.at : b.at + 1).filter((t) => !t.space);
    return content.length > 0 && content.every((t) => t.word === content[0]!.word);
  };
  const lineWidth = (line: number) => widths[Math.min(line, widths.length - 1)] ?? Infinity;
  const lineClasses = Math.max(1, widths.length);
  const widest = widths.reduce((m, w) => Math.max(m, w), 0);

  // best[k][line class][hyphenated]: cheapest way to end a line at breaks[k].
  interface State {
    cost: number;
    line: number;
    prev: number;
    prevState: number;
  }
  const key = (lineClass: number, hyphen: boolean) => lineClass * 2 + (hyphen ? 1 : 0);
  const best: (State | undefined)[][] = breaks.map(() => []);
  const origin = [{ s: 0, state: { cost: 0, line: 0, prev: -1, prevState: -1 } }];
  // The states of each break, listed once it is final (when the loop has passed it), not again for every later break.
  const listed: { s: number; state: State }[][] = [];
  const statesAt = (k: number) => (k < 0 ? origin : listed[k]!);

  for (let k = 0; k < breaks.length; k++) {
    const b = breaks[k]!;
    // Walk back over earlier breaks while the line still fits.
    for (let j = k - 1; j >= -1; j--) {
      const from = startOf(breaks[j]);
      const w = widthOf(from, b);
      const prevHyphen = j >= 0 && breaks[j]!.kind === 'hyphen';
      for (const { s, state } of statesAt(j)) {
        const line = state.line;
        const room = lineWidth(line);
        const overfull = w > room + 0.01;
        if (overfull && j !== k - 1) continue;
        let cost = state.cost + LINE + b.cost + (overfull ? OVERFULL : 0);
        if (b.kind === 'end' && line > 0 && oneWord(from, b)) cost += RUNT;
        // A heading's last line counts too: its lines come out even ("Geef niet de oplossing, / geef het probleem").
        if (b.kind !== 'end' || (whole && line > 0)) {
          const slack = Math.max(0, room - w) / room;
          cost += RAGGED * slack * slack;
        }
        if (b.kind === 'hyphen' && prevHyphen) cost += HYPHEN_AFTER_HYPHEN;
        const slot = key(Math.min(line + 1, lineClasses - 1), b.kind === 'hyphen');
        const have = best[k]![slot];
        if (!have || cost < have.cost) best[k]![slot] = { cost, line: line + 1, prev: j, prevState: s };
      }
      if (w > widest + 0.01) break; // starting earlier only makes the line longer
    }
    listed[k] = best[k]!.flatMap((st, s) => (st ? [{ s, state: st }] : []));
  }

  // Follow the cheapest end back to the start.
  const last = breaks.length - 1;
  let s = best[last]!.reduce((m, st, i) => (st && (m < 0 || st.cost < best[last]![m]!.cost) ? i : m), -1);
  const chosen: Break[] = [];
  for (let k = last; k >= 0 && s >= 0; ) {
    const st: State = best[k]![s]!;
    chosen.unshift(breaks[k]!);
    [k, s] = [st.prev, st.prevState];
  }

  const lines: Paragraph[] = [];
  let start = 0;
  for (const b of chosen) {
    // Without its closing line break: textkit would drop the character later but keep its run, set in
    // the fallback font (Source Sans has no glyph for it), and an unembedded Helvetica would be named in the PDF.
    if (b.kind === 'end') lines.push(hook.slice(start, p.string.endsWith('\n') ? p.string.length - 1 : p.string.length, p));
    else if (b.kind === 'space') {
      lines.push(hook.slice(start, tokens[b.at]!.end, p));
      start = tokens[b.at]!.end;
    } else {
      const line = hook.slice(start, tokens[b.at]!.end, p);
      lines.push(markInsertedHyphen(hook.insertGlyph(line.string.length, HYPHEN, line)));
      start = tokens[b.at]!.end;
    }
  }
  return lines;
}

/**
 * The hyphen just inserted ends the line's last run: that run says so, so that
 * drawing it can mark the hyphen to read as nothing (src/render/tagging.ts),
 * and text taken from the PDF gives the whole word. A hyphen of the text itself
 * ("denk- en doekaarten") is never marked.
 */
function markInsertedHyphen(p: Paragraph): Paragraph {
  const last = p.runs.length - 1;
  if (last < 0) return p;
  return { ...p, runs: p.runs.map((r, i) => (i === last ? { ...r, attributes: { ...r.attributes, [INSERTED_HYPHEN]: true } } : r)) };
}
