import type { ReactNode } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import { FONT, RULE, mm } from './units.js';
import { wholeWords } from './wholeWords.js';

/** The label column: the text beside it keeps a measure of 108 mm. */
export const LABEL_COLUMN = mm(72);
/** Running text beside the label column: about 67 characters a line at this size (measured: 60-75), where two columns held 55. */
export const ASIDE_TEXT = { fontFamily: FONT, fontSize: 10.5, lineHeight: 1.42 } as const;

/**
 * A part of the draaiboek after the timetable, in a grid like the guide's:
 * the heading in the theme colour in a label column, the text beside it. Kept on
 * one page, so a tip or the film's idea is never split from its heading.
 */
export function DraaiboekAside({ heading, colour, last, gap = 0, children }: { heading: string; colour: string; last?: boolean; /** Space below it. */ gap?: number; children: ReactNode }) {
  return (
    <View wrap={false} {...tag('Sect')} style={{ flexDirection: 'row', paddingTop: mm(2.2), paddingBottom: mm(3), marginBottom: gap, borderTopWidth: 0.5, borderTopColor: RULE, ...(last ? { borderBottomWidth: 0.5, borderBottomColor: RULE } : {}) }}>
      <Text hyphenationCallback={wholeWords} {...tag('H2')} style={{ width: LABEL_COLUMN, paddingRight: mm(6), fontFamily: FONT, fontWeight: 700, fontSize: 12, lineHeight: 1.25, color: colour }}>
        {heading}
      </Text>
      <View style={{ flex: 1 }}>{children}</View>
    </View>
  );
}
