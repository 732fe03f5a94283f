import { problem } from '../errors.js';
import { isMap, isScalar, type Node } from 'yaml';
import { LAYOUTS, type LayoutName } from './layouts.js';
import { colour, isoDate, integer, list, object, oneOf, opt, report, req, text, url, type Check, type Infer } from './schema.js';
import { facilitation, wordCount } from './facilitation.js';

const anything: Check<unknown> = () => null;

// Generous limits: the text-fit check decides what really fits a layout; these only catch runaway text.
const area = object({ heading: req(text({ maxChars: 60 })), prompt: req(text({ maxWords: 60 })) });
const slider = object({
  heading: req(text({ maxChars: 40 })),
  left: req(text({ maxChars: 24 })),
  right: req(text({ maxChars: 24 })),
});

/**
 * The axes of a 2 x 2 grid, each with a pole word at either end: `horizontal`
 * runs under the columns (left column to right column), `vertical` beside the
 * rows (top row to bottom row).
 */
const axes = object({
  horizontal: opt(object({ left: req(text({ maxChars: 24 })), right: req(text({ maxChars: 24 })) })),
  vertical: opt(object({ top: req(text({ maxChars: 24 })), bottom: req(text({ maxChars: 24 })) })),
});

const base = { title: req(text({ maxChars: 80 })), layout: req(oneOf(LAYOUTS)), instruction: req(text({ maxWords: 40 })) };
const baseCheck = object(base);

export type Area = Infer<typeof area>;
export type Slider = Infer<typeof slider>;
export type Axes = Infer<typeof axes>;
/** A werkplaat as the model has it: every layout's fields, empty where its layout has none. */
export type Werkplaat = Infer<typeof baseCheck> & { areas: Area[]; centre?: Area; sliders: Slider[]; axes?: Axes };

/** Each layout's own fields; a field another layout uses is an unknown key here. */
const layoutChecks = {
  columns: { check: object({ ...base, areas: req(list(area, { min: 2, max: 3 })) }) },
  grid: { check: object({ ...base, areas: req(list(area)), axes: opt(axes) }), areas: [4, 6] },
  sliders: { check: object({ ...base, sliders: req(list(slider, { min: 3, max: 6 })) }) },
  cycle: { check: object({ ...base, centre: req(area), areas: req(list(area, { min: 4, max: 6 })) }) },
  canvas: { check: object({ ...base, centre: req(area), areas: req(list(area, { min: 2, max: 6 })) }) },
} satisfies Record<LayoutName, { check: Check<Partial<Werkplaat>>; areas?: number[] }>;

const werkplaatCheck: Check<Werkplaat> = (node, path, ctx, parent) => {
  if (!isMap(node)) return baseCheck(node, path, ctx, parent) && undefined;
  const layoutNode = node.get('layout', true) as Node | undefined;
  const name = isScalar(layoutNode) ? String(layoutNode.value) : undefined;
  const spec: { check: Check<Partial<Werkplaat> & Infer<typeof baseCheck>>; areas?: number[] } | undefined =
    name && (LAYOUTS as readonly string[]).includes(name) ? layoutChecks[name as LayoutName] : undefined;
  // With an unknown layout only the layout is wrong: do not also call its fields unknown.
  if (!spec) return object({ ...base, areas: opt(anything), centre: opt(anything), sliders: opt(anything), axes: opt(anything) })(node, path, ctx, parent) && undefined;
  const v = spec.check(node, path, ctx, parent);
  if (!v) return undefined;
  const areas = v.areas ?? [];
  if (spec.areas && !spec.areas.includes(areas.length))
    return report(ctx, node.get('areas', true) as Node, `${path}.areas`, problem('area-count', { layout: name ?? '', needs: spec.areas.join(' of '), found: areas.length }));
  return { ...v, areas, sliders: v.sliders ?? [] };
};
/** For the docs: every field some layout has. */
const werkplaat = Object.assign(werkplaatCheck, { fields: { ...base, areas: opt(list(area)), centre: opt(area), sliders: opt(list(slider)), axes: opt(axes) } });

const card = object({
  kind: req(oneOf(['denk', 'doe'] as const)),
  title: req(text({ maxChars: 60 })),
  text: req(text()),
});
export type Card = Infer<typeof card>;
export type CardKind = Card['kind'];

/** A toolkit's own counts: `limits:` in toolkit.yaml, each with today's toolkit as its default. */
export interface Limits {
  /** The highest package number. */
  packages: number;
  questions: { min: number; max: number };
  cards: { min: number; max: number };
}

export const DEFAULT_LIMITS: Limits = { packages: 18, questions: { min: 8, max: 17 }, cards: { min: 1, max: 18 } };
/** The most any toolkit may have: the file names carry two digits. */
export const MOST_PACKAGES = 99;

const why = (key: string) => `De grens staat in toolkit.yaml bij limits.${key}; pas hem daar aan als dat zo hoort.`;

export const werkplaatList = list(werkplaat, { min: 2, max: 3 });
// Also checked on their own, so a file with a mistake elsewhere still gets its text fit checked.
export const cardList = (limits: Limits) => list(card, { ...limits.cards, why: why('cards') });

/**
 * One package file, for a toolkit with these limits. `theme` is required where
 * the toolkit has themes; in one without, the loader refuses it with its own message.
 */
export function packageSchema(limits: Limits = DEFAULT_LIMITS, themed = true) {
  return object({
    number: req(integer(1, limits.packages, why('packages'))),
    theme: (themed ? req(text()) : opt(text())) as ReturnType<typeof opt<string>>,
    title: req(text({ maxChars: 90 })),
    intro: req(text()),
    film: req(object({ title: req(text()), url: opt(url), password: opt(text()) })),
    questions: req(list(text(), { ...limits.questions, why: why('questions') })),
    werkplaten: opt(werkplaatList),
    cards: opt(cardList(limits)),
    // Optional: other toolkits on the same engine may have no session plans; `check` warns.
    background: opt(wordCount(150, 250)),
    facilitation: opt(facilitation),
  });
}
export type PackageSource = Infer<ReturnType<typeof packageSchema>>;

/** Four whole percentages: cyan, magenta, yellow, black. */
const cmyk: Check<[number, number, number, number]> = (node, path, ctx, parent) =>
  list(integer(0, 100), { min: 4, max: 4 })(node, path, ctx, parent) as [number, number, number, number] | undefined;

const range = (most: number) => object({ min: req(integer(1, most)), max: req(integer(1, most)) });
const limits = object({ packages: opt(integer(1, MOST_PACKAGES)), questions: opt(range(40)), cards: opt(range(99)) });

/** A theme's letter goes into file names (thema-A-…-bundel.pdf): a letter or digit, never a "/" or ".". */
const themeId: Check<string> = (node, path, ctx, parent) => {
  const v = text({ maxChars: 1 })(node, path, ctx, parent);
  if (v === undefined || /^[\p{L}\p{N}]$/u.test(v)) return v;
  return report(ctx, node, path, problem('theme-id', { value: v }));
};

const theme = object({ id: req(themeId), name: req(text()), colour: req(colour), cmyk: req(cmyk) });
export type ThemeSource = Infer<typeof theme>;

export const toolkitSchema = object({
  title: req(text()),
  version: req(text()),
  date: req(isoDate),
  contact: req(object({ name: req(text()), email: req(text()), web: opt(url) })),
  cards: req(object({ width_mm: req(integer(40, 150)), height_mm: req(integer(40, 200)) })),
  // Optional: a toolkit without themes gets one implicit theme, named after the toolkit.
  // colour for screens and office printers; cmyk, in percent, for the print shop's file.
  themes: opt(list(theme, { min: 1, max: 12 })),
  // The colour of a toolkit without themes.
  colour: opt(colour),
  cmyk: opt(cmyk),
  limits: opt(limits),
  guide: opt(list(object({ heading: req(text()), text: req(text()) }))),
  mail: opt(object({ subject: req(text()), body: req(text()) })),
});
export type ToolkitSource = Infer<typeof toolkitSchema>;
