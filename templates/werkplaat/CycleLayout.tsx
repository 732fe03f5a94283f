import { Ellipse, Svg, Text, View } from '@react-pdf/renderer';
import type { LayoutProps } from './LayoutProps.js';
import { AreaBox } from './AreaBox.js';
import { mm, tint } from '../units.js';

/**
 * Four to six segments on a ring around a centre, clockwise from the top:
 * an ecosystem or a cycle of steps. Positions are computed, so they are absolute.
 */
export function CycleLayout({ plaat, colour, sizes, width, height, fit }: LayoutProps) {
  const n = plaat.areas.length;
  const boxW = Math.min(mm(100), width / 3.4);
  const boxH = Math.min(mm(50), height / 3.6);
  const [cx, cy] = [width / 2, height / 2];
  const rx = width / 2 - boxW / 2;
  const ry = height / 2 - boxH / 2;
  const r = Math.min(mm(42), ry - boxH / 2 - mm(4));
  const centre = plaat.centre!;
  const mark = (part: string) => ({ 'data-fit': `${fit}c:${part}` }) as object;
  return (
    <View style={{ width, height }}>
      <Svg width={width} height={height} style={{ position: 'absolute', left: 0, top: 0 }}>
        <Ellipse cx={cx} cy={cy} rx={rx * 0.8} ry={ry * 0.8} stroke={tint(colour, 0.45)} strokeWidth={6} strokeDasharray="14 10" fill="none" />
      </Svg>
      <View style={{ position: 'absolute', left: cx - r, top: cy - r, width: 2 * r, height: 2 * r, borderRadius: r, backgroundColor: colour, alignItems: 'center', padding: mm(5), paddingTop: r * 0.42 }} {...mark('box')}>
        <Text style={{ fontWeight: 700, fontSize: sizes.heading, color: '#ffffff', textAlign: 'center', lineHeight: 1.1 }} {...mark('heading')}>
          {centre.heading}
        </Text>
        <Text style={{ fontSize: sizes.prompt, color: '#ffffff', textAlign: 'center', lineHeight: 1.2, marginTop: mm(2) }} {...mark('prompt')}>
          {centre.prompt}
        </Text>
      </View>
      {plaat.areas.map((a, i) => {
        const angle = (2 * Math.PI * i) / n;
        const x = cx + rx * Math.sin(angle) - boxW / 2;
        const y = cy - ry * Math.cos(angle) - boxH / 2;
        return (
          <AreaBox key={i} area={{ ...a, heading: `${i + 1}. ${a.heading}` }} colour={colour} sizes={sizes} fitKey={`${fit}a${i}`}
            style={{ position: 'absolute', left: x, top: y, width: boxW, height: boxH, backgroundColor: '#ffffff' }} />
        );
      })}
    </View>
  );
}
