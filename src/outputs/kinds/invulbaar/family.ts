import type { PackageFamily } from '../../package.js';
import { packageHead } from '../../content.js';
import { packageFile } from '../../files.js';

/** `NN-slug-werkblad-invulbaar.pdf`: the werkblad with a text field per question, to fill in on screen. */
export const fillable: PackageFamily = {
  kind: 'invulbaar',
  files: (pkg) => [packageFile(pkg, 'werkblad-invulbaar', 'werkblad-invulbaar')],
  content: (pkg) => ({ ...packageHead(pkg), intro: pkg.intro, film: pkg.film, questions: pkg.questions }),
  make: (r) => r.makeFillable,
};
