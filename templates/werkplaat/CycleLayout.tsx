import { Path, Svg, View } from '@react-pdf/renderer';
import type { LayoutProps } from './LayoutProps.js';
import { AreaBox } from './AreaBox.js';
import { CentreStrip } from './CentreStrip.js';
import { RETURN_LANE, type BodyRect } from './geometry.js';
import { mm } from '../units.js';

const HEAD = mm(3.2);

/** An arrowhead in the gutter between two neighbouring boxes, pointing right. */
function ahead(a: BodyRect, b: BodyRect): string {
  const x = (a.x + a.width + b.x) / 2;
  const y = a.y + a.height / 2;
  return `M ${x - HEAD} ${y - 1.6 * HEAD} L ${x + HEAD} ${y} L ${x - HEAD} ${y + 1.6 * HEAD} Z`;
}

/** The way back from the last step to the first, in the lane under the row: a line with an arrowhead pointing up into the first box. */
function back(first: BodyRect, last: BodyRect): { line: string; head: string } {
  const bottom = first.y + first.height;
  const lane = bottom + RETURN_LANE / 2;
  const x1 = last.x + last.width / 2;
  const x2 = first.x + first.width / 2;
  return {
    line: `M ${x1} ${bottom} L ${x1} ${lane} L ${x2} ${lane} L ${x2} ${bottom + 1.6 * HEAD}`,
    head: `M ${x2 - HEAD} ${bottom + 1.6 * HEAD} L ${x2} ${bottom} L ${x2 + HEAD} ${bottom + 1.6 * HEAD} Z`,
  };
}

/**
 * Steps of a cycle in a row under the central question, numbered, with arrows
 * from each step to the next and one back from the last to the first.
 */
export function CycleLayout({ plaat, colour, sizes, width, height, geometry, fit }: LayoutProps) {
  const boxes = geometry.areas.map((a) => a.box);
  const heads = boxes.slice(1).map((b, i) => ahead(boxes[i]!, b));
  const ret = back(boxes[0]!, boxes[boxes.length - 1]!);
  return (
    <View style={{ width, height }}>
      <CentreStrip centre={plaat.centre!} colour={colour} sizes={sizes} rect={geometry.centre!} fit={fit({ of: 'centre' })} />
      {plaat.areas.map((a, i) => (
        <AreaBox key={i} area={{ ...a, heading: `${i + 1}. ${a.heading}` }} colour={colour} sizes={sizes} fit={fit({ of: 'area', index: i })} rect={geometry.areas[i]!} />
      ))}
      <Svg width={width} height={height} style={{ position: 'absolute', left: 0, top: 0 }}>
        {heads.map((d, i) => (
          <Path key={i} d={d} fill={colour} />
        ))}
        <Path d={ret.line} stroke={colour} strokeWidth={2} fill="none" />
        <Path d={ret.head} fill={colour} />
      </Svg>
    </View>
  );
}
