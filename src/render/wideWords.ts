import type { LayoutNode } from '@react-pdf/layout';
import { problem, type Loc, type Problem } from '../errors.js';
import { inkWidth } from './fit.js';

type Line = NonNullable<LayoutNode['lines']>[number];
type Box = NonNullable<LayoutNode['box']> & { paddingLeft?: number; paddingRight?: number };

/**
 * Lines wider than the text they are in, anywhere in a laid-out document: a
 * word that cannot break runs past its box (and off the page). Used for what
 * has no fit marks of its own (the werkblad, the draaiboek).
 */
function wideLines(tree: LayoutNode): { line: string; excess: number }[] {
  const found: { line: string; excess: number }[] = [];
  const walk = (n: LayoutNode) => {
    if (n.type === 'TEXT' && n.lines?.length && n.box) {
      const b = n.box as Box;
      const inner = b.width - (b.paddingLeft ?? 0) - (b.paddingRight ?? 0);
      for (const line of n.lines as Line[]) {
        const excess = inkWidth(line) - inner;
        if (excess > 0.5) found.push({ line: line.string.trim(), excess });
      }
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  return found;
}

const ellipsis = (s: string) => (s.length > 24 ? s.slice(0, 20) + '…' : s);

/**
 * A fit problem per word that does not fit its box, at the place of the text
 * it is in: the source texts are searched for the word.
 */
export function wideWordProblems(tree: LayoutNode, texts: { text: string; at: Loc }[], what: string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const { line, excess } of wideLines(tree)) {
    const word = line.split(/\s+/).sort((a, b) => b.length - a.length)[0]!.replace(/[\u00ad-]+$/, '');
    const source = texts.find((t) => t.text.includes(word));
    const key = `${source?.at.path ?? ''}\0${word}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem('word-too-wide', { word: ellipsis(word), length: word.length, excess: Math.ceil(excess), where: what }, source?.at ? { at: source.at } : {}));
  }
  return problems;
}
