import { Text, View } from '@react-pdf/renderer';
import type { Theme } from '../src/model/types.js';
import { FONT, mm, TYPE } from './units.js';
import { wholeWords } from './wholeWords.js';

/**
 * The theme's colour with its letter, large: seen from the side of a stack of
 * paper it marks where a package starts. Inside the margins, because an office
 * printer cannot print to the edge of the sheet.
 */
export function CoverBand({ theme, height }: { theme: Theme; height: number }) {
  const box = height - mm(16);
  return (
    <View style={{ height, backgroundColor: theme.colour, borderRadius: 4, flexDirection: 'row', alignItems: 'center', paddingHorizontal: mm(8) }}>
      <View style={{ width: box, height: box, borderRadius: box * 0.12, backgroundColor: '#ffffff', alignItems: 'center', justifyContent: 'center' }}>
        <Text style={{ fontFamily: FONT, fontWeight: 700, fontSize: box * 0.62, lineHeight: 1, color: theme.colour }}>{theme.id}</Text>
      </View>
      <View style={{ marginLeft: mm(7), flex: 1 }}>
        <Text style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.heading, color: '#ffffff' }}>Thema {theme.id}</Text>
        <Text hyphenationCallback={wholeWords} style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.title, color: '#ffffff', lineHeight: 1.15 }}>{theme.name}</Text>
      </View>
    </View>
  );
}
