import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import { FONT, GREY, INK, RULE, mm, tint, TYPE, TINTS } from './units.js';
import { wholeWords } from './wholeWords.js';
import { Icon } from './Icon.js';
import type { IconName } from './icons/tabler.js';

/** One material in the list on a package cover (an LI): what it is and its paper size, then the detail. */
export function CoverItem({ label, paper, title, detail, colour, icon }: { label: string; paper: string; title: string; detail?: string; colour: string; icon: IconName }) {
  return (
    <View wrap={false} {...tag('LI')} style={{ flexDirection: 'row', paddingVertical: mm(2.5), borderTopWidth: 0.5, borderTopColor: RULE }}>
      <View style={{ width: mm(9), paddingTop: 1 }}>
        <Icon name={icon} size={mm(6)} colour={colour} beside={label} />
      </View>
      {/* Read as the item's label ("Werkblad", "A4") and its body (what it holds). */}
      <View {...tag('Lbl')} style={{ width: mm(40), paddingRight: mm(4) }}>
        <Text style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.subheading, color: colour }}>{label}</Text>
        <Text style={{ fontFamily: FONT, fontSize: TYPE.small, color: INK, backgroundColor: tint(colour, TINTS.tag), alignSelf: 'flex-start', paddingHorizontal: 3, paddingVertical: 1, marginTop: 2, borderRadius: 2 }}>
          {paper}
        </Text>
      </View>
      <View {...tag('LBody')} style={{ flex: 1 }}>
        <Text hyphenationCallback={wholeWords} style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.subheading, color: INK, lineHeight: 1.3 }}>{title}</Text>
        {detail ? <Text style={{ fontFamily: FONT, fontSize: TYPE.small, color: GREY, lineHeight: 1.35, marginTop: 1 }}>{detail}</Text> : null}
      </View>
    </View>
  );
}
