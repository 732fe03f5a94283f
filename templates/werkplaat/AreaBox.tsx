import { Text, View } from '@react-pdf/renderer';
import { tag } from '../tags.js';
import { typo } from '../typography.js';
import { wholeWords } from '../wholeWords.js';
import type { Area } from '../../src/model/types.js';
import { BORDER, type AreaRect } from './geometry.js';
import type { PosterSizes } from './sizes.js';
import { INK, mm, tint } from '../units.js';
import { fitProps, type FitGroup, type FitPart } from '../../src/render/fitMark.js';

export const BOX_BORDER = BORDER;

/**
 * An area to write or stick notes in: heading and prompt in a tinted band of
 * the row's one height (above the open space, or left of it in a full-width
 * area), the rest open. The fit check holds the text to the band, so the open
 * space keeps the room for post-its that geometry.ts gave it. Prompts are not
 * hyphenated: they are read from across the table.
 */
export function AreaBox({ area, colour, sizes, fit, rect }: { area: Area; colour: string; sizes: PosterSizes; fit: FitGroup; rect: AreaRect }) {
  const mark = (part: FitPart) => fitProps(fit, part);
  const { box, text } = rect;
  const radius = 6;
  const corners = rect.side ? { borderTopLeftRadius: radius - 1, borderBottomLeftRadius: radius - 1 } : { borderTopLeftRadius: radius - 1, borderTopRightRadius: radius - 1 };
  return (
    <View {...tag('Sect')} style={{ position: 'absolute', left: box.x, top: box.y, width: box.width, height: box.height, borderWidth: BORDER, borderColor: colour, borderRadius: radius, backgroundColor: '#ffffff' }}>
      <View
        style={{ position: 'absolute', left: 0, top: 0, width: text.width - BORDER, height: text.height - BORDER, backgroundColor: tint(colour, 0.86), paddingHorizontal: mm(3.5), paddingVertical: mm(2), ...corners }}
        {...mark('box')}
      >
        <Text style={{ fontWeight: 700, fontSize: sizes.heading, color: colour, lineHeight: 1.1 }} {...mark('heading')} {...tag('H2')}>
          {typo(area.heading)}
        </Text>
        <Text hyphenationCallback={wholeWords} style={{ fontSize: sizes.prompt, color: INK, lineHeight: 1.25, marginTop: mm(1.5) }} {...mark('prompt')} {...tag('P')}>
          {typo(area.prompt)}
        </Text>
      </View>
    </View>
  );
}
