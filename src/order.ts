/**
 * Sorts names by their code units: the same order on every machine, where
 * localeCompare follows the locale (and takes 6 ms to set up at first use).
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
