import nl from 'hyphen/nl/index.js';

const { hyphenateSync } = nl;

const SOFT = '\u00AD';
/** Fewer letters than this on either side of a break read as a typo ("om-budsman"). */
export const MIN_LETTERS = 3;

// Where the Dutch patterns break a word badly or not at all, the right split wins here.
const EXCEPTIONS: Record<string, string[]> = {
  werkplaat: ['werk', 'plaat'],
  werkplaten: ['werk', 'pla', 'ten'],
  doekaart: ['doe', 'kaart'],
  doekaarten: ['doe', 'kaar', 'ten'],
  denkkaart: ['denk', 'kaart'],
  denkkaarten: ['denk', 'kaar', 'ten'],
};

/*
 * Parts of the compound words in this toolkit's texts. The patterns know
 * syllables, not words: a break at a joint ("samen-werking") reads better
 * than one inside a part ("samenwer-king"), so the line breaker prefers it.
 * A first part is written with its linking s where it takes one
 * ("kwaliteits-eis"), and without one it counts only before a consonant:
 * "werk-plaat", not "werk-elijk". A last part must be all the rest of the word.
 */
const FIRST_PARTS = new Set(
  'achter beleids binnen buiten denk diensten eigenaar gemeente gemeenschaps gelijk hulp kaarten kennis keuken knelpunten kompas kwaliteits leiding maandag maatwerk mee over overheids recht rechts reflectie samen spiegel standaard systeem team tegen terug twijfel uitgangs verander veranderings vast werk wijk woning'.split(' '),
);
const LAST_PARTS = new Set(
  'afspraak bestand besluit corporatie criteria criterium doel gelijkheid geld geval gericht heid huis kaart kaarten lijst matigheid ochtend oplossing organisaties overleg patronen plaat plan raad schap spel spraak stand tafel toolkit verhaal verlening verlies vraag vragen wereld werking werken zekerheid zorg'.split(' '),
);

/** Whether a word written `word` breaks between two of its parts at `offset`. */
export function isJoint(word: string, offset: number): boolean {
  const w = word.toLowerCase();
  const head = w.slice(0, offset);
  const tail = w.slice(offset);
  if (LAST_PARTS.has(tail.replace(/\P{L}+$/u, ''))) return true;
  if (!FIRST_PARTS.has(head) || FIRST_PARTS.has(head + tail[0])) return false;
  return /s$/.test(head) || !/^[aeiouyëéïöü]/.test(tail);
}

const letters = (s: string) => s.match(/\p{L}/gu)?.length ?? 0;

/** Joins parts so that every break keeps at least MIN_LETTERS letters on each side. */
function keepLetters(parts: string[]): string[] {
  const total = letters(parts.join(''));
  const out: string[] = [];
  let before = 0;
  for (const p of parts) {
    if (out.length && (before < MIN_LETTERS || total - before < MIN_LETTERS)) out[out.length - 1] += p;
    else out.push(p);
    before += letters(p);
  }
  return out;
}

/** Adds a break at every joint the patterns missed ("gemeentehuis": "ge-meen-te-huis" has it, "kaartenbestand" may not). */
function withJoints(word: string, parts: string[]): string[] {
  const cuts = new Set<number>();
  let at = 0;
  for (const p of parts.slice(0, -1)) cuts.add((at += p.length));
  for (let i = MIN_LETTERS; i <= word.length - MIN_LETTERS; i++) if (isJoint(word, i)) cuts.add(i);
  const sorted = [...cuts].sort((a, b) => a - b);
  return [0, ...sorted].map((c, i) => word.slice(c, sorted[i] ?? word.length));
}

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
  } else parts = keepLetters(withJoints(word, hyphenateSync(word, { hyphenChar: SOFT, minWordLength: 6 }).split(SOFT)));
  cache.set(word, parts);
  return parts;
}
