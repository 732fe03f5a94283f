import nl from 'hyphen/nl/index.js';

const { hyphenateSync } = nl;

const SOFT = '\u00AD';

// Where the Dutch patterns break a word badly or not at all, the right split wins here.
const EXCEPTIONS: Record<string, string[]> = {
  werkplaat: ['werk', 'plaat'],
  werkplaten: ['werk', 'pla', 'ten'],
  doekaart: ['doe', 'kaart'],
  doekaarten: ['doe', 'kaar', 'ten'],
  denkkaart: ['denk', 'kaart'],
  denkkaarten: ['denk', 'kaar', 'ten'],
};

const cache = new Map<string, string[]>();

/** Splits one word into the parts where a line may break, for react-pdf's hyphenation callback. */
export function hyphenateWord(word: string): string[] {
  const hit = cache.get(word);
  if (hit) return hit;
  let parts: string[];
  const lower = word.toLowerCase();
  if (word.includes(SOFT)) parts = word.split(SOFT); // the author's own breaks win
  else if (word.length < 6) parts = [word];
  else if (EXCEPTIONS[lower]) {
    // Keep the word's own letters (capitals), cut at the exception's places.
    parts = [];
    let i = 0;
    for (const p of EXCEPTIONS[lower]) {
      parts.push(word.slice(i, i + p.length));
      i += p.length;
    }
  } else parts = hyphenateSync(word, { hyphenChar: SOFT, minWordLength: 6 }).split(SOFT);
  cache.set(word, parts);
  return parts;
}
