import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import type { Package } from '../src/model/types.js';
import { packageContents } from './contents.js';
import { FONT, GREY, INK, RULE, mm, TYPE } from './units.js';
import { wholeWords } from './wholeWords.js';

/**
 * The measure of the overview's running text. 10 pt Source Sans holds about
 * 0.68 characters a millimetre: 104 mm is 60-72 characters a line, where the
 * full 168 mm beside the theme's letter held 98-115 (issue 24, item 3).
 */
export const OVERVIEW_MEASURE = mm(104);

/**
 * One package in the overview: number and title in a label column, what it
 * contains beside them at a reading measure. Never split, so its number,
 * title and contents stay on one page.
 */
export function OverviewRow({ pkg, first, heading }: { pkg: Package; first: boolean; heading: 'H2' | 'H3' }) {
  const c = packageContents(pkg);
  const small = { fontFamily: FONT, fontSize: TYPE.small, lineHeight: 1.3 } as const;
  return (
    <View wrap={false} {...tag('Div')} style={{ flexDirection: 'row', paddingVertical: mm(1.8), paddingLeft: mm(12), borderTopWidth: first ? 0 : 0.5, borderTopColor: RULE }}>
      {/* Number and title in one text, so that text extraction keeps them together. */}
      <Text hyphenationCallback={wholeWords} {...tag(heading)} style={{ flex: 1, paddingRight: mm(5), fontFamily: FONT, fontWeight: 700, fontSize: TYPE.subheading, color: INK, lineHeight: 1.2 }}>
        <Text style={{ color: pkg.theme.colour }}>{pkg.number}. </Text>
        {pkg.title}
      </Text>
      {/* The werkblad and the cards fill a line; the werkplaten, whose titles vary in length, flow below them. */}
      <View style={{ width: OVERVIEW_MEASURE }}>
        <Text {...tag('P')} style={{ ...small, color: INK }}>{[c.werkblad, c.kaarten].filter(Boolean).join(' · ')}</Text>
        {c.werkplaten ? <Text {...tag('P')} style={{ ...small, color: GREY }}>{c.werkplaten}</Text> : null}
      </View>
    </View>
  );
}
