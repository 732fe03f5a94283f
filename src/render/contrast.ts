/**
 * Text must stand out from what it is printed on: WCAG's contrast ratio of at
 * least 4.5:1, or 3:1 for text of 18 pt and more (print.md). The pairs below
 * are the ones the templates print, each with the smallest size it is used at;
 * `toolkit check` computes them for every theme in toolkit.yaml.
 */
import { problem, type Problem } from '../errors.js';
import type { Theme, Toolkit } from '../model/types.js';
import { CARD_TYPE, GREY, INK, TINTS, TYPE, tint } from '../../templates/units.js';

/** A fixed colour, or the theme's colour mixed with this much white (0: the colour itself). */
type Ink = string | { themeTint: number };
interface Pair {
  text: Ink;
  background: Ink;
  /** The smallest size this pair is printed at, in points. */
  size: number;
  where: string;
}

const WHITE = '#ffffff';
const THEME = { themeTint: 0 };

export const PAIRS: Pair[] = [
  { text: WHITE, background: THEME, size: CARD_TYPE.backSmall, where: 'witte tekst op de themakleur (kaartkop, achterkant van de kaart, omslag)' },
  { text: THEME, background: WHITE, size: TYPE.body, where: 'tekst in de themakleur op wit (koppen, vraagnummers, labels)' },
  { text: THEME, background: { themeTint: TINTS.panel }, size: TYPE.heading, where: 'tekst in de themakleur op de lichte tint (koppen in het overzicht)' },
  { text: INK, background: { themeTint: TINTS.panel }, size: TYPE.small, where: 'zwarte tekst op de lichte tint (filmblok)' },
  { text: INK, background: { themeTint: TINTS.tag }, size: TYPE.small, where: 'zwarte tekst op de tint (label met het papierformaat)' },
  // Werkplaten (templates/werkplaat): box headings on their tinted band, the canvas's answer field.
  { text: THEME, background: { themeTint: 0.86 }, size: 24, where: 'koppen van de vakken op een werkplaat, in de themakleur op de tint' },
  { text: INK, background: { themeTint: 0.92 }, size: 14, where: 'zwarte tekst op de lichtste tint (antwoordvak op een werkplaat)' },
  { text: GREY, background: WHITE, size: CARD_TYPE.footer, where: 'grijze tekst op wit (voetregels)' },
];

/** WCAG 2 relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

export const neededRatio = (size: number) => (size >= 18 ? 3 : 4.5);

const dutch = (n: number) => (Math.round(n * 100) / 100).toString().replace('.', ',');

const resolve = (ink: Ink, theme: Theme) => (typeof ink === 'string' ? ink : tint(theme.colour, ink.themeTint));

/** Every pair that is too faint, for every theme: an error at the theme's colour in toolkit.yaml. */
export function contrastProblems(toolkit: Toolkit): Problem[] {
  const problems: Problem[] = [];
  const fixed = PAIRS.filter((p) => typeof p.text === 'string' && typeof p.background === 'string');
  for (const theme of toolkit.themes) {
    for (const pair of PAIRS) {
      if (fixed.includes(pair) && theme !== toolkit.themes[0]) continue; // the same for every theme: say it once
      const [text, background] = [resolve(pair.text, theme), resolve(pair.background, theme)];
      const ratio = contrastRatio(text, background);
      const need = neededRatio(pair.size);
      if (ratio >= need) continue;
      const dependsOnTheme = !fixed.includes(pair);
      const where = `${dependsOnTheme ? `thema ${theme.id} (${theme.colour}): ` : ''}${pair.where}: ${text} op ${background}`;
      const hint = dependsOnTheme
        ? `Maak de kleur van thema ${theme.id} donkerder, tot het contrast minstens ${dutch(need)}:1 is: dan blijft de tekst ook voor slechtzienden en op een lichte print leesbaar.`
        : 'Kies een donkerdere kleur in templates/units.ts.';
      problems.push(problem('low-contrast', { where, ratio: dutch(ratio), size: dutch(pair.size), need: dutch(need) }, { hint, at: theme.at ?? { file: toolkit.file } }));
    }
  }
  return problems;
}
