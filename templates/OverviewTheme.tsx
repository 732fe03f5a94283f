import { Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import type { Package, Theme } from '../src/model/types.js';
import { OverviewRow } from './OverviewRow.js';
import { ThemeBadge } from './ThemeBadge.js';
import { FONT, mm, tint, TYPE, TINTS } from './units.js';
import { wholeWords } from './wholeWords.js';
import { themeLabel } from '../src/model/themeLabel.js';

// A theme of up to this many packages fits a page easily and is kept whole;
// a bigger one may break between packages, never inside one.
const KEEP_WHOLE = 6;

export function OverviewTheme({ theme, packages }: { theme: Theme; packages: Package[] }) {
  return (
    <View wrap={packages.length > KEEP_WHOLE} {...tag('Sect')} style={{ marginBottom: mm(4) }}>
      {/* A toolkit without themes: one list, with no theme bar above it. */}
      {theme.implicit ? null : <View
        minPresenceAhead={mm(20)}
        style={{ flexDirection: 'row', alignItems: 'center', backgroundColor: tint(theme.colour, TINTS.panel), borderRadius: 3, padding: mm(1.2) }}
      >
        <ThemeBadge decorative letter={theme.id} colour={theme.colour} size={mm(8)} />
        <Text hyphenationCallback={wholeWords} {...tag('H2')} style={{ fontFamily: FONT, fontWeight: 700, fontSize: TYPE.heading, color: theme.colour, marginLeft: mm(3) }}>
          {themeLabel(theme)}
        </Text>
      </View>}
      {packages.map((p, i) => (
        <OverviewRow key={p.number} pkg={p} first={i === 0} heading={theme.implicit ? 'H2' : 'H3'} />
      ))}
    </View>
  );
}
