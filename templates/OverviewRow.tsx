import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import type { Package } from '../src/model/types.js';
import { packageContents } from './contents.js';
import { FONT, GREY, INK, RULE, mm, TYPE } from './units.js';
import { wholeWords } from './wholeWords.js';

/** One package in the overview; never split, so its number, title and contents stay on one page. */
export function OverviewRow({ pkg, first, heading }: { pkg: Package; first: boolean; heading: 'H2' | 'H3' }) {
  const c = packageContents(pkg);
  return (
    <View wrap={false} {...tag('Div')} style={{ paddingVertical: mm(1.6), paddingLeft: mm(12), borderTopWidth: first ? 0 : 0.5, borderTopColor: RULE }}>
      {/* Number and title in one line of text, so that text extraction keeps them together. */}
      <Text hyphenationCallback={wholeWords} {...tag(heading)} style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.subheading, color: INK, lineHeight: 1.2 }}>
        <Text style={{ color: pkg.theme.colour }}>{pkg.number}. </Text>
        {pkg.title}
      </Text>
      {/* One flowing paragraph: werkplaat titles vary in length, so separate lines would waste most of a line. */}
      <Text {...tag('P')} style={{ fontFamily: FONT, fontSize: TYPE.small, color: INK, lineHeight: 1.25, marginTop: 1 }}>
        {[c.werkblad, c.kaarten].filter(Boolean).join(' · ')}
        {c.werkplaten ? <Text style={{ color: GREY }}> · {c.werkplaten}</Text> : null}
      </Text>
    </View>
  );
}
