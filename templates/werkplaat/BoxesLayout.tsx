import { View } from '@react-pdf/renderer';
import type { LayoutProps } from './LayoutProps.js';
import { AreaBox } from './AreaBox.js';

/**
 * Columns (two or three areas in contrast: leefwereld and systeemwereld) and
 * grids (2 x 2, 2 x 3): boxes where geometry.ts puts them.
 */
export function BoxesLayout({ plaat, colour, sizes, width, height, geometry, fit }: LayoutProps) {
  return (
    <View style={{ width, height }}>
      {plaat.areas.map((a, i) => (
        <AreaBox key={i} area={a} colour={colour} sizes={sizes} fit={fit({ of: 'area', index: i })} rect={geometry.boxes[i]!} />
      ))}
    </View>
  );
}
