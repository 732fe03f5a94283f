import type { PackageFamily } from '../../package.js';
import { packageHead } from '../../content.js';
import { packageFile } from '../../files.js';

/** `NN-slug-werkblad-A4.pdf`: intro, film and questions, with room to write. */
export const werkblad: PackageFamily = {
  kind: 'werkblad',
  files: (pkg) => [packageFile(pkg, 'werkblad-A4', 'werkblad')],
  content: (pkg) => ({ ...packageHead(pkg), intro: pkg.intro, film: pkg.film, questions: pkg.questions }),
  make: (r) => r.makeWerkblad,
  inBundle: true,
};
