import { Text, View } from '@react-pdf/renderer';
import { tag } from '../tags.js';
import { typo } from '../typography.js';
import type { LayoutProps } from './LayoutProps.js';
import { INK, RULE, mm } from '../units.js';
import { SLIDER_SHARE } from './geometry.js';
import { fitProps, type FitPart } from '../../src/render/fitMark.js';

const pct = (share: number) => `${share * 100}%`;

const TICKS = 11;

/** A heading that ends in a leader ("Schuifje 1: ……") asks for a name: the leader becomes a line to write it on. */
const WRITE_IN = /^(.*?)\s*[.…]{3,}\s*$/;

/** Scales between two poles, each with a line to put a dot on: the "schuifjes". */
export function SlidersLayout({ plaat, colour, sizes, width, height, fit }: LayoutProps) {
  return (
    <View style={{ width, height, justifyContent: 'space-around' }}>
      {plaat.sliders.map((s, i) => {
        const mark = (part: FitPart) => fitProps(fit({ of: 'slider', index: i }), part);
        return (
          <View key={i} {...tag('Sect')} style={{ flexDirection: 'row', alignItems: 'center', borderBottomWidth: i < plaat.sliders.length - 1 ? 0.75 : 0, borderBottomColor: RULE, flexGrow: 1, flexBasis: 0 }}>
            <View style={{ width: pct(SLIDER_SHARE.heading), height: '100%', justifyContent: 'center', paddingRight: mm(4) }} {...mark('box')}>
              <Text style={{ fontWeight: 700, fontSize: sizes.heading, color: colour, lineHeight: 1.1 }} {...mark('heading')} {...tag('H2')}>
                {typo(WRITE_IN.exec(s.heading)?.[1] ?? s.heading)}
              </Text>
              {WRITE_IN.test(s.heading) && <View style={{ marginTop: mm(9), height: 0.75, backgroundColor: INK }} />}
            </View>
            <Text style={{ width: pct(SLIDER_SHARE.pole), fontSize: sizes.prompt, fontWeight: 700, color: INK, textAlign: 'right', paddingRight: mm(4) }} {...mark('left')} {...tag('P')}>
              {typo(s.left)}
            </Text>
            <View style={{ flexGrow: 1, height: mm(12), justifyContent: 'center' }}>
              <View style={{ height: 3, backgroundColor: colour }} />
              <View style={{ position: 'absolute', left: 0, right: 0, top: 0, bottom: 0, flexDirection: 'row', justifyContent: 'space-between' }}>
                {Array.from({ length: TICKS }, (_, t) => (
                  <View key={t} style={{ width: t % 5 === 0 ? 3 : 1.5, height: t % 5 === 0 ? mm(12) : mm(6), marginTop: t % 5 === 0 ? 0 : mm(3), backgroundColor: colour }} />
                ))}
              </View>
            </View>
            <Text style={{ width: pct(SLIDER_SHARE.pole), fontSize: sizes.prompt, fontWeight: 700, color: INK, paddingLeft: mm(4) }} {...mark('right')} {...tag('P')}>
              {typo(s.right)}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
