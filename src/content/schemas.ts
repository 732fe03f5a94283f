import { isMap, isScalar, type Node } from 'yaml';
import { LAYOUTS, type LayoutName } from '../model/types.js';
import { colour, isoDate, integer, list, object, oneOf, opt, report, req, text, url, type Check } from './schema.js';
import { facilitation, wordCount } from './facilitation.js';

const anything: Check<unknown> = () => null;

// Generous limits: the text-fit check decides what really fits a layout; these only catch runaway text.
const area = object({ heading: req(text({ maxChars: 60 })), prompt: req(text({ maxWords: 60 })) });
const slider = object({
  heading: req(text({ maxChars: 40 })),
  left: req(text({ maxChars: 24 })),
  right: req(text({ maxChars: 24 })),
});

const base = { title: req(text({ maxChars: 80 })), layout: req(oneOf(LAYOUTS)), instruction: req(text({ maxWords: 40 })) };

/** Each layout's own fields; a field another layout uses is an unknown key here. */
const layoutChecks: Record<LayoutName, { check: Check<unknown>; areas?: number[] }> = {
  columns: { check: object({ ...base, areas: req(list(area, { min: 2, max: 3 })) }) },
  grid: { check: object({ ...base, areas: req(list(area)) }), areas: [4, 6] },
  sliders: { check: object({ ...base, sliders: req(list(slider, { min: 3, max: 6 })) }) },
  cycle: { check: object({ ...base, centre: req(area), areas: req(list(area, { min: 4, max: 6 })) }) },
  canvas: { check: object({ ...base, centre: req(area), areas: req(list(area, { min: 2, max: 6 })) }) },
};

const werkplaat: Check<unknown> = (node, path, ctx, parent) => {
  if (!isMap(node)) return object(base)(node, path, ctx, parent);
  const layoutNode = node.get('layout', true) as Node | undefined;
  const name = isScalar(layoutNode) ? String(layoutNode.value) : undefined;
  const spec = name && (LAYOUTS as readonly string[]).includes(name) ? layoutChecks[name as LayoutName] : undefined;
  // With an unknown layout only the layout is wrong: do not also call its fields unknown.
  if (!spec) return object({ ...base, areas: opt(anything), centre: opt(anything), sliders: opt(anything) })(node, path, ctx, parent);
  const v = spec.check(node, path, ctx, parent) as { areas?: unknown[] } | undefined;
  if (v && spec.areas && !spec.areas.includes(v.areas!.length)) {
    return report(ctx, node.get('areas', true) as Node, `${path}.areas`, `layout ${name} heeft ${spec.areas.join(' of ')} vakken nodig, er staan er ${v.areas!.length}`);
  }
  return v ? { areas: [], sliders: [], ...v } : undefined;
};

const card = object({
  kind: req(oneOf(['denk', 'doe'] as const)),
  title: req(text({ maxChars: 60 })),
  text: req(text()),
});

// Also checked on their own, so a file with a mistake elsewhere still gets its text fit checked.
export const cardList = list(card, { min: 1, max: 18 });
export const werkplaatList = list(werkplaat, { min: 2, max: 3 });

export const packageSchema = object({
  number: req(integer(1, 18)),
  theme: req(text()),
  title: req(text({ maxChars: 90 })),
  intro: req(text()),
  film: req(object({ title: req(text()), url: opt(url), password: opt(text()) })),
  questions: req(list(text(), { min: 8, max: 17 })),
  werkplaten: opt(werkplaatList),
  cards: opt(cardList),
  // Optional: other toolkits on the same engine may have no session plans; `check` warns.
  background: opt(wordCount(150, 250)),
  facilitation: opt(facilitation),
});

export const toolkitSchema = object({
  title: req(text()),
  version: req(text()),
  date: req(isoDate),
  contact: req(object({ name: req(text()), email: req(text()), web: opt(url) })),
  cards: req(object({ width_mm: req(integer(40, 150)), height_mm: req(integer(40, 200)) })),
  themes: req(
    list(
      // colour for screens and office printers; cmyk, in percent, for the print shop's file.
      object({ id: req(text({ maxChars: 1 })), name: req(text()), colour: req(colour), cmyk: req(list(integer(0, 100), { min: 4, max: 4 })) }),
      { min: 1, max: 12 },
    ),
  ),
  guide: opt(list(object({ heading: req(text()), text: req(text()) }))),
  mail: opt(object({ subject: req(text()), body: req(text()) })),
});
