import { Document, Page, Text } from '@react-pdf/renderer';
import type { SheetWord } from '../src/print/words.js';
import { FONT } from './units.js';
import { fitProps } from '../src/render/fitMark.js';

export const STAMP_PAGE = { width: 800, height: 40 };

/** One page a word, set at the top left, to be cut out and placed on sheets. */
export function Stamps({ words }: { words: SheetWord[] }) {
  return (
    <Document>
      {words.map((w, i) => {
        const level = Math.round(w.grey * 255).toString(16).padStart(2, '0');
        return (
          <Page key={i} size={[STAMP_PAGE.width, STAMP_PAGE.height]} wrap={false}>
            <Text style={{ fontFamily: FONT, fontSize: w.size, color: `#${level}${level}${level}`, lineHeight: 1 }} {...fitProps({ kind: 'stamp', word: i }, 'text')}>
              {w.text}
            </Text>
          </Page>
        );
      })}
    </Document>
  );
}
