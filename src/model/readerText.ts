import { formatLoc, problem, type Loc, type Problem } from '../errors.js';
import type { Package, Toolkit } from './types.js';
import { normalText } from './words.js';

/**
 * What an editor catches by reading, and a machine can catch too: the checks
 * of reader text that `check` runs over the whole toolkit. Each returns a list
 * of problems with the place in the YAML; they only read, never change text.
 */

type Text = { text: string; at: Loc };

/** Fields a reader never sees as prose: links, passwords, theme letters, the plan's material names, the mail (plain text, where straight quotes are normal). */
const NOT_READER = /^(film\.(url|password)|theme|number|facilitation\.plan\[\d+\]\.uses(\[\d+\])?|contact\..*|mail\..*|version|date|themes\[\d+\]\.(id|colour|cmyk.*)|colour|cmyk.*|cards\[\d+\]\.kind|werkplaten\[\d+\]\.layout)$/;

const readerTexts = (texts: Text[]) => texts.filter((t) => t.at.path !== undefined && !NOT_READER.test(t.at.path));

/**
 * A straight quotation mark: " anywhere, or ' that opens a quotation (at the
 * start of a word and not the apostrophe of 's, 't, 'n). The toolkit writes
 * ‘ ’ throughout; print would turn ' into curly marks, the site and the search would not.
 */
const STRAIGHT = /"|(?:^|[\s(\[—–-])'(?![stn]\b)(?=\S)/;

export function straightQuotes(texts: Text[]): Problem[] {
  const out: Problem[] = [];
  for (const t of readerTexts(texts)) {
    const m = STRAIGHT.exec(t.text);
    if (!m) continue;
    const at = m.index + m[0].length - 1;
    const around = t.text.slice(Math.max(0, at - 15), at + 20).replace(/\s+/g, ' ').trim();
    out.push(problem('straight-quote', { mark: t.text[at]!, around }, { at: t.at, severity: 'warning' }));
  }
  return out;
}

/** "#8", "(#11 en #12)": how the authors number packages, not how a reader finds them. */
const NUMBER_SIGN = /(?:^|[\s(])#(\d+)\b/;

export function numberSigns(texts: Text[]): Problem[] {
  const out: Problem[] = [];
  for (const t of readerTexts(texts)) {
    const m = NUMBER_SIGN.exec(t.text);
    if (m) out.push(problem('number-sign', { found: `#${m[1]}`, number: m[1]! }, { at: t.at }));
  }
  return out;
}

/** Words that tie a question to the one before it: a question on a werkblad is read, and chosen, on its own. */
const CONNECTIVES = ['en', 'maar', 'daarna', 'dan', 'ook', 'want', 'dus', 'toen', 'vervolgens', 'daarom', 'waarom dan'];
/** Words that point back at something named before: "die collega", "dat moment". */
const POINTING = ['die', 'dat', 'diezelfde', 'datzelfde', 'hij', 'zij', 'ze'];

export function questionsAlone(pkg: Package): Problem[] {
  const out: Problem[] = [];
  for (const t of pkg.texts) {
    if (!t.at.path || !/^questions\[\d+\]$/.test(t.at.path)) continue;
    const words = t.text.replace(/^[\s‘“'"(]+/, '').toLowerCase().split(/[\s,?!.:;]+/);
    const two = `${words[0]} ${words[1]}`;
    const connective = CONNECTIVES.find((c) => c === two) ?? CONNECTIVES.find((c) => c === words[0]);
    if (connective) {
      out.push(problem('question-connective', { word: connective }, { at: t.at, severity: 'warning' }));
      continue;
    }
    if (POINTING.includes(words[0]!)) out.push(problem('question-points-back', { word: words[0]! }, { at: t.at, severity: 'warning' }));
  }
  return out;
}

/** "45 minuten", "een kwartier", "een half uur", "een uur": what a werkplaat's instruction says it takes. */
function minutesNamed(text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(/(\d+)\s*(?:minuten|min\.?)(?![\p{L}])/gu)) found.push(Number(m[1]));
  if (/\been kwartier\b/i.test(text)) found.push(15);
  if (/\been half uur\b/i.test(text)) found.push(30);
  if (/\been uur\b/i.test(text)) found.push(60);
  return found;
}

/**
 * One truth per duration: a werkplaat that names its time names the time of
 * the plan step (or steps) that use it. A facilitator holding werkplaat and
 * draaiboek must not see two. The longest time named is the total; shorter
 * ones may be its parts. Without a plan there is nothing to compare.
 */
export function werkplaatMinutes(pkg: Package): Problem[] {
  const plan = pkg.facilitation?.plan;
  if (!plan) return [];
  const out: Problem[] = [];
  pkg.werkplaten.forEach((w, i) => {
    const named = minutesNamed(w.instruction);
    if (!named.length) return;
    const at = pkg.texts.find((t) => t.at.path === `werkplaten[${i}].instruction`)?.at ?? { file: pkg.file, line: 1, col: 1 };
    const steps = plan.filter((s) => s.uses.includes(`werkplaat ${i + 1}`));
    const said = Math.max(...named);
    if (!steps.length) {
      out.push(problem('werkplaat-minutes', { werkplaat: i + 1, said, planned: 'geen stap van het draaiboek gebruikt hem' }, { at, hint: `Haal de duur uit de instructie, of noem de werkplaat bij uses van de stap die hem gebruikt.` }));
      return;
    }
    const planned = steps.reduce((n, s) => n + s.minutes, 0);
    if (said === planned) return;
    const where = steps.map((s) => `regel ${s.at.line}: ${s.minutes} minuten`).join(', ');
    out.push(problem('werkplaat-minutes', { werkplaat: i + 1, said, planned: `het draaiboek geeft er ${planned} (${where})` }, { at }));
  });
  return out;
}

/**
 * Two packages whose plans have the same step titles in the same order: one
 * skeleton for two ideas. Compared on their words (words.ts), so a changed
 * comma or capital does not hide it.
 */
export function samePlans(packages: Package[]): Problem[] {
  const out: Problem[] = [];
  const first = new Map<string, { pkg: Package; at: Loc }>();
  for (const pkg of packages) {
    const plan = pkg.facilitation?.plan;
    if (!plan) continue;
    const key = plan.map((s) => normalText(s.title)).join(' | ');
    const at = pkg.texts.find((t) => t.at.path === 'facilitation.plan[0].title')?.at ?? plan[0]!.at;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, { pkg, at });
      continue;
    }
    out.push(problem('same-plan', { steps: plan.map((s) => s.title).join(' → '), where: formatLoc({ ...seen.at, path: undefined }) }, { at, severity: 'warning' }));
  }
  return out;
}

/** Every check of this file over the toolkit and its packages. */
export function readerTextProblems(toolkit: Toolkit, packages: Package[]): Problem[] {
  const texts = [...toolkit.texts, ...packages.flatMap((p) => p.texts)];
  return [...straightQuotes(texts), ...numberSigns(texts), ...packages.flatMap((p) => [...werkplaatMinutes(p), ...questionsAlone(p)]), ...samePlans(packages)];
}
