import { View } from '@react-pdf/renderer';
import type { LayoutProps } from './LayoutProps.js';
import { AreaBox } from './AreaBox.js';
import { POSTER } from './sizes.js';

/** Boxes in two rows: 2 x 2 for four areas, 2 x 3 for six. */
export function GridLayout({ plaat, colour, sizes, fit }: LayoutProps) {
  const cols = plaat.areas.length / 2;
  const rows = [plaat.areas.slice(0, cols), plaat.areas.slice(cols)];
  return (
    <View style={{ flexGrow: 1 }}>
      {rows.map((row, r) => (
        <View key={r} style={{ flexDirection: 'row', flexGrow: 1, flexBasis: 0, marginTop: r ? POSTER.gap : 0 }}>
          {row.map((a, c) => (
            <AreaBox key={c} area={a} colour={colour} sizes={sizes} fitKey={`${fit}a${r * cols + c}`} style={{ flexGrow: 1, flexBasis: 0, marginLeft: c ? POSTER.gap : 0 }} />
          ))}
        </View>
      ))}
    </View>
  );
}
