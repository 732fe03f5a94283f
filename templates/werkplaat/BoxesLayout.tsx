import { View } from '@react-pdf/renderer';
import type { LayoutProps } from './LayoutProps.js';
import { AreaBox } from './AreaBox.js';
import { GridAxes } from './GridAxes.js';

/**
 * Columns (two areas in contrast, or two and a third across the foot) and
 * grids (2 x 2): boxes where geometry.ts puts them, and a grid's axes.
 */
export function BoxesLayout({ plaat, colour, sizes, width, height, geometry, fit }: LayoutProps) {
  return (
    <View style={{ width, height }}>
      {plaat.areas.map((a, i) => (
        <AreaBox key={i} area={a} colour={colour} sizes={sizes} fit={fit({ of: 'area', index: i })} rect={geometry.areas[i]!} />
      ))}
      {plaat.axes && geometry.axes && <GridAxes axes={plaat.axes} rects={geometry.axes} colour={colour} sizes={sizes} />}
    </View>
  );
}
