import { View } from '@react-pdf/renderer';
import type { Theme } from '../src/model/types.js';

/** One segment per theme: marks the guide and the overview as about the whole toolkit, not one theme. */
export function ColourStripe({ themes, height }: { themes: Theme[]; height: number }) {
  return (
    <View style={{ flexDirection: 'row', height }}>
      {themes.map((t) => (
        <View key={t.id} style={{ flex: 1, backgroundColor: t.colour }} />
      ))}
    </View>
  );
}
