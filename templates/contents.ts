import type { Card, Package } from '../src/model/types.js';

/** The werkblad's word on the film while its link is unknown: participants do not all write to the contact (the draaiboek does). */
export const FILM_ASK_PARTICIPANTS = 'Wie de bijeenkomst begeleidt, zet de film voor jullie klaar.';
/** The draaiboek's heading over the package's background text: ours, not a summary of a film. */
export const BACKGROUND_HEADING = 'Als de film niet kan: het idee in onze eigen woorden, geen samenvatting van de film';

/** "1 vraag", "12 vragen": a count that reads as Dutch also when it is one. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function cardCounts(cards: Card[]) {
  const denk = cards.filter((c) => c.kind === 'denk').length;
  return { denk, doe: cards.length - denk };
}

/** "‘A’, ‘B’ en ‘C’": quotes keep a title that ends in "?" apart from the next one. */
export function titleList(titles: string[]): string {
  const q = titles.map((t) => `‘${t}’`);
  return q.length < 2 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} en ${q[q.length - 1]}`;
}

/** The same words in the overview and on the cover, so a facilitator recognises them. */
export function packageContents(pkg: Package) {
  const { denk, doe } = cardCounts(pkg.cards);
  return {
    werkblad: `Werkblad met ${count(pkg.questions.length, 'vraag', 'vragen')}`,
    werkplaten: pkg.werkplaten.length ? `${count(pkg.werkplaten.length, 'werkplaat', 'werkplaten')}: ${titleList(pkg.werkplaten.map((w) => w.title))}` : '',
    kaarten: pkg.cards.length ? `${count(pkg.cards.length, 'denk- of doekaart', 'denk- en doekaarten')} (${denk} denk, ${doe} doe)` : '',
  };
}
