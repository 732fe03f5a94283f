import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import { typo } from './typography.js';
import { DraaiboekSection } from './DraaiboekSection.js';
import { FONT, mm } from './units.js';
import { Icon } from './Icon.js';
import type { IconName } from './icons/tabler.js';

/** A short list under a heading, or beside one (without `heading`): a checklist (a box to tick) or points to read (a bullet). */
export function DraaiboekList({ heading, items, colour, marker, icons, text }: { heading?: string; items: string[]; colour: string; marker: 'box' | 'bullet'; icons?: IconName[]; text?: { fontFamily?: string; fontSize?: number; lineHeight?: number } }) {
  // The marker sits in the middle of the first line, a little above it (x-height), at any size: 4.5 and 3 pt at 10 pt.
  const line = Number(text?.fontSize ?? 10) * Number(text?.lineHeight ?? 1.35);
  const drop = (marker: number, up: number) => (line - marker) / 2 - up;
  const itemText = { fontFamily: FONT, fontSize: 10, lineHeight: 1.35, ...text, flex: 1 };
  const list = (
    <View {...tag('L')}>
      {items.map((item, i) => (
        <View key={i} wrap={false} {...tag('LI')} style={{ flexDirection: 'row', marginBottom: mm(1) }}>
          {marker === 'box' ? (
            <View style={{ width: mm(2.2), height: mm(2.2), borderWidth: 0.8, borderColor: colour, marginTop: drop(mm(2.2), 0.65), marginRight: mm(2.5) }} />
          ) : (
            <View style={{ width: mm(1.4), height: mm(1.4), borderRadius: mm(0.7), backgroundColor: colour, marginTop: drop(mm(1.4), 0.25), marginLeft: mm(0.4), marginRight: mm(2.9) }} />
          )}
          {icons?.[i] ? (
            // The pictogram in the item's body, so that one that is a Figure is read with its item.
            <View {...tag('LBody')} style={{ flexDirection: 'row', flex: 1 }}>
              <View style={{ marginTop: 1, marginRight: mm(1.5) }}>
                <Icon name={icons[i]!} size={11} colour={colour} beside={item} />
              </View>
              <Text style={itemText}>{typo(item)}</Text>
            </View>
          ) : (
            <Text {...tag('LBody')} style={itemText}>{typo(item)}</Text>
          )}
        </View>
      ))}
    </View>
  );
  return heading ? (
    <DraaiboekSection heading={heading} colour={colour}>
      {list}
    </DraaiboekSection>
  ) : (
    list
  );
}
