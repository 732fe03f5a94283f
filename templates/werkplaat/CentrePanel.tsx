import { Text, View } from '@react-pdf/renderer';
import type { Area } from '../../src/model/types.js';
import type { BodyRect } from './geometry.js';
import { INK, mm, tint } from '../units.js';
import { fitProps, type FitGroup, type FitPart } from '../../src/render/fitMark.js';

/**
 * The central question of a canvas or cycle: a coloured header, the prompt,
 * and under it a light tint to write or stick on. Colour only as header and
 * frame: a dark panel cannot be written on and costs ink. The white heading
 * is bold and large, as reversed text must be.
 */
export function CentrePanel({ centre, colour, heading, prompt, rect, keepFree, fit }: { centre: Area; colour: string; heading: number; prompt: number; rect: BodyRect; keepFree: number; fit: FitGroup }) {
  const mark = (part: FitPart) => fitProps(fit, part);
  const border = 2;
  return (
    <View style={{ position: 'absolute', left: rect.x, top: rect.y, width: rect.width, height: rect.height, borderWidth: border, borderColor: colour, borderRadius: 8, backgroundColor: tint(colour, 0.93) }}>
      <View style={{ position: 'absolute', top: 0, left: 0, right: 0, bottom: keepFree + border }} {...mark('box')} />
      <View style={{ backgroundColor: colour, paddingHorizontal: mm(4), paddingVertical: mm(3), borderTopLeftRadius: 6, borderTopRightRadius: 6 }}>
        <Text style={{ fontWeight: 700, fontSize: heading, color: '#ffffff', lineHeight: 1.1, textAlign: 'center' }} {...mark('heading')}>
          {centre.heading}
        </Text>
      </View>
      <Text style={{ fontSize: prompt, color: INK, lineHeight: 1.25, textAlign: 'center', paddingHorizontal: mm(4), marginTop: mm(3) }} {...mark('prompt')}>
        {centre.prompt}
      </Text>
    </View>
  );
}
