import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import { typo } from './typography.js';
import type { Package, PlanStep } from '../src/model/types.js';
import { materialLabel } from '../src/model/materials.js';
import { Icon } from './Icon.js';
import { materialIcon } from './materialIcon.js';
import { FONT, GREY, RULE, mm } from './units.js';

/** Column widths of the timetable, shared with its head. */
export const TIME_COLUMN = mm(18);
export const NEEDS_COLUMN = mm(52);

const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** One row of the timetable: when and how long, what the group does, what it needs. */
export function DraaiboekStep({ pkg, step, start, colour }: { pkg: Package; step: PlanStep; start: number; colour: string }) {
  const needs = step.uses.map((u) => ({ label: materialLabel(pkg, u), icon: materialIcon(u) }));
  return (
    <View wrap={false} {...tag('TR')} style={{ flexDirection: 'row', paddingVertical: mm(1.5), borderTopWidth: 0.5, borderTopColor: RULE }}>
      <View {...tag('TD')} style={{ width: TIME_COLUMN }}>
        <Text style={{ fontFamily: FONT, fontWeight: 700, fontSize: 11, color: colour }}>{step.minutes} min</Text>
        <Text style={{ fontFamily: FONT, fontSize: 8.5, color: GREY }}>
          {clock(start)}-{clock(start + step.minutes)}
        </Text>
      </View>
      <View {...tag('TD')} style={{ flex: 1, paddingRight: mm(4) }}>
        <Text style={{ fontFamily: FONT, fontWeight: 700, fontSize: 10.5 }}>{typo(step.title)}</Text>
        <Text style={{ fontFamily: FONT, fontSize: 10, lineHeight: 1.35 }}>{typo(step.text)}</Text>
      </View>
      <View {...tag('TD')} style={{ width: NEEDS_COLUMN }}>
        {needs.map((n, i) => (
          <View key={i} style={{ flexDirection: 'row' }}>
            <View style={{ marginTop: 1, marginRight: mm(1.2) }}>
              <Icon name={n.icon} size={10} colour={colour} beside={n.label} />
            </View>
            <Text style={{ fontFamily: FONT, fontSize: 9, lineHeight: 1.3, flex: 1 }}>{n.label}</Text>
          </View>
        ))}
        {step.prepare ? <Text style={{ fontFamily: FONT, fontSize: 9, lineHeight: 1.3, color: GREY, marginTop: needs.length ? 2 : 0 }}>Klaarzetten: {typo(step.prepare)}</Text> : null}
      </View>
    </View>
  );
}
