import type { PackageFamily } from './package.js';
import { packageHead } from './content.js';
import { fileName } from './files.js';

/** `NN-slug-werkblad-A4.pdf`: intro, film and questions, with room to write. */
export const werkblad: PackageFamily = {
  kind: 'werkblad',
  files: (pkg) => [fileName(pkg, 'werkblad-A4')],
  content: (pkg) => ({ ...packageHead(pkg), intro: pkg.intro, film: pkg.film, questions: pkg.questions }),
  make: (r) => r.makeWerkblad,
};
