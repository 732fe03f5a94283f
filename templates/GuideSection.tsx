import type { ReactNode } from 'react';
import { tag } from './tags.js';
import { typo } from './typography.js';
import { Text, View } from '@react-pdf/renderer';
import { FONT, INK, RULE, mm, TYPE } from './units.js';
import { wholeWords } from './wholeWords.js';
import { Icon } from './Icon.js';
import type { IconName } from './icons/tabler.js';

/**
 * A text of numbered lines ("1. Breng een echte casus in…" a line, as the
 * guide's four steps are written) as its numbers and steps, to set and tag as
 * a list; undefined for any other text.
 */
function numberedSteps(text: string): [string, string][] | undefined {
  const lines = text.split('\n').map((l) => /^(\d+\.)\s+(\S.*)$/.exec(l.trim()));
  if (lines.length < 2 || lines.some((m) => !m)) return undefined;
  return lines.map((m) => [m![1]!, m![2]!]);
}

/** Heading in a left column, text beside it: a 116 mm measure holds 60-75 characters at 11 pt (120 mm ran to 77), where 180 mm held 105. */
export function GuideSection({ heading, text, icon, children }: { heading: string; text: string; icon?: IconName; children?: ReactNode }) {
  const steps = numberedSteps(text);
  const body = { fontFamily: FONT, fontSize: TYPE.body, color: INK, lineHeight: 1.4 } as const;
  return (
    <View wrap={false} {...tag('Sect')} style={{ flexDirection: 'row', paddingVertical: mm(2.6), borderTopWidth: 0.5, borderTopColor: RULE }}>
      <View style={{ width: mm(64), paddingRight: mm(5), flexDirection: 'row' }}>
        <View style={{ width: mm(7) }}>{icon ? <Icon name={icon} size={TYPE.subheading * 1.2} colour={INK} beside={heading} /> : null}</View>
        <Text hyphenationCallback={wholeWords} {...tag('H2')} style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.subheading, color: INK, lineHeight: 1.25, flex: 1 }}>{heading}</Text>
      </View>
      <View style={{ flex: 1 }}>
        {steps ? (
          <View {...tag('L')}>
            {steps.map(([n, step]) => (
              <View key={n} {...tag('LI')} style={{ flexDirection: 'row' }}>
                <Text {...tag('Lbl')} style={{ ...body, width: mm(5) }}>{n}</Text>
                <Text {...tag('LBody')} style={{ ...body, flex: 1 }}>{typo(step)}</Text>
              </View>
            ))}
          </View>
        ) : (
          <Text {...tag('P')} style={body}>{typo(text)}</Text>
        )}
        {children}
      </View>
    </View>
  );
}
