import { View } from '@react-pdf/renderer';
import type { LayoutProps } from './LayoutProps.js';
import { AreaBox } from './AreaBox.js';
import { POSTER } from './sizes.js';

/** Two or three areas side by side, in contrast: leefwereld and systeemwereld. */
export function ColumnsLayout({ plaat, colour, sizes, fit }: LayoutProps) {
  return (
    <View style={{ flexDirection: 'row', flexGrow: 1 }}>
      {plaat.areas.map((a, i) => (
        <AreaBox key={i} area={a} colour={colour} sizes={sizes} fitKey={`${fit}a${i}`} style={{ flexGrow: 1, flexBasis: 0, marginLeft: i ? POSTER.gap : 0 }} />
      ))}
    </View>
  );
}
