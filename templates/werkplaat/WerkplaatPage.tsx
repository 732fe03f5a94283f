import { Page, Text, View } from '@react-pdf/renderer';
import { tag } from '../tags.js';
import { typo } from '../typography.js';
import type { LayoutName, Package, Toolkit, Werkplaat } from '../../src/model/types.js';
import { ThemeBadge } from '../ThemeBadge.js';
import { FONT, GREY, INK, mm } from '../units.js';
import { BoxesLayout } from './BoxesLayout.js';
import { CanvasLayout } from './CanvasLayout.js';
import { CycleLayout } from './CycleLayout.js';
import type { LayoutProps } from './LayoutProps.js';
import { CUT_CLEAR, type PosterPlan } from './plan.js';
import { SlidersLayout } from './SlidersLayout.js';
import { POSTER, bodyHeight, bodyWidth } from './sizes.js';
import { badgeText, dotted, themeLabel } from '../../src/model/themeLabel.js';
import { fitProps, type FitGroup, type FitPart, type Region } from '../../src/render/fitMark.js';

const layouts: Record<LayoutName, (p: LayoutProps) => React.ReactElement> = {
  columns: BoxesLayout,
  grid: BoxesLayout,
  sliders: SlidersLayout,
  cycle: CycleLayout,
  canvas: CanvasLayout,
};

const BADGE = mm(20);

export interface WerkplaatPageProps {
  toolkit: Toolkit;
  pkg: Package;
  plaat: Werkplaat;
  k: number;
  plan: PosterPlan;
  /** Its index in the package, which its fit marks carry: several werkplaten share one layout pass. */
  fitPlaat: number;
}

/**
 * One A3 landscape werkplaat: header, the layout's body, footer. Header and
 * footer are split at the 2 x A4 cut, so the glued poster has no line of
 * text in two halves.
 */
export function WerkplaatPage({ toolkit, pkg, plaat, k, plan, fitPlaat }: WerkplaatPageProps) {
  const { sizes, geometry, cut, header } = plan;
  const Body = layouts[plaat.layout];
  const colour = pkg.theme.colour;
  const group = (region: Region): FitGroup => ({ kind: 'werkplaat', plaat: fitPlaat, region });
  const mark = (of: 'header' | 'instruction' | 'footer' | 'source', part: FitPart) => fitProps(group({ of }), part);
  const leftW = cut - CUT_CLEAR - POSTER.margin;
  const rightW = POSTER.width - POSTER.margin - cut - CUT_CLEAR;
  const textW = leftW - BADGE - mm(6);
  const footer = { fontSize: sizes.footer, color: GREY, lineHeight: 1.2 };
  return (
    <Page size={[POSTER.width, POSTER.height]} wrap={false} style={{ fontFamily: FONT, color: INK }}>
      {/* A fixed frame: on a page that may not wrap, react-pdf sizes the page to its content. */}
      <View style={{ width: POSTER.width, height: POSTER.height, padding: POSTER.margin }}>
        {/* One header form on every sheet: the title left of the 2 x A4 seam, the instruction right of it. */}
        <View style={{ height: header, flexDirection: 'row' }}>
          <ThemeBadge decorative letter={badgeText(pkg)} colour={colour} size={BADGE} />
          <View style={{ marginLeft: mm(6), width: textW, height: header - mm(1) }} {...mark('header', 'box')}>
            <Text style={{ fontWeight: 700, fontSize: sizes.title, lineHeight: 1.1 }} {...mark('header', 'title')} {...tag('H1')}>
              {typo(plaat.title)}
            </Text>
          </View>
          <View style={{ position: 'absolute', left: cut + CUT_CLEAR - POSTER.margin, width: rightW, height: header - mm(1) }} {...mark('instruction', 'box')}>
            <Text style={{ fontSize: sizes.instruction, lineHeight: 1.25 }} {...mark('instruction', 'instruction')} {...tag('P')}>
              {typo(plaat.instruction)}
            </Text>
          </View>
        </View>
        <View style={{ width: bodyWidth(), height: bodyHeight() }}>
          <Body plaat={plaat} colour={colour} sizes={sizes} width={bodyWidth()} height={bodyHeight()} geometry={geometry} fit={group} />
        </View>
        <View style={{ height: POSTER.footer, flexDirection: 'row' }} {...tag('Artifact', { artifact: 'Pagination' })}>
          <View style={{ width: leftW, height: POSTER.footer }} {...mark('footer', 'box')}>
            <Text style={{ ...footer, paddingTop: mm(3) }} {...mark('footer', 'package')}>
              Werkplaat {k} · werkpakket {pkg.number}: {pkg.title} · versie {toolkit.version}
            </Text>
          </View>
          <View style={{ position: 'absolute', left: cut + CUT_CLEAR - POSTER.margin, width: rightW, height: POSTER.footer }} {...mark('source', 'box')}>
            <Text style={{ ...footer, paddingTop: mm(3), textAlign: 'right' }} {...mark('source', 'source')}>
              {dotted(themeLabel(pkg.theme, false), toolkit.title)}
            </Text>
          </View>
        </View>
      </View>
    </Page>
  );
}
