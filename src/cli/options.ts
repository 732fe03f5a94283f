import { InvalidArgumentError, Option } from 'commander';
import { defaultDataDir } from '../paths.js';
import { ToolkitError, problem } from '../errors.js';

/**
 * No package number can be higher: a guard so that a typo such as 1-1000000000
 * never becomes a list of a billion numbers. Which numbers exist is checked
 * against the toolkit itself when the packages are chosen (plan/select.ts).
 */
export const HIGHEST_NUMBER = 9999;
import { closest } from '../content/suggest.js';

/** "8,9" or "8-10" to [8, 9] or [8, 9, 10]. */
export function parseNumbers(value: string, previous: number[] = []): number[] {
  const parts = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (!parts.length) throw new InvalidArgumentError('er staat geen nummer; noem een of meer werkpakketten, bijvoorbeeld 8, 8,9 of 13-18.');
  const out = [...previous];
  for (const part of parts) {
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!m) throw new InvalidArgumentError(`"${part}" is geen werkpakketnummer; schrijf bijvoorbeeld 8, 8,9 of 13-18.`);
    const [a, b] = [Number(m[1]), Number(m[2] ?? m[1])];
    if (b < a) throw new InvalidArgumentError(`"${part}" loopt achteruit; zet het laagste nummer voorop: ${b}-${a}.`);
    if (b > HIGHEST_NUMBER) throw new InvalidArgumentError(`"${part}": zo hoog gaan de nummers van werkpakketten niet. \`toolkit list\` toont welke er zijn.`);
    for (let n = a; n <= b; n++) if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** "C" or "c,d" to ["C", "D"]. */
export function parseThemes(value: string, previous: string[] = []): string[] {
  const items = value.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
  if (!items.length) throw new InvalidArgumentError("er staat geen thema; noem een of meer thema's, bijvoorbeeld C of C,D.");
  return [...previous, ...items];
}

export function parseList<T extends string>(choices: readonly T[]) {
  return (value: string, previous: T[] = []): T[] => {
    const items = value.split(',').map((s) => s.trim()).filter(Boolean);
    if (!items.length) throw new InvalidArgumentError(`er staat niets; kies uit ${choices.join(', ')}.`);
    const bad = items.filter((i) => !(choices as readonly string[]).includes(i));
    if (bad.length) {
      const near = bad.length === 1 ? closest(bad[0]!, choices) : undefined;
      throw new InvalidArgumentError(`"${bad.join(', ')}" is geen soort uitvoer; kies uit ${choices.join(', ')}${near ? `. Bedoel je ${near}?` : '.'}`);
    }
    return [...previous, ...(items as T[])];
  };
}

/** `--data MAP` picks the toolkit; without it TOOLKIT_DATA, then this project's own data/. */
export function dataOption(env: NodeJS.ProcessEnv): Option {
  const fromEnv = env.TOOLKIT_DATA?.trim();
  return new Option('--data <map>', 'map met toolkit.yaml en packages/: welke toolkit (ook: TOOLKIT_DATA)').default(
    fromEnv || defaultDataDir,
    fromEnv ? `TOOLKIT_DATA, ${fromEnv}` : 'data/ van deze toolkit',
  );
}

/** --all means everything: with --package or --theme it is unclear what was meant. */
export function checkSelection(o: { all?: boolean; package?: unknown[]; theme?: unknown[] }): void {
  if (o.all && (o.package?.length || o.theme?.length))
    throw new ToolkitError('usage', [
      problem(
        'selection-conflict',
        { what: `--all kan niet samen met ${o.package?.length ? '--package' : '--theme'}: --all kiest al alle werkpakketten` },
        { hint: `Laat --all weg om alleen de gekozen ${o.package?.length ? 'werkpakketten' : "thema's"} te maken, of laat ${o.package?.length ? '--package' : '--theme'} weg voor alles.` },
      ),
    ]);
}
