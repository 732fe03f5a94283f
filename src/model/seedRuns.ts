import { problem } from '../errors.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Loc, Problem } from '../errors.js';
import type { Project } from './load.js';
import { wordsOf } from './words.js';

/** A run of this many words in the same order is copied, not written afresh. */
export const RUN_WORDS = 8;

/**
 * The original web page the toolkit was first written from: beside the
 * project, in ../shared/seed. It is only there on the authors' machines;
 * without it the check is skipped.
 */
export const seedPagePath = (project: Project) => join(dirname(project.dataDir), '..', 'shared', 'seed', 'toolkit-page.nl.txt');

/**
 * Every run of 8 or more words that a text field shares with the seed page,
 * as warnings that quote the run. Titles are names, not prose: runs inside the
 * toolkit's or a package's title are not counted; nor is what stands between quotation marks.
 */
export function seedRuns(project: Project, seedFile = seedPagePath(project)): Problem[] {
  if (!existsSync(seedFile)) return [];
  const key = (ws: string[]) => ws.join(' ');
  const grams = new Set<string>();
  const seed = wordsOf(readFileSync(seedFile, 'utf8')).map((w) => w.word);
  for (let i = 0; i + RUN_WORDS <= seed.length; i++) grams.add(key(seed.slice(i, i + RUN_WORDS)));
  const titles = [project.toolkit.title, ...project.packages.map((p) => p.title)];
  for (const t of titles) {
    const ws = wordsOf(t).map((w) => w.word);
    for (let i = 0; i + RUN_WORDS <= ws.length; i++) grams.delete(key(ws.slice(i, i + RUN_WORDS)));
  }
  const texts: { text: string; at: Loc }[] = [...project.toolkit.texts, ...project.packages.flatMap((p) => p.texts)];
  const problems: Problem[] = [];
  for (const t of texts)
    for (const part of unquoted(t.text)) {
      const ws = wordsOf(part);
      const hit = ws.map((_, i) => i + RUN_WORDS <= ws.length && grams.has(key(ws.slice(i, i + RUN_WORDS).map((w) => w.word))));
      for (let i = 0; i < hit.length; i++) {
        if (!hit[i]) continue;
        let end = i; // the last 8-gram that starts inside this run
        while (hit[end + 1]) end++;
        const run = ws.slice(i, end + RUN_WORDS).map((w) => w.token);
        problems.push(problem('seed-copy', { words: run.length, run: run.join(' '), seed: seedFile }, { at: t.at, severity: 'warning' }));
        i = end + RUN_WORDS - 1;
      }
    }
  return problems;
}

/**
 * The text outside quotation marks, in pieces: a quotation is copied on
 * purpose (the quotes of #14 must be as the page gives them), and a run must
 * not join the words before a quote to those after it.
 */
export const unquoted = (text: string) => text.split(/[‘“"][^‘’“”"]*[’”"]/);

