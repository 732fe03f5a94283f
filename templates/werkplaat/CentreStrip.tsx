import { Text, View } from '@react-pdf/renderer';
import { tag } from '../tags.js';
import { typo } from '../typography.js';
import { wholeWords } from '../wholeWords.js';
import type { Area } from '../../src/model/types.js';
import type { CentreRect } from './geometry.js';
import type { PosterSizes } from './sizes.js';
import { INK, RULE, mm, tint } from '../units.js';
import { fitProps, type FitGroup, type FitPart } from '../../src/render/fitMark.js';

const LINES = 3;

/**
 * The central question of a canvas or cycle: a strip across the top with the
 * question on the left and lines to write the group's case or place on. It is
 * not an area for post-its: the areas under it are.
 */
export function CentreStrip({ centre, colour, sizes, rect, fit }: { centre: Area; colour: string; sizes: PosterSizes; rect: CentreRect; fit: FitGroup }) {
  const mark = (part: FitPart) => fitProps(fit, part);
  const border = 2;
  const { box, text, lines } = rect;
  const pitch = (lines.height - mm(6)) / LINES;
  return (
    <View {...tag('Sect')} style={{ position: 'absolute', left: box.x, top: box.y, width: box.width, height: box.height, borderWidth: border, borderColor: colour, borderRadius: 8, backgroundColor: '#ffffff' }}>
      <View
        style={{ position: 'absolute', left: 0, top: 0, width: text.width - border, height: text.height - 2 * border, backgroundColor: tint(colour, 0.86), paddingHorizontal: mm(4), paddingVertical: mm(3), borderTopLeftRadius: 6, borderBottomLeftRadius: 6 }}
        {...mark('box')}
      >
        <Text style={{ fontWeight: 700, fontSize: sizes.heading, color: colour, lineHeight: 1.1 }} {...mark('heading')} {...tag('H2')}>
          {typo(centre.heading)}
        </Text>
        <Text hyphenationCallback={wholeWords} style={{ fontSize: sizes.prompt, color: INK, lineHeight: 1.25, marginTop: mm(1.5) }} {...mark('prompt')} {...tag('P')}>
          {typo(centre.prompt)}
        </Text>
      </View>
      {Array.from({ length: LINES }, (_, i) => (
        <View key={i} style={{ position: 'absolute', left: lines.x + mm(6), width: lines.width - mm(12), top: mm(3) + pitch * (i + 1) - border, height: 0.75, backgroundColor: RULE }} />
      ))}
    </View>
  );
}
