import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import { typo } from './typography.js';
import { FONT, GREY, mm } from './units.js';

/** "Voor wie" and "Wanneer" side by side: what a facilitator reads first to choose the package. */
export function DraaiboekFacts({ audience, when }: { audience: string; when: string }) {
  const cell = (label: string, text: string, last = false) => (
    <View {...tag('Div')} style={{ flex: 1, marginRight: last ? 0 : mm(6) }}>
      <Text {...tag('H2')} style={{ fontFamily: FONT, fontWeight: 700, fontSize: 9, color: GREY, textTransform: 'uppercase', letterSpacing: 0.5 }}>{label}</Text>
      <Text {...tag('P')} style={{ fontFamily: FONT, fontSize: 10, lineHeight: 1.35, marginTop: 1 }}>{typo(text)}</Text>
    </View>
  );
  return (
    <View wrap={false} style={{ flexDirection: 'row', marginBottom: mm(4) }}>
      {cell('Voor wie', audience)}
      {cell('Wanneer', when, true)}
    </View>
  );
}
