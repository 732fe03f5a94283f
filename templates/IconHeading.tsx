import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import { Icon } from './Icon.js';
import type { IconName } from './icons/tabler.js';

/** A heading with its pictogram before it, the icon as tall as a capital and a half. */
export function IconHeading({ icon, text, size, colour, style }: { icon: IconName; text: string; size: number; colour: string; style?: { marginTop?: number; marginBottom?: number } }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', ...style }}>
      <Icon name={icon} size={size * 1.15} colour={colour} beside={text} />
      <Text {...tag('H2')} style={{ fontWeight: 700, fontSize: size, color: colour, marginLeft: size * 0.35 }}>{text}</Text>
    </View>
  );
}
