import { createElement } from 'react';
import type { LayoutNode } from '@react-pdf/layout';
import { SHEET_WORDS, type Stamps } from '../print/words.js';
import { Stamps as StampsTemplate } from '../../templates/Stamps.js';
import { draw, layout } from './engine.js';
import { faces } from './fonts.js';
import { inkWidth } from './fit.js';

let made: Promise<Stamps> | undefined;

/** The sheet words, set once a process: they never change between sheets. */
export function sheetStamps(): Promise<Stamps> {
  return (made ??= setWords());
}

async function setWords(): Promise<Stamps> {
  const tree = await layout(createElement(StampsTemplate, { words: SHEET_WORDS }));
  const face = faces().regular as unknown as { ascent: number; descent: number; unitsPerEm: number };
  const words: Stamps['words'] = {};
  SHEET_WORDS.forEach((w, i) => {
    const text = tree.children![i]!.children![0]! as LayoutNode;
    const line = text.lines![0]!;
    // react-pdf puts the baseline at the line's top plus its ascent.
    words[w.text] = {
      page: i,
      size: w.size,
      width: inkWidth(line),
      baseline: (text.box?.top ?? 0) + line.box.y + ((line as { ascent?: number }).ascent ?? 0),
      ascent: (face.ascent / face.unitsPerEm) * w.size,
      descent: (-face.descent / face.unitsPerEm) * w.size,
    };
  });
  return { bytes: await draw(tree), words };
}
