import { BACKGROUND_HEADING } from './contents.js';
import { Document, Page, Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import { typo } from './typography.js';
import type { Package, Toolkit } from '../src/model/types.js';
import { materialsOfPlan, preparationFor, spareLine } from '../src/model/materials.js';
import { DraaiboekHeader } from './DraaiboekHeader.js';
import { DraaiboekFacts } from './DraaiboekFacts.js';
import { DraaiboekList } from './DraaiboekList.js';
import { DraaiboekSection } from './DraaiboekSection.js';
import { DraaiboekStep } from './DraaiboekStep.js';
import { DraaiboekTableHead } from './DraaiboekTableHead.js';
import { FilmBox } from './FilmBox.js';
import { PageFooter } from './PageFooter.js';
import { ASIDE_TEXT, DraaiboekAside } from './DraaiboekAside.js';
import { materialIcon } from './materialIcon.js';
import { A4, FONT, INK, mm, tint } from './units.js';

export interface DraaiboekProps {
  toolkit: Toolkit;
  /** A package with `facilitation`. */
  pkg: Package;
  qr?: boolean[][];
}

/** A4 session plan for the facilitator: for whom, what to set out, the hour step by step, the short version, tips. */
export function Draaiboek({ toolkit, pkg, qr }: DraaiboekProps) {
  const f = pkg.facilitation!;
  const colour = pkg.theme.colour;
  const starts = f.plan.map((_, i) => f.plan.slice(0, i).reduce((sum, s) => sum + s.minutes, 0));
  const uses = materialsOfPlan(pkg);
  const prepare = uses.map((u) => preparationFor(pkg, u));
  const spare = spareLine(pkg);
  return (
    <Document>
      <Page size={[A4.width, A4.height]} style={{ paddingTop: mm(12), paddingBottom: mm(20), paddingHorizontal: mm(15), fontFamily: FONT, color: INK }}>
        <DraaiboekHeader pkg={pkg} />
        <DraaiboekFacts audience={f.audience} when={f.when} />
        <FilmBox film={pkg.film} qr={qr} background={tint(colour, 0.88)} contact={toolkit.contact} lead="Kijk de film vooraf zelf een keer en zet hem klaar." gap={mm(4)} />
        {/* In the label-column grid of page 2: the items beside their heading at 60-75 characters a line, where the full width held up to 119. */}
        {prepare.length ? (
          <DraaiboekAside heading="Klaarzetten" colour={colour} last gap={mm(4)}>
            <DraaiboekList items={prepare} colour={colour} marker="box" icons={uses.map(materialIcon)} text={ASIDE_TEXT} />
            {/* A werkplaat the plan leaves out is in the print set too: say what it is for. */}
            {spare ? <Text {...tag('P')} style={{ ...ASIDE_TEXT, marginTop: mm(1) }}>{typo(spare)}</Text> : null}
          </DraaiboekAside>
        ) : null}
        <DraaiboekSection heading="De bijeenkomst: 60 minuten" colour={colour}>
          <View {...tag('Table')}>
            <DraaiboekTableHead />
            {f.plan.map((step, i) => (
              <DraaiboekStep key={i} pkg={pkg} step={step} start={starts[i]!} colour={colour} />
            ))}
          </View>
        </DraaiboekSection>
        {/* The rest in the guide's grid: headings in a label column, the text beside them at about 70 characters a line. */}
        <DraaiboekAside heading="Kort: 15 minuten in een teamoverleg" colour={colour}>
          <Text {...tag('P')} style={ASIDE_TEXT}>{typo(f.short)}</Text>
        </DraaiboekAside>
        <DraaiboekAside heading="Tips" colour={colour} last={!pkg.background}>
          <DraaiboekList items={f.tips} colour={colour} marker="bullet" text={ASIDE_TEXT} />
        </DraaiboekAside>
        {pkg.background ? (
          <DraaiboekAside heading={BACKGROUND_HEADING} colour={colour} last>
            <Text {...tag('P')} style={ASIDE_TEXT}>{typo(pkg.background)}</Text>
          </DraaiboekAside>
        ) : null}
        <PageFooter stamp={`${toolkit.title} · werkpakket ${pkg.number} · draaiboek · versie ${toolkit.version}`} />
      </Page>
    </Document>
  );
}
