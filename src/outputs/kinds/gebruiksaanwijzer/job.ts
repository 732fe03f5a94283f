import type { Job } from '../../../run/job.js';
import { hash } from '../../../run/fingerprint.js';
import { contextFor, type PlanContext } from '../../context.js';
import { factsByPath, GUIDE, GUIDE_FILE } from '../../files.js';
import { loadRenderer } from '../../loadRenderer.js';

/** `gebruiksaanwijzer-A4.pdf`: how to use and print the toolkit. */
export function guideJob(pc: PlanContext): Job {
  return {
    id: 'gebruiksaanwijzer',
    family: 'build',
    what: 'gebruiksaanwijzer',
    owner: GUIDE,
    outputs: [GUIDE],
    facts: factsByPath([GUIDE_FILE]),
    needs: [],
    fingerprint: hash(pc.base, 'guide', pc.project.toolkit.guide.map(({ heading, text }) => ({ heading, text }))),
    async make(input) {
      return [{ path: GUIDE, bytes: await (await loadRenderer()).makeGuide(contextFor(pc, input)) }];
    },
  };
}
