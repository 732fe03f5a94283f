import { readFileSync } from 'node:fs';
import { countUse, install, requireFrom } from './patch.js';

/**
 * A fix of @react-pdf/render 4.7.0: its renderGlyphs converts each glyph's
 * advance from points to thousandths of the font size, but passes the offset
 * (textkit has it in points already) on unconverted, and then scales it by
 * the font size again. An offset is what places a combining mark on its
 * letter (x + U+0301, which has no composed form): so scaled it comes to
 * almost nothing, and the accent sat where the letter ends. Converting the
 * offsets of the laid-out text the same way as the advances, just before
 * drawing, puts the mark where the font says. On with the speed-ups off too.
 */
export const MARK_OFFSETS = { name: 'markOffsets', kind: 'fix', library: '@react-pdf/render', version: '4.7.0' } as const;

/** The lines in renderGlyphs that pass the offsets on unconverted. */
const ANCHOR = 'xAdvance: pos.xAdvance * scale,\n        yAdvance: pos.yAdvance * scale,\n        xOffset: pos.xOffset,\n        yOffset: pos.yOffset,';

let anchored: boolean | undefined;
const hasTheBug = () => (anchored ??= readFileSync(requireFrom().resolve('@react-pdf/render'), 'utf8').split(ANCHOR).length === 2);

interface Position {
  xOffset?: number;
  yOffset?: number;
}
interface Run {
  positions?: Position[];
  attributes?: { fontSize?: number; attachment?: unknown };
}
interface Node {
  lines?: { runs?: Run[] }[];
  children?: Node[];
}

const converted = new WeakSet<Position>();

/** Converts the glyph offsets in a layout tree as renderGlyphs needs them; call once a tree, before drawing it. */
export function convertMarkOffsets(tree: object): void {
  if (!install(MARK_OFFSETS, tree, hasTheBug, () => {})) return;
  const walk = (n: Node) => {
    for (const line of n.lines ?? [])
      for (const run of line.runs ?? []) {
        const size = run.attributes?.fontSize;
        if (!size || run.attributes?.attachment) continue;
        for (const p of run.positions ?? []) {
          if ((!p.xOffset && !p.yOffset) || converted.has(p)) continue;
          converted.add(p);
          countUse(MARK_OFFSETS);
          if (p.xOffset) p.xOffset *= 1000 / size;
          if (p.yOffset) p.yOffset *= 1000 / size;
        }
      }
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree as Node);
}
