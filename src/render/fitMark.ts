/**
 * The marks templates put on what the text-fit check (fit.ts) measures: a
 * box, the area its text must stay inside, and the texts in it. react-pdf
 * keeps a node's props in its layout tree but only strings survive as they
 * are, so a mark travels as a string in a `data-fit` prop; this module is the
 * only one that writes or reads that string.
 */

/** Which text of a group a mark is on; `box` is the area the others must stay inside. */
export type FitPart = 'box' | 'title' | 'text' | 'heading' | 'prompt' | 'left' | 'right' | 'instruction' | 'package' | 'source';

/** A part of a werkplaat that has its own box. */
export type Region = { of: 'header' } | { of: 'instruction' } | { of: 'footer' } | { of: 'source' } | { of: 'centre' } | { of: 'area'; index: number } | { of: 'slider'; index: number };

/** What is measured together: one card, one region of a werkplaat, one stamp word. */
export type FitGroup = { kind: 'card'; card: number } | { kind: 'werkplaat'; plaat: number; region: Region } | { kind: 'stamp'; word: number };

export interface FitMark {
  group: FitGroup;
  part: FitPart;
}

const PARTS: readonly FitPart[] = ['box', 'title', 'text', 'heading', 'prompt', 'left', 'right', 'instruction', 'package', 'source'];
const REGION_CODES = { header: 'h', instruction: 'i', footer: 'f', source: 'g', centre: 'c', area: 'a', slider: 's' } as const;

/** The group as a string: equal groups, equal keys. */
export function groupKey(g: FitGroup): string {
  if (g.kind === 'card') return String(g.card);
  if (g.kind === 'stamp') return `s${g.word}`;
  const r = g.region;
  return `w${g.plaat}-${REGION_CODES[r.of]}${'index' in r ? r.index : ''}`;
}

export const encode = (m: FitMark): string => `${groupKey(m.group)}:${m.part}`;

const PROP = 'data-fit';

/** The props that put a mark on a react-pdf View or Text. */
export const fitProps = (group: FitGroup, part: FitPart): object => ({ [PROP]: encode({ group, part }) });

/** The mark on a node of react-pdf's layout tree, from its props. */
export const markOf = (props: Record<string, unknown> | undefined): FitMark | undefined => decode(props?.[PROP]);

/** The mark a `data-fit` string holds, or undefined for one no template writes. */
export function decode(s: unknown): FitMark | undefined {
  if (typeof s !== 'string') return undefined;
  const m = /^(?:(\d+)|s(\d+)|w(\d+)-([hifgcas])(\d*)):([a-z]+)$/.exec(s);
  const part = m?.[6] as FitPart | undefined;
  if (!m || !part || !PARTS.includes(part)) return undefined;
  if (m[1] !== undefined) return { group: { kind: 'card', card: Number(m[1]) }, part };
  if (m[2] !== undefined) return { group: { kind: 'stamp', word: Number(m[2]) }, part };
  const region = regionOf(m[4]!, m[5]!);
  return region && { group: { kind: 'werkplaat', plaat: Number(m[3]), region }, part };
}

function regionOf(code: string, index: string): Region | undefined {
  const of = (Object.keys(REGION_CODES) as Region['of'][]).find((k) => REGION_CODES[k] === code)!;
  if (of === 'area' || of === 'slider') return index ? { of, index: Number(index) } : undefined;
  return index ? undefined : { of };
}
