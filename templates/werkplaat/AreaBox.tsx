import { Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { Area } from '../../src/model/types.js';
import type { PosterSizes } from './sizes.js';
import { INK, mm, tint } from '../units.js';

/** Heading and prompt may take at most this share of an area: the rest is room to write. */
const TEXT_SHARE = '62%';

/** An area to write or stick notes in: heading and prompt on top, the rest open. */
export function AreaBox({ area, colour, sizes, fitKey, style }: { area: Area; colour: string; sizes: PosterSizes; fitKey: string; style?: Style }) {
  const mark = (part: string) => ({ 'data-fit': `${fitKey}:${part}` }) as object;
  return (
    <View style={{ borderWidth: 1.5, borderColor: colour, borderRadius: 6, ...style }}>
      {/* Invisible: the limit the fit check holds the text to. */}
      <View style={{ position: 'absolute', top: 0, left: 0, right: 0, height: TEXT_SHARE }} {...mark('box')} />
      <View style={{ backgroundColor: tint(colour, 0.86), paddingHorizontal: mm(4), paddingVertical: mm(3), borderTopLeftRadius: 5, borderTopRightRadius: 5 }}>
        <Text style={{ fontWeight: 700, fontSize: sizes.heading, color: colour, lineHeight: 1.1 }} {...mark('heading')}>
          {area.heading}
        </Text>
        <Text style={{ fontSize: sizes.prompt, color: INK, lineHeight: 1.25, marginTop: mm(1.5) }} {...mark('prompt')}>
          {area.prompt}
        </Text>
      </View>
    </View>
  );
}
