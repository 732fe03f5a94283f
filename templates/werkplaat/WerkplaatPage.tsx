import { Page, Text, View } from '@react-pdf/renderer';
import type { LayoutName, Package, Toolkit, Werkplaat } from '../../src/model/types.js';
import { ThemeBadge } from '../ThemeBadge.js';
import { FONT, GREY, INK, mm } from '../units.js';
import { CanvasLayout } from './CanvasLayout.js';
import { ColumnsLayout } from './ColumnsLayout.js';
import { CycleLayout } from './CycleLayout.js';
import { GridLayout } from './GridLayout.js';
import type { LayoutProps } from './LayoutProps.js';
import { SlidersLayout } from './SlidersLayout.js';
import { POSTER, bodyHeight, bodyWidth, type PosterSizes } from './sizes.js';

const layouts: Record<LayoutName, (p: LayoutProps) => React.ReactElement> = {
  columns: ColumnsLayout,
  grid: GridLayout,
  sliders: SlidersLayout,
  cycle: CycleLayout,
  canvas: CanvasLayout,
};

export interface WerkplaatPageProps {
  toolkit: Toolkit;
  pkg: Package;
  plaat: Werkplaat;
  k: number;
  sizes: PosterSizes;
  /** Prefix for the fit marks, so that several werkplaten can share one layout pass. */
  fitKey: string;
}

/** One A3 landscape werkplaat: header, the layout's body, footer. */
export function WerkplaatPage({ toolkit, pkg, plaat, k, sizes, fitKey }: WerkplaatPageProps) {
  const Body = layouts[plaat.layout];
  const colour = pkg.theme.colour;
  const mark = (part: string) => ({ 'data-fit': `${fitKey}h:${part}` }) as object;
  return (
    <Page size={[POSTER.width, POSTER.height]} wrap={false} style={{ fontFamily: FONT, color: INK }}>
      {/* A fixed frame: on a page that may not wrap, react-pdf sizes the page to its content. */}
      <View style={{ width: POSTER.width, height: POSTER.height, padding: POSTER.margin }}>
        <View style={{ height: POSTER.header, flexDirection: 'row' }}>
          <ThemeBadge letter={pkg.theme.id} colour={colour} size={mm(20)} />
          <View style={{ marginLeft: mm(6), flex: 1, height: POSTER.header - mm(5) }} {...mark('box')}>
            <Text style={{ fontSize: 13, color: GREY }}>
              Werkplaat {k} · Werkpakket {pkg.number}: {pkg.title} · Thema {pkg.theme.id} {pkg.theme.name}
            </Text>
            <Text style={{ fontWeight: 700, fontSize: sizes.title, lineHeight: 1.1, marginTop: mm(1) }} {...mark('title')}>
              {plaat.title}
            </Text>
            <Text style={{ fontSize: sizes.instruction, lineHeight: 1.25, marginTop: mm(1.5) }} {...mark('instruction')}>
              {plaat.instruction}
            </Text>
          </View>
        </View>
        <View style={{ width: bodyWidth(), height: bodyHeight() }}>
          <Body plaat={plaat} colour={colour} sizes={sizes} width={bodyWidth()} height={bodyHeight()} fit={fitKey} />
        </View>
        <View style={{ height: POSTER.footer, flexDirection: 'row', alignItems: 'flex-end' }}>
          <Text style={{ fontSize: 9, color: GREY, flex: 1 }}>
            {toolkit.title} · werkpakket {pkg.number} · werkplaat {k} · versie {toolkit.version}
          </Text>
        </View>
      </View>
    </Page>
  );
}
