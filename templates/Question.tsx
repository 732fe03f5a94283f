import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import { typo } from './typography.js';
import { FONT, INK, RULE, mm, TYPE } from './units.js';

/** The height of one line to write on. */
export const WRITE_LINE = mm(8);
/** College ruled: only where lines of WRITE_LINE take the werkblad past its sheet (src/outputs/kinds/werkblad/render.ts). */
export const TIGHT_WRITE_LINE = mm(7);

/** The question's measure: at 11 pt 75 characters a line or fewer, label included, where the page's width held up to 106. */
export const QUESTION_WIDTH = mm(110);

/** One reflection question with lines to write on (the page's full width: they are for writing, not reading); never split from its lines. */
export function Question({ n, text, colour, lines, line = WRITE_LINE }: { n: number; text: string; colour: string; lines: number; /** Height of a writing line. */ line?: number }) {
  // 3 mm apart: in its measure a long question takes a second line, and the werkblad still fits its sheet.
  return (
    <View wrap={false} {...tag('LI')} style={{ marginBottom: mm(3) }}>
      <View style={{ flexDirection: 'row' }}>
        <Text {...tag('Lbl')} style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.body, color: colour, width: mm(7) }}>{n}.</Text>
        <Text {...tag('LBody')} style={{ fontFamily: FONT, fontSize: TYPE.body, color: INK, flex: 1, maxWidth: QUESTION_WIDTH, lineHeight: 1.3 }}>{typo(text)}</Text>
      </View>
      {Array.from({ length: lines }, (_, i) => (
        <View key={i} style={{ marginLeft: mm(7), height: line, borderBottomWidth: 0.6, borderBottomColor: RULE }} />
      ))}
    </View>
  );
}
