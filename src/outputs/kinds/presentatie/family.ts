import type { PackageFamily } from '../../package.js';
import { packageHead } from '../../content.js';
import { packageFile } from '../../files.js';
import { deckOf } from '../../../model/slides.js';

/** `NN-slug-presentatie-16x9.pdf`: slides for the beamer, from the draaiboek and the werkblad. */
export const slides: PackageFamily = {
  kind: 'presentatie',
  files: (pkg) => [packageFile(pkg, 'presentatie-16x9', 'presentatie')],
  content: (pkg) => ({ ...packageHead(pkg), deck: deckOf(pkg) }),
  make: (r) => r.makeSlides,
};
