import { Text, View } from '@react-pdf/renderer';
import { FONT } from './units.js';

/** The theme's letter on its colour: the letter keeps the theme clear in black and white. */
export function ThemeBadge({ letter, colour, size }: { letter: string; colour: string; size: number }) {
  return (
    <View style={{ width: size, height: size, backgroundColor: colour, borderRadius: size * 0.12, alignItems: 'center', justifyContent: 'center' }}>
      <Text style={{ fontFamily: FONT, fontWeight: 700, color: '#ffffff', fontSize: size * 0.62, lineHeight: 1 }}>{letter}</Text>
    </View>
  );
}
