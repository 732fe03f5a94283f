import { Text, View } from '@react-pdf/renderer';
import { typo } from './typography.js';
import { mm } from './units.js';
import { wholeWords } from './wholeWords.js';

const GAP = mm(6);

/**
 * Where a paragraph is split over two columns: after the sentence that brings
 * the first column nearest to half the text, so each column ends a sentence.
 * React-pdf has no column flow; at most a line of difference in height.
 */
export function splitForColumns(text: string): [string, string] {
  const sentences = text.split(/(?<=[.!?…])\s+/);
  if (sentences.length < 2) return [text, ''];
  let best = 1;
  let used = 0;
  let off = Infinity;
  for (let i = 1; i < sentences.length; i++) {
    used += sentences[i - 1]!.length + 1;
    const d = Math.abs(used - text.length / 2);
    if (d < off) [best, off] = [i, d];
  }
  return [sentences.slice(0, best).join(' '), sentences.slice(best).join(' ')];
}

/** A paragraph in two columns, unhyphenated (narrow columns would hyphenate line after line): at 10 pt a column on A4 holds about 60 characters a line, where the full width held 120. */
export function TwoColumns({ text, fontSize, lineHeight }: { text: string; fontSize: number; lineHeight: number }) {
  const [left, right] = splitForColumns(typo(text));
  return (
    <View style={{ flexDirection: 'row' }}>
      <Text hyphenationCallback={wholeWords} style={{ flex: 1, fontSize, lineHeight, marginRight: GAP }}>{left}</Text>
      <Text hyphenationCallback={wholeWords} style={{ flex: 1, fontSize, lineHeight }}>{right}</Text>
    </View>
  );
}
