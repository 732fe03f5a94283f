/**
 * Hyphenation callback for headings and titles: a broken word in a title is
 * hard to read and looks like a typo. Only the author's soft hyphens may break.
 */
export const wholeWords = (word: string): string[] => word.split('\u00AD');
