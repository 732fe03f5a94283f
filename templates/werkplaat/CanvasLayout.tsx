import { View } from '@react-pdf/renderer';
import type { LayoutProps } from './LayoutProps.js';
import { AreaBox } from './AreaBox.js';
import { CentrePanel } from './CentrePanel.js';
import { POSTIT_ROOM } from './geometry.js';
import { CENTRE_STEP_UP } from './sizes.js';

/** One central question, with the areas in columns left and right of it. */
export function CanvasLayout({ plaat, colour, sizes, width, height, geometry, fit }: LayoutProps) {
  return (
    <View style={{ width, height }}>
      {plaat.areas.map((a, i) => (
        <AreaBox key={i} area={a} colour={colour} sizes={sizes} fit={fit({ of: 'area', index: i })} rect={geometry.boxes[i]!} />
      ))}
      <CentrePanel centre={plaat.centre!} colour={colour} heading={sizes.heading + CENTRE_STEP_UP.heading} prompt={sizes.prompt + CENTRE_STEP_UP.prompt}
        rect={geometry.centre!} keepFree={2 * POSTIT_ROOM} fit={fit({ of: 'centre' })} />
    </View>
  );
}
