import type { Facilitation } from '../../../model/types.js';
import type { PackageFamily } from '../../package.js';
import { packageHead } from '../../content.js';
import { packageFile } from '../../files.js';

const facilitationContent = (f: Facilitation) => ({
  audience: f.audience,
  when: f.when,
  plan: f.plan.map(({ minutes, title, text, prepare, uses }) => ({ minutes, title, text, prepare, uses })),
  short: f.short,
  tips: f.tips,
});

/** `NN-slug-draaiboek-A4.pdf`, for a package with a session plan; none without. */
export const draaiboek: PackageFamily = {
  kind: 'draaiboek',
  files: (pkg) => (pkg.facilitation ? [packageFile(pkg, 'draaiboek-A4', 'draaiboek')] : []),
  content: (pkg) => ({
    ...packageHead(pkg),
    facilitation: pkg.facilitation && facilitationContent(pkg.facilitation),
    background: pkg.background,
    film: pkg.film,
    werkplaten: pkg.werkplaten.map((w) => w.title),
    cards: pkg.cards.length,
  }),
  make: (r) => r.makeDraaiboek,
  inBundle: true,
};
