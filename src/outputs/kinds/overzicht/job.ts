import type { Job } from '../../../run/job.js';
import { hash } from '../../../run/fingerprint.js';
import { contextFor, type PlanContext } from '../../context.js';
import { factsByPath, OVERVIEW, OVERVIEW_FILE } from '../../files.js';
import { loadRenderer } from '../../loadRenderer.js';

/**
 * `overzicht-A4.pdf`: every package by theme, with what it holds. It lists
 * them all, so it is not made while one of them fails (`failsWith`).
 */
export function overviewJob(pc: PlanContext, failsWith: string[]): Job {
  const { packages } = pc.project;
  return {
    id: 'overzicht',
    family: 'build',
    what: 'overzicht',
    owner: OVERVIEW,
    outputs: [OVERVIEW],
    facts: factsByPath([OVERVIEW_FILE]),
    needs: [],
    failsWith,
    fingerprint: hash(
      pc.base,
      'overview',
      packages.map((p) => [p.number, p.title, p.theme.id, p.questions.length, p.werkplaten.map((w) => w.title), p.cards.map((c) => c.kind)]),
    ),
    async make(input) {
      return [{ path: OVERVIEW, bytes: await (await loadRenderer()).makeOverview(contextFor(pc, input), packages) }];
    },
  };
}
