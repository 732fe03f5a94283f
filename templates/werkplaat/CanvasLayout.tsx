import { View } from '@react-pdf/renderer';
import type { LayoutProps } from './LayoutProps.js';
import { AreaBox } from './AreaBox.js';
import { CentreStrip } from './CentreStrip.js';

/** One central question across the top, the areas around it in a row below. */
export function CanvasLayout({ plaat, colour, sizes, width, height, geometry, fit }: LayoutProps) {
  return (
    <View style={{ width, height }}>
      <CentreStrip centre={plaat.centre!} colour={colour} sizes={sizes} rect={geometry.centre!} fit={fit({ of: 'centre' })} />
      {plaat.areas.map((a, i) => (
        <AreaBox key={i} area={a} colour={colour} sizes={sizes} fit={fit({ of: 'area', index: i })} rect={geometry.areas[i]!} />
      ))}
    </View>
  );
}
