import { Page, Text, View } from '@react-pdf/renderer';
import { tag } from './tags.js';
import { typo } from './typography.js';
import type { Package, Toolkit } from '../src/model/types.js';
import { cardCounts, count } from './contents.js';
import { bundlePieces, type BundlePiece } from '../src/model/materials.js';
import { CoverBand } from './CoverBand.js';
import { badgeText } from '../src/model/themeLabel.js';
import { CoverItem } from './CoverItem.js';
import { stampOf } from './Werkblad.js';
import { A4, FONT, GREY, INK, mm, TYPE } from './units.js';
import { wholeWords } from './wholeWords.js';

/** The first page of a package in a theme bundle: where it starts and what follows, in the bundle's order. One page, always. */
export function PackageCover({ toolkit, pkg }: { toolkit: Toolkit; pkg: Package }) {
  const colour = pkg.theme.colour;
  const { denk, doe } = cardCounts(pkg.cards);
  const item = (piece: BundlePiece, key: number) => {
    switch (piece.kind) {
      case 'draaiboek':
        return <CoverItem key={key} label="Draaiboek" paper="A4" colour={colour} icon="draaiboek" title="Voor de begeleider: de bijeenkomst van 60 minuten, stap voor stap" detail="Met wat je klaarzet, een korte versie en tips." />;
      case 'werkblad':
        return (
          <CoverItem
            key={key}
            icon="werkblad"
            label="Werkblad"
            paper="A4"
            colour={colour}
            title={`Inleiding, film en ${count(pkg.questions.length, 'reflectievraag', 'reflectievragen')}`}
            detail={`Film: ${pkg.film.title}`}
          />
        );
      case 'werkplaat': {
        const w = pkg.werkplaten[piece.index]!;
        return <CoverItem key={key} icon="werkplaat" label={`Werkplaat ${piece.index + 1}`} paper="2 x A4" colour={colour} title={typo(w.title)} detail={typo(w.instruction)} />;
      }
      case 'kaarten':
        return (
          <CoverItem
            key={key}
            icon="kaarten"
            label="Kaarten"
            paper="A4, dubbelzijdig"
            colour={colour}
            title={`${count(denk, 'denkkaart', 'denkkaarten')} en ${count(doe, 'doekaart', 'doekaarten')}`}
            detail="Print op 100 %, omslaan langs de lange kant. Knip langs de snijtekens."
          />
        );
    }
  };
  return (
    <Page size={[A4.width, A4.height]} style={{ paddingTop: mm(15), paddingBottom: mm(22), paddingHorizontal: mm(15), fontFamily: FONT, color: INK }}>
      <CoverBand theme={pkg.theme} height={mm(44)} letter={badgeText(pkg)} />
      <Text {...tag('P')} style={{ fontWeight: 700, fontSize: TYPE.heading, color: colour, marginTop: mm(12) }}>Werkpakket {pkg.number}</Text>
      <Text hyphenationCallback={wholeWords} {...tag('H1')} style={{ fontWeight: 700, fontSize: TYPE.display, lineHeight: 1.1, marginTop: mm(1) }}>{pkg.title}</Text>
      {/* 11 pt over 117 mm: 57-77 characters a line (median 68), where 12 pt over the page’s width held 86-106. */}
      <Text {...tag('P')} style={{ fontSize: TYPE.body, lineHeight: 1.4, marginTop: mm(5), marginBottom: mm(8), maxWidth: mm(117) }}>{typo(pkg.intro)}</Text>
      <Text {...tag('H2')} style={{ fontWeight: 700, fontSize: TYPE.heading, color: colour, marginBottom: mm(2) }}>Wat er na deze pagina komt</Text>
      <View {...tag('L')}>{bundlePieces(pkg).map(item)}</View>
      {/* No page numbers: in a bundle this page is not page 1 of 1. */}
      <Text fixed {...tag('Artifact', { artifact: 'Pagination' })} style={{ position: 'absolute', left: mm(15), right: mm(15), bottom: mm(10), fontSize: TYPE.footer, color: GREY }}>
        {stampOf(toolkit, pkg)}
      </Text>
    </Page>
  );
}
