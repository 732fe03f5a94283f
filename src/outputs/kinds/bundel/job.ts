import type { Package, Theme } from '../../../model/types.js';
import type { Job } from '../../../run/job.js';
import { hash } from '../../../run/fingerprint.js';
import { themeContent } from '../../content.js';
import { contextFor, type PlanContext } from '../../context.js';
import { bundleFile, bundleName, coverPath, factsByPath } from '../../files.js';
import { BUNDLE_KINDS } from '../index.js';
import { loadRenderer } from '../../loadRenderer.js';
import { brokenJobId, packageJobId } from '../../package.js';

/** What a package's cover in a bundle shows: editing a card's words does not change it. */
export function coverContent(pkg: Package): unknown {
  const { number, title, intro, film } = pkg;
  const werkplaten = pkg.werkplaten.map((w) => [w.title, w.instruction]);
  // Whether a draaiboek follows: the cover lists it.
  const draaiboek = pkg.facilitation !== undefined;
  return { number, title, theme: themeContent(pkg.theme), intro, film: film.title, questions: pkg.questions.length, werkplaten, kinds: pkg.cards.map((c) => c.kind), draaiboek };
}

/**
 * A whole theme's bundle: its packages' files (the jobs it needs hand it their
 * bytes) behind a cover each. The covers are a job of their own, kept in the
 * cache folder, so that a bundle remade for an edited card does not set them
 * again; both are one group.
 */
export function bundleJobs(pc: PlanContext, theme: Theme): Job[] {
  const path = bundleName(theme);
  const members = pc.project.packages.filter((p) => p.theme.id === theme.id);
  const broken = pc.project.broken.filter((b) => b.theme === theme.id);
  const covers: Job = {
    id: `omslag:${theme.id}`,
    family: 'build',
    what: 'omslag',
    owner: path,
    group: path,
    outputs: [coverPath(theme)],
    needs: [],
    fingerprint: hash(pc.base, 'covers', members.map(coverContent)),
    intermediate: true,
    async make(input) {
      return [{ path: coverPath(theme), bytes: await (await loadRenderer()).makeCovers(contextFor(pc, input), members) }];
    },
  };
  const bundle: Job = {
    id: `bundel:${theme.id}`,
    family: 'build',
    what: 'bundel',
    owner: path,
    group: path,
    outputs: [path],
    facts: factsByPath([bundleFile(theme)]),
    needs: [covers.id, ...members.flatMap((p) => BUNDLE_KINDS.map((k) => packageJobId(k, p))), ...broken.map((b) => brokenJobId(b.id))],
    fingerprint: hash(pc.base, 'bundle', themeContent(theme)),
    async make(input) {
      const covered = input.files.get(coverPath(theme))!;
      return [{ path, bytes: await (await loadRenderer()).makeBundle(contextFor(pc, input), theme, members, input.files, covered) }];
    },
  };
  return [covers, bundle];
}
