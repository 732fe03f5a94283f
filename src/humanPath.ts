import type { Document } from 'yaml';

// A list's items as a content editor names them; the key itself stays as written in the file.
const ITEM: Record<string, string> = {
  questions: 'vraag',
  cards: 'kaart',
  werkplaten: 'werkplaat',
  areas: 'vak',
  sliders: 'schuif',
  guide: 'hoofdstuk',
  themes: 'thema',
  plan: 'stap',
  tips: 'tip',
  uses: 'materiaal',
};

const PLURAL: Record<string, string> = {
  vraag: 'vragen',
  kaart: 'kaarten',
  werkplaat: 'werkplaten',
  vak: 'vakken',
  schuif: 'schuiven',
  hoofdstuk: 'hoofdstukken',
  thema: "thema's",
  stap: 'stappen',
  tip: 'tips',
  materiaal: 'materialen',
};

/** "1 vraag", "8 vragen": the items of the list at `path`, counted. */
export function countItems(path: string, n: number): string {
  const key = /([^.[\]]+)(?:\[\d+\])*$/.exec(path)?.[1] ?? '';
  const one = ITEM[key];
  return one ? `${n} ${n === 1 ? one : PLURAL[one]}` : `${n} ${n === 1 ? 'item' : 'items'}`;
}

/**
 * `cards[1].text` as people count: `kaart 2 ("Begin klein"), text`. Counting
 * starts at 1, and an item with a title or heading is named by it.
 */
export function humanPath(path: string, doc?: Document): string {
  if (!path.includes('[')) return path;
  const keys: (string | number)[] = [];
  const parts: string[] = [];
  let afterItem = false;
  for (const seg of path.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(seg);
    if (!m) return path;
    keys.push(m[1]!);
    const indexes = [...m[2]!.matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    if (!indexes.length) {
      // film.url stays as written; after a counted item a comma reads better.
      if (parts.length && !afterItem) parts[parts.length - 1] += `.${m[1]}`;
      else parts.push(m[1]!);
      afterItem = false;
      continue;
    }
    for (const i of indexes) {
      keys.push(i);
      const title = doc?.getIn([...keys, 'title']) ?? doc?.getIn([...keys, 'heading']);
      const named = typeof title === 'string' && title.trim() ? ` ("${short(title.trim())}")` : '';
      // A theme is known by its letter, not by where it is in the list.
      const id = m[1] === 'themes' ? doc?.getIn([...keys, 'id']) : undefined;
      parts.push(typeof id === 'string' ? `thema ${id}` : `${ITEM[m[1]!] ?? m[1]} ${i + 1}${named}`);
      afterItem = true;
    }
  }
  return parts.join(', ');
}

const short = (s: string) => (s.length > 40 ? s.slice(0, 37) + '…' : s);
