/**
 * Typographic finishing of text as it is set, the same everywhere it is
 * applied: the sources are typed on keyboards, print wants the real marks.
 * - ' and " become ‘ ’ and “ ”; an apostrophe inside or at the end of a word ’.
 * - A number and its unit stay together: a non-breaking space in "5 cm", "60 minuten", "100 %" (and "100%" gets one).
 * - A range of numbers takes an en dash: "3-20" becomes "3–20".
 */
const NBSP = '\u00a0';

export function typo(text: string): string {
  return text
    .replace(/(^|[\s(\[—–-])"(?=\S)/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s(\[—–-])'(?=\S)/g, '$1‘')
    .replace(/'/g, '’')
    .replace(/(\d) ?%/g, `$1${NBSP}%`)
    .replace(/(\d) (mm|cm|m|g|pt|min|minuten|uur|kwartier)\b/g, `$1${NBSP}$2`)
    .replace(/(^|[^\d-])(\d+)-(\d+)(?![\d-])/g, '$1$2–$3');
}
