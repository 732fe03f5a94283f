import { Text, View } from '@react-pdf/renderer';
import type { LayoutProps } from './LayoutProps.js';
import { AreaBox } from './AreaBox.js';
import { POSTER } from './sizes.js';
import { INK, mm, tint } from '../units.js';

/** One central question, with the areas in columns left and right of it. */
export function CanvasLayout({ plaat, colour, sizes, fit }: LayoutProps) {
  const half = Math.ceil(plaat.areas.length / 2);
  const sides = [plaat.areas.slice(0, half), plaat.areas.slice(half)];
  const centre = plaat.centre!;
  const mark = (part: string) => ({ 'data-fit': `${fit}c:${part}` }) as object;
  const side = (areas: typeof plaat.areas, offset: number) => (
    <View style={{ flexGrow: 1, flexBasis: 0 }}>
      {areas.map((a, i) => (
        <AreaBox key={i} area={a} colour={colour} sizes={sizes} fitKey={`${fit}a${offset + i}`} style={{ flexGrow: 1, flexBasis: 0, marginTop: i ? POSTER.gap : 0 }} />
      ))}
    </View>
  );
  return (
    <View style={{ flexDirection: 'row', flexGrow: 1 }}>
      {side(sides[0]!, 0)}
      <View style={{ flexGrow: 1.15, flexBasis: 0, marginHorizontal: POSTER.gap, backgroundColor: colour, borderRadius: 8, padding: mm(6), paddingTop: mm(10) }} {...mark('box')}>
        <Text style={{ fontWeight: 700, fontSize: sizes.heading + 6, color: '#ffffff', lineHeight: 1.1, textAlign: 'center' }} {...mark('heading')}>
          {centre.heading}
        </Text>
        <Text style={{ fontSize: sizes.prompt + 4, color: '#ffffff', lineHeight: 1.25, marginTop: mm(3), textAlign: 'center' }} {...mark('prompt')}>
          {centre.prompt}
        </Text>
        <View style={{ flexGrow: 0, height: mm(45), marginTop: mm(6), backgroundColor: tint(colour, 0.92), borderRadius: 6 }}>
          <Text style={{ fontSize: 14, color: INK, padding: mm(2.5) }}>Ons antwoord:</Text>
        </View>
      </View>
      {side(sides[1]!, half)}
    </View>
  );
}
