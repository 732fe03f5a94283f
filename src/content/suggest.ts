/** Levenshtein distance, for "did you mean" on keys and choices. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

// Keys a Dutch editor may write in Dutch: "tekst" is two edits from "text", too far for a typo.
const DUTCH: Record<string, string> = {
  tekst: 'text',
  titel: 'title',
  soort: 'kind',
  vragen: 'questions',
  vraag: 'questions',
  kaarten: 'cards',
  nummer: 'number',
  thema: 'theme',
  inleiding: 'intro',
  vakken: 'areas',
  kop: 'heading',
  links: 'left',
  rechts: 'right',
  midden: 'centre',
  assen: 'axes',
  horizontaal: 'horizontal',
  verticaal: 'vertical',
  boven: 'top',
  onder: 'bottom',
  center: 'centre',
  instructie: 'instruction',
  wachtwoord: 'password',
  onderwerp: 'subject',
  naam: 'name',
  kleur: 'colour',
  color: 'colour',
  datum: 'date',
};

/** The known word closest to `word`, when it is close enough to be a typo. */
export function closest(word: string, known: readonly string[]): string | undefined {
  const dutch = DUTCH[word.toLowerCase()];
  if (dutch && known.includes(dutch)) return dutch;
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(word.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== undefined && bestD <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}
