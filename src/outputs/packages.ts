import type { Package } from '../model/types.js';
import { draaiboek } from './draaiboek.js';
import { fillable } from './fillable.js';
import type { OutputKind, PlannedFile } from './files.js';
import { kaarten } from './kaarten.js';
import type { PackageFamily } from './package.js';
import { slides } from './slides.js';
import { werkblad } from './werkblad.js';
import { werkplaten } from './werkplaten.js';

/** The families made per package, by the name --only knows them by. */
export const PACKAGE_FAMILIES: Record<OutputKind, PackageFamily> = { draaiboek, werkblad, werkplaten, kaarten, presentatie: slides, invulbaar: fillable };

/** The files each kind writes, with what each is, known before rendering so that the cache can be asked first. */
export const filesOf = (pkg: Package, kind: OutputKind): PlannedFile[] => PACKAGE_FAMILIES[kind].files(pkg);
