import { Path, Svg, Text, View } from '@react-pdf/renderer';
import { typo } from '../typography.js';
import type { Axes } from '../../src/model/types.js';
import type { BodyGeometry } from './geometry.js';
import type { PosterSizes } from './sizes.js';
import { INK, mm } from '../units.js';

const HEAD = { length: mm(4.5), half: mm(2.4) };
const LINE = 2.5;

/** One axis laid flat: a pole word at each end, a line with an arrowhead at either end between them. */
function Bar({ from, to, colour, size, width, height }: { from: string; to: string; colour: string; size: number; width: number; height: number }) {
  const word = { fontSize: size, fontWeight: 700, color: INK, flexShrink: 0 } as const;
  const head = (d: string) => (
    <Svg width={HEAD.length} height={2 * HEAD.half}>
      <Path d={d} fill={colour} />
    </Svg>
  );
  return (
    <View style={{ width, height, flexDirection: 'row', alignItems: 'center' }}>
      <Text style={{ ...word, marginRight: mm(3) }}>{typo(from)}</Text>
      {head(`M 0 ${HEAD.half} L ${HEAD.length} 0 L ${HEAD.length} ${2 * HEAD.half} Z`)}
      <View style={{ flexGrow: 1, height: LINE, backgroundColor: colour }} />
      {head(`M ${HEAD.length} ${HEAD.half} L 0 0 L 0 ${2 * HEAD.half} Z`)}
      <Text style={{ ...word, marginLeft: mm(3) }}>{typo(to)}</Text>
    </View>
  );
}

/**
 * The axes of a 2 x 2 grid where geometry.ts keeps room for them: under the
 * columns from the left column's pole to the right one's, and beside the rows
 * from the bottom row's pole up to the top row's, the same bar turned upright
 * so its words read from the bottom up.
 */
export function GridAxes({ axes, rects, colour, sizes }: { axes: Axes; rects: NonNullable<BodyGeometry['axes']>; colour: string; sizes: PosterSizes }) {
  const { horizontal: h, vertical: v } = axes;
  const across = h && rects.horizontal;
  const down = v && rects.vertical;
  return (
    <>
      {h && across && (
        <View style={{ position: 'absolute', left: across.x, top: across.y }}>
          <Bar from={h.left} to={h.right} colour={colour} size={sizes.prompt} width={across.width} height={across.height} />
        </View>
      )}
      {v && down && (
        <View style={{ position: 'absolute', left: down.x, top: down.y, width: down.width, height: down.height }}>
          {/* Laid out flat, as long as the rows are high, then turned about its centre, which is the strip's. */}
          <View style={{ position: 'absolute', left: (down.width - down.height) / 2, top: (down.height - down.width) / 2, transform: 'rotate(-90deg)' }}>
            <Bar from={v.bottom} to={v.top} colour={colour} size={sizes.prompt} width={down.height} height={down.width} />
          </View>
        </View>
      )}
    </>
  );
}
