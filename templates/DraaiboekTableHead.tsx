import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import { NEEDS_COLUMN, TIME_COLUMN } from './DraaiboekStep.js';
import { FONT, GREY, mm } from './units.js';

/** Names the timetable's columns, in the small capitals of the draaiboek's labels; again at the top of page 2 when the table runs onto it. */
export function DraaiboekTableHead() {
  const label = { fontFamily: FONT, fontWeight: 700, fontSize: 8, color: GREY, textTransform: 'uppercase', letterSpacing: 0.5 } as const;
  return (
    <View {...tag('TR', { repeated: true })} fixed style={{ flexDirection: 'row', paddingBottom: mm(1) }}>
      <Text {...tag('TH', { scope: 'Column' })} style={{ ...label, width: TIME_COLUMN }}>Tijd</Text>
      <Text {...tag('TH', { scope: 'Column' })} style={{ ...label, flex: 1 }}>Wat je doet</Text>
      <Text {...tag('TH', { scope: 'Column' })} style={{ ...label, width: NEEDS_COLUMN }}>Nodig</Text>
    </View>
  );
}
