import { InvalidArgumentError } from 'commander';
import { closest } from '../content/suggest.js';

/** "8,9" or "8-10" to [8, 9] or [8, 9, 10]. */
export function parseNumbers(value: string, previous: number[] = []): number[] {
  const out = [...previous];
  for (const part of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) throw new InvalidArgumentError(`"${part}" is geen werkpakketnummer; schrijf bijvoorbeeld 8, 8,9 of 13-18.`);
    const [a, b] = [Number(m[1]), Number(m[2] ?? m[1])];
    for (let n = Math.min(a, b); n <= Math.max(a, b); n++) out.push(n);
  }
  return out;
}

/** "C" or "c,d" to ["C", "D"]. */
export function parseThemes(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean)];
}

export function parseList<T extends string>(choices: readonly T[]) {
  return (value: string, previous: T[] = []): T[] => {
    const items = value.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = items.filter((i) => !(choices as readonly string[]).includes(i));
    if (bad.length) {
      const near = bad.length === 1 ? closest(bad[0]!, choices) : undefined;
      throw new InvalidArgumentError(`"${bad.join(', ')}" is geen soort uitvoer; kies uit ${choices.join(', ')}${near ? `. Bedoel je ${near}?` : '.'}`);
    }
    return [...previous, ...(items as T[])];
  };
}
