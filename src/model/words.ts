/**
 * Text reduced to the words that carry it, for comparing content: case,
 * accents, punctuation and spacing do not count. "Vraag het de inwoner!" and
 * "vraag het de Inwoner" are the same question.
 */
export function normalWord(token: string): string {
  return token
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a text with the original token each came from, for quoting. */
export function wordsOf(text: string): { word: string; token: string }[] {
  return text
    .split(/\s+/)
    .map((token) => ({ word: normalWord(token), token }))
    .filter((w) => w.word);
}

export const normalText = (text: string) => wordsOf(text).map((w) => w.word).join(' ');
