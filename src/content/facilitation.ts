import { problem } from '../errors.js';
/** The schema of a package's session plan (`facilitation:`) and its `background:` text. */
import { integer, list, object, opt, report, req, text, type Check } from './schema.js';

/** The length of a plan: a session of one hour. */
export const PLAN_MINUTES = 60;

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Text of `min` to `max` words; the error gives the count, so the writer knows how far off it is. */
export function wordCount(min: number, max: number): Check<string> {
  return (node, path, ctx, parent) => {
    const v = text()(node, path, ctx, parent);
    if (v === undefined) return undefined;
    const n = countWords(v);
    if (n >= min && n <= max) return v;
    const off = n < min ? `${min - n} te weinig` : `${n - max} te veel`;
    return report(ctx, node, path, problem('word-count', { words: n, off, min, max }, { hint: n < min ? 'Vul de tekst aan.' : 'Kort de tekst in.' }));
  };
}

/**
 * What a step may name as `uses`: the film, the werkblad, the cards, or a
 * werkplaat by its number ("werkplaat 2"). Whether that werkplaat exists is
 * checked by the loader, which knows how many the package has.
 */
export const USE_PATTERN = /^(film|werkblad|kaarten|werkplaat [1-9])$/;

const use: Check<string> = (node, path, ctx, parent) => {
  const v = text()(node, path, ctx, parent);
  if (v === undefined) return undefined;
  if (USE_PATTERN.test(v)) return v;
  return report(ctx, node, path, problem('uses', { what: `"${v}" is geen materiaal van een werkpakket` }, { hint: 'Kies uit: film, werkblad, kaarten, werkplaat 1, werkplaat 2, werkplaat 3.' }));
};

const step = object({
  minutes: req(integer(1, PLAN_MINUTES)),
  title: req(text({ maxChars: 60 })),
  text: req(text({ maxWords: 80 })),
  /** What to get ready before the session, beyond what `uses` already says. */
  prepare: opt(text({ maxWords: 30 })),
  uses: opt(list(use, { min: 1, max: 5 })),
});

export type Step = NonNullable<ReturnType<typeof step>>;

/** The steps of a plan, which must fill the hour exactly. */
const planCheck: Check<Step[]> = (node, path, ctx, parent) => {
  const steps = list(step, { min: 2, max: 8 })(node, path, ctx, parent);
  if (!steps) return undefined;
  const total = steps.reduce((sum, s) => sum + s.minutes, 0);
  if (total === PLAN_MINUTES) return steps;
  const off = total < PLAN_MINUTES ? `${PLAN_MINUTES - total} minuten te kort` : `${total - PLAN_MINUTES} minuten te lang`;
  const where = steps.map((s) => `regel ${s.at.line}: ${s.minutes}`).join(', ');
  return report(ctx, node, path, problem('plan-minutes', { total, off, minutes: PLAN_MINUTES }, { hint: `Minuten per stap (${where}). Pas ze aan tot ze samen ${PLAN_MINUTES} zijn.` }));
};

// `item` names the steps' fields for the docs check.
const plan = Object.assign(planCheck, { item: step });

export const facilitation = object({
  audience: req(text({ maxWords: 40 })),
  when: req(text({ maxWords: 60 })),
  plan: req(plan),
  short: req(text({ maxWords: 90 })),
  tips: req(list(text({ maxWords: 50 }), { min: 2, max: 4 })),
});

export type Facilitation = NonNullable<ReturnType<typeof facilitation>>;
