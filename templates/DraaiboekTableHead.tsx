import { Text, View } from '@react-pdf/renderer';
import { NEEDS_COLUMN, TIME_COLUMN } from './DraaiboekStep.js';
import { FONT, GREY, mm } from './units.js';

/** Names the timetable's columns, in the small capitals of the draaiboek's labels. */
export function DraaiboekTableHead() {
  const label = { fontFamily: FONT, fontWeight: 700, fontSize: 8, color: GREY, textTransform: 'uppercase', letterSpacing: 0.5 } as const;
  return (
    <View style={{ flexDirection: 'row', paddingBottom: mm(1) }}>
      <Text style={{ ...label, width: TIME_COLUMN }}>Tijd</Text>
      <Text style={{ ...label, flex: 1 }}>Wat je doet</Text>
      <Text style={{ ...label, width: NEEDS_COLUMN }}>Nodig</Text>
    </View>
  );
}
