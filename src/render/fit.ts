/**
 * Finds text that does not fit, from react-pdf's layout tree. React-PDF says
 * nothing about overflow itself: it drops lines, or draws over what follows.
 *
 * Templates mark what to check (fitMark.ts): a group's `box` on the area
 * the text must stay inside, its other parts on each Text in it. The
 * shapes read here (box, lines, runs) are react-pdf internals, which is why
 * the @react-pdf packages are pinned exactly; test/fit.test.ts covers them.
 */
import type { LayoutNode } from '@react-pdf/layout';
import { problem, type Problem } from '../errors.js';
import { groupKey, markOf, type FitGroup, type FitMark } from './fitMark.js';

export interface Fit {
  group: FitGroup;
  /** Points by which the text runs past the bottom of its box. */
  overflow: number;
  /** Height of one line of the text that overflows, to say it in lines. */
  lineHeight: number;
  /** Font sizes of the text that runs furthest over, and of the first text cut short: a box may hold a heading and a prompt. */
  overflowSize?: number;
  droppedSize?: number;
  /** A line wider than its box: a word that cannot break; with its font size. */
  tooWide?: { line: string; excess: number; fontSize?: number };
  /** Fewer characters laid out than written: react-pdf dropped some. */
  dropped: boolean;
  /** Words written but not laid out. */
  droppedWords: number;
  /** Words written in the box: with droppedWords, how many did fit. */
  writtenWords?: number;
}

export const fits = (f: Fit) => f.overflow <= 0.5 && !f.tooWide && !f.dropped;

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

interface Abs {
  mark: FitMark;
  /** Order in the tree, of the first node with this mark. */
  seen: number;
  node: LayoutNode;
  top: number;
}

type Box = NonNullable<LayoutNode['box']> & { paddingTop?: number; paddingBottom?: number; paddingLeft?: number; paddingRight?: number; borderBottomWidth?: number };

/** The marked nodes, by group, each where it is on its page. */
function collect(tree: LayoutNode): Map<string, Abs[]> {
  const found = new Map<string, Abs[]>();
  let seen = 0;
  const walk = (n: LayoutNode, top: number) => {
    const own = top + (n.type === 'PAGE' ? 0 : (n.box?.top ?? 0));
    const mark = markOf(n.props as Record<string, unknown> | undefined);
    if (mark) {
      const key = groupKey(mark.group);
      const group = found.get(key) ?? [];
      found.set(key, group);
      // A part marked twice counts once, where it was first met, as its last node.
      const i = group.findIndex((a) => a.mark.part === mark.part);
      const at = { mark, node: n, top: own, seen: i >= 0 ? group[i]!.seen : seen++ };
      if (i >= 0) group[i] = at;
      else group.push(at);
    }
    for (const c of n.children ?? []) walk(c, n.type === 'PAGE' ? 0 : own);
  };
  walk(tree, 0);
  return found;
}

const squash = (s: string) => s.replace(/[\s\u00ad-]+/g, '');

function textOf(n: LayoutNode): string {
  return (n.children ?? []).map((c) => (c.type === 'TEXT_INSTANCE' ? String((c as { value?: unknown }).value ?? '') : textOf(c))).join('');
}

type Line = NonNullable<LayoutNode["lines"]>[number];

/** A line's inked width: its advance without the spaces it ends on. */
export function inkWidth(line: Line): number {
  let width = line.xAdvance ?? line.box.width;
  const trailing = line.string.length - line.string.trimEnd().length;
  const positions = (line.runs ?? []).flatMap((r) => r.positions ?? []);
  for (let i = 0; i < trailing && positions.length; i++) width -= positions[positions.length - 1 - i]!.xAdvance;
  return width;
}

/** How the text of each marked box fits, a box a group. */
export function measureFit(tree: LayoutNode): Fit[] {
  const out: Fit[] = [];
  const groups = [...collect(tree).values()].flatMap((marks) => {
    const box = marks.find((a) => a.mark.part === 'box');
    return box ? [{ box, marks: [...marks].sort((a, b) => a.seen - b.seen) }] : [];
  });
  for (const { box, marks } of groups.sort((a, b) => a.box.seen - b.box.seen)) {
    const b = box.node.box as Box;
    const bottom = box.top + b.height - (b.paddingBottom ?? 0) - (b.borderBottomWidth ?? 0);
    const fit: Fit = { group: box.mark.group, overflow: 0, lineHeight: 0, dropped: false, droppedWords: 0 };
    for (const t of marks) {
      if (t === box) continue;
      const tb = t.node.box as Box;
      const lines = (t.node.lines ?? []) as Line[];
      const inner = tb.width - (tb.paddingLeft ?? 0) - (tb.paddingRight ?? 0);
      const fontSize = (t.node as { style?: { fontSize?: number } }).style?.fontSize;
      for (const line of lines) {
        const lineBottom = t.top + (tb.paddingTop ?? 0) + line.box.y + line.box.height;
        if (lineBottom - bottom > fit.overflow) [fit.overflow, fit.lineHeight, fit.overflowSize] = [lineBottom - bottom, line.box.height, fontSize];
        const excess = inkWidth(line) - inner;
        if (excess > 0.5 && (!fit.tooWide || excess > fit.tooWide.excess)) fit.tooWide = { line: line.string.trim(), excess, fontSize };
      }
      const laid = lines.map((l) => l.string).join('');
      const written = textOf(t.node);
      fit.writtenWords = (fit.writtenWords ?? 0) + countWords(written);
      if (squash(laid).length < squash(written).length) {
        fit.droppedSize ??= fontSize;
        fit.dropped = true;
        fit.droppedWords += Math.max(1, countWords(written) - countWords(laid));
      }
    }
    out.push(fit);
  }
  return out;
}

/**
 * Says what does not fit and by how much, at the source's place. `size` is
 * the size tried, for when the layout tree does not say the failing text's.
 */
export function misfit(at: Problem['at'], path: string, fit: Fit, size: number, hint: string): Problem {
  const where = at ? { ...at, path } : undefined;
  if (fit.tooWide) {
    size = fit.tooWide.fontSize ?? size;
    const word = fit.tooWide.line.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
    return problem('text-too-wide', { size: pt(size), word: ellipsis(word), excess: Math.ceil(fit.tooWide.excess) }, { at: where });
  }
  size = (fit.dropped ? fit.droppedSize : fit.overflowSize) ?? size;
  const lines = fit.lineHeight ? Math.ceil(fit.overflow / fit.lineHeight) : 0;
  // React-pdf drops what runs past a box, so dropped words are the better measure.
  const fitting = (fit.writtenWords ?? 0) - fit.droppedWords;
  const much = fit.dropped
    ? `ongeveer ${fit.droppedWords} ${fit.droppedWords === 1 ? 'woord' : 'woorden'} te veel` + (fitting > 0 ? ` (op ${pt(size)} passen er ongeveer ${fitting} van de ${fit.writtenWords})` : '')
    : `${lines} ${lines === 1 ? 'regel' : 'regels'} (${Math.ceil(fit.overflow)} pt) te veel`;
  return problem('text-overflow', { size: pt(size), much }, { hint, at: where });
}

const pt = (size: number) => `${String(size).replace('.', ',')} pt`;

const ellipsis = (s: string) => (s.length > 24 ? s.slice(0, 20) + '…' : s);
