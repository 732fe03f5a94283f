import { Text, View } from '@react-pdf/renderer';
import type { Area } from '../../src/model/types.js';
import type { BodyRect } from './geometry.js';
import type { PosterSizes } from './sizes.js';
import { INK, mm, tint } from '../units.js';
import { fitProps, type FitGroup, type FitPart } from '../../src/render/fitMark.js';

/** Without a post-it to keep room for, heading and prompt may take this share of an area. */
const TEXT_SHARE = '62%';
export const BOX_BORDER = 1.5;

/**
 * An area to write or stick notes in: heading and prompt on top, the rest
 * open. `keepFree` is the height under the text that must stay empty (a
 * post-it's): the fit check holds the text to what is left above it.
 */
export function AreaBox({ area, colour, sizes, fit, rect, keepFree }: { area: Area; colour: string; sizes: PosterSizes; fit: FitGroup; rect: BodyRect; keepFree?: number }) {
  const mark = (part: FitPart) => fitProps(fit, part);
  const limit = keepFree === undefined ? { height: TEXT_SHARE } : { bottom: keepFree + BOX_BORDER };
  return (
    <View style={{ position: 'absolute', left: rect.x, top: rect.y, width: rect.width, height: rect.height, borderWidth: BOX_BORDER, borderColor: colour, borderRadius: 6, backgroundColor: '#ffffff' }}>
      {/* Invisible: the limit the fit check holds the text to. */}
      <View style={{ position: 'absolute', top: 0, left: 0, right: 0, ...limit }} {...mark('box')} />
      <View style={{ backgroundColor: tint(colour, 0.86), paddingHorizontal: mm(3.5), paddingVertical: mm(2.5), borderTopLeftRadius: 5, borderTopRightRadius: 5 }}>
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
