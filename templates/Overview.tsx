import { Document, Page, Text } from '@react-pdf/renderer';
import { tag } from './tags.js';
import type { Package, Toolkit } from '../src/model/types.js';
import { count } from './contents.js';
import { DocumentHeader } from './DocumentHeader.js';
import { OverviewTheme } from './OverviewTheme.js';
import { OVERVIEW_MEASURE } from './OverviewRow.js';
import { PageFooter } from './PageFooter.js';
import { A4, FONT, INK, mm, TYPE } from './units.js';

/** A4 overview: every package by theme (or in one list, without themes), with what it contains. */
export function Overview({ toolkit, packages }: { toolkit: Toolkit; packages: Package[] }) {
  const groups = toolkit.themes
    .map((theme) => ({ theme, packages: packages.filter((p) => p.theme.id === theme.id).sort((a, b) => a.number - b.number) }))
    .filter((g) => g.packages.length > 0);
  return (
    <Document>
      <Page size={[A4.width, A4.height]} style={{ paddingTop: mm(15), paddingBottom: mm(22), paddingHorizontal: mm(15), fontFamily: FONT, color: INK }}>
        <DocumentHeader themes={toolkit.themes} title="Overzicht van de werkpakketten" subtitle={toolkit.title} />
        {/* At 11 pt the measure of the rows' text plus its 14 mm holds 60-75 characters a line. */}
        <Text {...tag('P')} style={{ fontSize: TYPE.body, lineHeight: 1.4, marginTop: -mm(3), marginBottom: mm(5), maxWidth: OVERVIEW_MEASURE + mm(14) }}>
          {count(packages.length, 'werkpakket', 'werkpakketten')}
          {toolkit.themeless ? '' : ` in ${count(groups.length, 'thema', 'thema’s')}`}, elk met een werkblad (A4), werkplaten (A3 of 2 x A4) en
          denk- en doekaarten. Kies een werkpakket dat past bij wat nu speelt in je team.
        </Text>
        {groups.map((g) => (
          <OverviewTheme key={g.theme.id} theme={g.theme} packages={g.packages} />
        ))}
        <PageFooter stamp={`${toolkit.title} · overzicht · versie ${toolkit.version}`} />
      </Page>
    </Document>
  );
}
