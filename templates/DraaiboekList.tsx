import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import { typo } from './typography.js';
import { DraaiboekSection } from './DraaiboekSection.js';
import { FONT, mm } from './units.js';
import { Icon } from './Icon.js';
import type { IconName } from './icons/tabler.js';

/** A short list under a heading: a checklist (a box to tick) or points to read (a bullet). */
export function DraaiboekList({ heading, items, colour, marker, icons }: { heading: string; items: string[]; colour: string; marker: 'box' | 'bullet'; icons?: IconName[] }) {
  return (
    <DraaiboekSection heading={heading} colour={colour}>
      <View {...tag('L')}>
      {items.map((item, i) => (
        <View key={i} wrap={false} {...tag('LI')} style={{ flexDirection: 'row', marginBottom: mm(1) }}>
          {marker === 'box' ? (
            <View style={{ width: mm(2.2), height: mm(2.2), borderWidth: 0.8, borderColor: colour, marginTop: 3, marginRight: mm(2.5) }} />
          ) : (
            <View style={{ width: mm(1.4), height: mm(1.4), borderRadius: mm(0.7), backgroundColor: colour, marginTop: 4.5, marginLeft: mm(0.4), marginRight: mm(2.9) }} />
          )}
          {icons?.[i] ? (
            <View style={{ marginTop: 1, marginRight: mm(1.5) }}>
              <Icon name={icons[i]!} size={11} colour={colour} />
            </View>
          ) : null}
          <Text {...tag('LBody')} style={{ fontFamily: FONT, fontSize: 10, lineHeight: 1.35, flex: 1 }}>{typo(item)}</Text>
        </View>
      ))}
      </View>
    </DraaiboekSection>
  );
}
