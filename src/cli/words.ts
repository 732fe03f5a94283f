/** "1 probleem", "2 problemen": the number with the right form of the word. */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Seconds as a Dutch reader writes them: 0,75 s. */
export const seconds = (s: number) => `${s.toFixed(2).replace('.', ',')} s`;
