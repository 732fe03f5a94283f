import { describe, expect, it } from 'vitest';
import { loadProject } from '../src/index.js';
import type { Package } from '../src/model/types.js';
import { dataDir } from './helpers.js';

/**
 * The shipped content read as an editor reads it (issue 28): eighteen packages
 * that each have their own plan, card mix and ways of opening and closing a
 * card, not one skeleton filled in eighteen times.
 */
const project = loadProject(dataDir);
const packages = project.packages;

/** What a step works with, in order: the plan's shape, whatever its titles say. "-" is a step of talk only. */
const shape = (p: Package) => p.facilitation!.plan.map((s) => (s.uses.length ? s.uses.map((u) => u.replace(/^werkplaat \d$/, 'werkplaat')).sort().join('+') : '-')).join(' > ');

const sentences = (text: string) => text.match(/[^.?!]+[.?!]+[’']?/g)?.map((s) => s.trim()) ?? [text];
/** The first two words of a sentence, without a leading quotation mark. */
const lead = (sentence: string) => sentence.replace(/^[‘’“'"(]+/, '').toLowerCase().split(/[\s,:;]+/).filter(Boolean).slice(0, 2).join(' ');
/** How a card opens: with a quoted sentence, or with its first two words ("denk aan", "vraag in"). */
const opening = (text: string) => (/^[‘“'"]/.test(text) ? 'een citaat' : lead(sentences(text)[0]!));
/** How a card closes: the first two words of its last sentence ("wat doe", "kijk of"). */
const closing = (text: string) => lead(sentences(text).at(-1)!);

/** Forms used more than `most` times over all cards, each with where: "denk aan: 1/1, 4/3, …". */
function overused(form: (text: string) => string, most: number): string[] {
  const seen = new Map<string, string[]>();
  for (const p of packages) p.cards.forEach((c, i) => seen.set(form(c.text), [...(seen.get(form(c.text)) ?? []), `${p.number}/${i + 1}`]));
  return [...seen].filter(([, at]) => at.length > most).map(([f, at]) => `${f} (${at.length}x): ${at.join(', ')}`);
}

/** "Puzzel of tuin?", "Overnemen of wachten?": a choice between two words as a title. */
const EITHER_OR = /^\S+( \S+)? of \S+( \S+)?\?$/;

describe('content variety: the shipped packages', () => {
  it('has all eighteen packages, each with a plan', () => {
    expect(project.broken).toEqual([]);
    expect(packages).toHaveLength(18);
    for (const p of packages) expect(p.facilitation, p.id).toBeDefined();
  });

  it('gives each package its own plan: at least 12 distinct step-title sequences and at least 12 distinct shapes (what each step works with, in order)', () => {
    const titles = new Set(packages.map((p) => p.facilitation!.plan.map((s) => s.title.toLowerCase()).join(' | ')));
    expect(titles.size).toBeGreaterThanOrEqual(12);
    const shapes = new Map<string, number[]>();
    for (const p of packages) shapes.set(shape(p), [...(shapes.get(shape(p)) ?? []), p.number]);
    expect(shapes.size, [...shapes].map(([s, n]) => `${n.join(',')}: ${s}`).join('\n')).toBeGreaterThanOrEqual(12);
    // Not always the film second: the film's place follows the idea.
    const filmSecond = packages.filter((p) => p.facilitation!.plan[1]!.uses.includes('film'));
    expect(filmSecond.length, filmSecond.map((p) => p.number).join(', ')).toBeLessThanOrEqual(12);
  });

  it('keeps ten cards a package, and mixes denk and doe by the idea in at least 4 packages', () => {
    for (const p of packages) expect(p.cards, p.id).toHaveLength(10);
    const mixed = packages.filter((p) => p.cards.filter((c) => c.kind === 'denk').length !== 5);
    expect(mixed.length, mixed.map((p) => p.number).join(', ')).toBeGreaterThanOrEqual(4);
    for (const p of packages) for (const kind of ['denk', 'doe']) expect(p.cards.filter((c) => c.kind === kind).length, `${p.id} ${kind}`).toBeGreaterThanOrEqual(3);
  });

  it('uses no opening and no closing of a card more than 3 times over all packages', () => {
    expect(overused(opening, 3)).toEqual([]);
    expect(overused(closing, 3)).toEqual([]);
    // The ending the issue counted 22 times: "Kijk …", "Let op …", "Noteer …".
    const observe = packages.flatMap((p) => p.cards.filter((c) => /^(Kijk|Let op|Noteer)\b/.test(sentences(c.text).at(-1)!)).map((c) => `${p.number}: ${c.title}`));
    expect(observe.length, observe.join('\n')).toBeLessThanOrEqual(3);
  });

  it('has no title of the form "X of Y?" on a card, a plan step or a werkplaat', () => {
    const titles = packages.flatMap((p) => [...p.cards.map((c) => c.title), ...p.facilitation!.plan.map((s) => s.title), ...p.werkplaten.map((w) => w.title)].map((t) => `${p.number}: ${t}`));
    expect(titles.length).toBeGreaterThan(300);
    expect(titles.filter((t) => EITHER_OR.test(t.replace(/^\d+: /, '')))).toEqual([]);
  });
});
