import { ToolkitError } from '../errors.js';
import type { BrokenPackage } from '../model/load.js';
import type { Package } from '../model/types.js';
import type { Job } from '../run/job.js';
import { hash } from '../run/fingerprint.js';
import { contextFor, type PlanContext } from './context.js';
import { factsByPath, type Context, type OutputFile, type PlannedFile } from './files.js';
import { loadRenderer, type Renderer } from './loadRenderer.js';
import { STAMPS_JOB } from './stamps.js';

/** An output family made per package (its folder in kinds/): draaiboek, werkblad, werkplaten, kaarten, presentatie, invulbaar. */
export interface PackageFamily {
  /** Its name for --only, and its jobs' ids. */
  kind: string;
  /** The files it writes, with what each is, known before rendering; none for a package without, say, cards. */
  files(pkg: Package): PlannedFile[];
  /** What of the package it shows: editing a card rebuilds only the card files. */
  content(pkg: Package): unknown;
  /** Its render half, in the renderer (loaded only when something must be made). */
  make(r: Renderer): (ctx: Context, pkg: Package) => Promise<OutputFile[]>;
  /** It prints the sheet stamps. */
  stamps?: boolean;
  /** A theme's bundle holds its files (bundel/materials.ts): the bundle needs its job. */
  inBundle?: boolean;
}

export const packageJobId = (kind: string, pkg: { id: string }) => `${kind}:${pkg.id}`;
export const brokenJobId = (id: string) => `werkpakket:${id}`;

/** A family's job for one package; the package's jobs are one group, written together or not at all. */
export function packageJob(family: PackageFamily, pc: PlanContext, pkg: Package): Job {
  return {
    id: packageJobId(family.kind, pkg),
    family: 'build',
    what: family.kind,
    owner: pkg.id,
    source: pkg.file,
    group: pkg.id,
    outputs: family.files(pkg).map((f) => f.path),
    facts: factsByPath(family.files(pkg)),
    needs: family.stamps ? [STAMPS_JOB] : [],
    fingerprint: hash(pc.base, family.kind, family.content(pkg)),
    async make(input) {
      const renderer = await loadRenderer();
      await glyphsChecked(pc, pkg, renderer);
      return family.make(renderer)(contextFor(pc, input), pkg);
    },
  };
}

// Once per package and run, whichever of its jobs runs first: a text without glyphs fails the whole package.
function glyphsChecked(pc: PlanContext, pkg: Package, renderer: Renderer): Promise<void> {
  let checked = pc.glyphsOf.get(pkg.id);
  if (!checked) {
    checked = renderer.checkGlyphs(pkg.texts).then((problems) => {
      if (problems.length) throw new ToolkitError('content', problems);
    });
    pc.glyphsOf.set(pkg.id, checked);
  }
  return checked;
}

/** A package whose source did not load: a job that fails with its problems, so that what holds it is not made. */
export function brokenJob(b: BrokenPackage): Job {
  return {
    id: brokenJobId(b.id),
    family: 'build',
    what: 'werkpakket',
    owner: b.id,
    source: b.file,
    group: b.id,
    outputs: [],
    needs: [],
    fingerprint: '',
    problems: b.problems,
    make: () => Promise.reject(new ToolkitError('content', b.problems)),
  };
}
