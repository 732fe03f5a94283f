import type { Package } from '../../model/types.js';
import type { PlannedFile } from '../files.js';
import type { PackageFamily } from '../package.js';
import { draaiboek } from './draaiboek/family.js';
import { fillable } from './invulbaar/family.js';
import { kaarten } from './kaarten/family.js';
import { slides } from './presentatie/family.js';
import { werkblad } from './werkblad/family.js';
import { werkplaten } from './werkplaten/family.js';

/**
 * The kinds made per package, by the name --only knows them by, in print order
 * (the facilitator's draaiboek first, as in a theme bundle). A new kind is a
 * folder here (family, make, render), a line in this list, its files in
 * ../registry.ts and its make() in ../renderer.ts.
 */
export const PACKAGE_FAMILIES = { draaiboek, werkblad, werkplaten, kaarten, presentatie: slides, invulbaar: fillable } satisfies Record<string, PackageFamily>;

export type OutputKind = keyof typeof PACKAGE_FAMILIES;
/** The outputs a user can choose with --only. */
export const OUTPUT_KINDS = Object.keys(PACKAGE_FAMILIES) as OutputKind[];
/** The kinds a theme's bundle is made of: with all of them selected, whole themes get their bundle. */
export const BUNDLE_KINDS = OUTPUT_KINDS.filter((k) => (PACKAGE_FAMILIES[k] as PackageFamily).inBundle);

/** The files each kind writes, with what each is, known before rendering so that the cache can be asked first. */
export const filesOf = (pkg: Package, kind: OutputKind): PlannedFile[] => PACKAGE_FAMILIES[kind].files(pkg);
