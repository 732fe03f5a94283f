import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import type { Theme } from '../src/model/types.js';
import { FONT, mm, TYPE } from './units.js';
import { wholeWords } from './wholeWords.js';
import { themeLabel } from '../src/model/themeLabel.js';

/**
 * The theme's colour with its letter, large: seen from the side of a stack of
 * paper it marks where a package starts. Inside the margins, because an office
 * printer cannot print to the edge of the sheet.
 */
export function CoverBand({ theme, height, letter = theme.implicit ? undefined : theme.id }: { theme: Theme; height: number; letter?: string }) {
  const box = height - mm(16);
  return (
    <View style={{ height, backgroundColor: theme.colour, borderRadius: 4, flexDirection: 'row', alignItems: 'center', paddingHorizontal: mm(8) }}>
      {/* A toolkit without themes has no letter: a package's cover shows its number, the contents nothing. */}
      {letter === undefined ? null : (
        <View {...tag('Artifact')} style={{ width: box, height: box, borderRadius: box * 0.12, backgroundColor: '#ffffff', alignItems: 'center', justifyContent: 'center', marginRight: mm(7) }}>
          <Text style={{ fontFamily: FONT, fontWeight: 700, fontSize: box * 0.62, lineHeight: 1, color: theme.colour }}>{letter}</Text>
        </View>
      )}
      <View style={{ flex: 1 }}>
        {theme.implicit ? null : <Text style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.heading, color: '#ffffff' }}>{themeLabel(theme, false)}</Text>}
        <Text hyphenationCallback={wholeWords} style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.title, color: '#ffffff', lineHeight: 1.15 }}>{theme.name}</Text>
      </View>
    </View>
  );
}
