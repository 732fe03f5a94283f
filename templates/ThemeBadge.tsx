import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import { FONT } from './units.js';

/** The theme's letter on its colour: the letter keeps the theme clear in black and white. */
/** `decorative`: the theme is named in words next to it, so a screen reader skips the badge (an artifact). */
export function ThemeBadge({ letter, colour, size, decorative }: { letter: string; colour: string; size: number; decorative?: boolean }) {
  return (
    <View {...(decorative ? tag('Artifact') : {})} style={{ width: size, height: size, backgroundColor: colour, borderRadius: size * 0.12, alignItems: 'center', justifyContent: 'center' }}>
      <Text style={{ fontFamily: FONT, fontWeight: 700, color: '#ffffff', fontSize: size * 0.62, lineHeight: 1 }}>{letter}</Text>
    </View>
  );
}
