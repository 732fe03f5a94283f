import { Path, Svg, View } from '@react-pdf/renderer';
import type { LayoutProps } from './LayoutProps.js';
import { AreaBox } from './AreaBox.js';
import { CentrePanel } from './CentrePanel.js';
import { GAP, POSTIT_ROOM, type BodyRect } from './geometry.js';
import { tint } from '../units.js';

/** An arrowhead of the ring in the gutter between two boxes, pointing from `a` to `b`. */
function arrow(a: BodyRect, b: BodyRect): string {
  const s = GAP * 0.45;
  if (Math.abs(a.y - b.y) < 1) {
    const x = (a.x < b.x ? a.x + a.width + b.x : b.x + b.width + a.x) / 2;
    const y = a.y + a.height / 2;
    const d = a.x < b.x ? 1 : -1;
    return `M ${x - d * s} ${y - 1.6 * s} L ${x + d * s} ${y} L ${x - d * s} ${y + 1.6 * s} Z`;
  }
  const x = (Math.max(a.x, b.x) + Math.min(a.x + a.width, b.x + b.width)) / 2;
  const y = (a.y < b.y ? a.y + a.height + b.y : b.y + b.height + a.y) / 2;
  const d = a.y < b.y ? 1 : -1;
  return `M ${x - 1.6 * s} ${y - d * s} L ${x} ${y + d * s} L ${x + 1.6 * s} ${y - d * s} Z`;
}

/**
 * Four to six steps on a ring, clockwise from the top left, with the central
 * question beside it (geometry.ts says why beside). Each box keeps a post-it's
 * room free under its text; arrows in the gutters show the way round.
 */
export function CycleLayout({ plaat, colour, sizes, width, height, geometry, fit }: LayoutProps) {
  const boxes = geometry.boxes;
  const ring = boxes.map((b, i) => arrow(b, boxes[(i + 1) % boxes.length]!));
  return (
    <View style={{ width, height }}>
      {plaat.areas.map((a, i) => (
        <AreaBox key={i} area={{ ...a, heading: `${i + 1}. ${a.heading}` }} colour={colour} sizes={sizes} fit={fit({ of: 'area', index: i })} rect={boxes[i]!} keepFree={POSTIT_ROOM} />
      ))}
      <Svg width={width} height={height} style={{ position: 'absolute', left: 0, top: 0 }}>
        {ring.map((d, i) => (
          <Path key={i} d={d} fill={tint(colour, 0.2)} />
        ))}
      </Svg>
      <CentrePanel centre={plaat.centre!} colour={colour} heading={sizes.heading} prompt={sizes.prompt} rect={geometry.centre!} keepFree={POSTIT_ROOM} fit={fit({ of: 'centre' })} />
    </View>
  );
}
