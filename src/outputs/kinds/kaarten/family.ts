import type { PackageFamily } from '../../package.js';
import { packageHead } from '../../content.js';
import { packageFile } from '../../files.js';

/** The denk- en doekaarten, for the print shop and on A4 sheets (with the sheet stamps). */
export const kaarten: PackageFamily = {
  kind: 'kaarten',
  files: (pkg) => (pkg.cards.length ? [packageFile(pkg, 'kaarten-drukker', 'kaarten-drukker'), packageFile(pkg, 'kaarten-A4', 'kaarten-A4')] : []),
  content: (pkg) => ({ ...packageHead(pkg), cards: pkg.cards.map(({ kind, title, text }) => ({ kind, title, text })) }),
  make: (r) => r.makeKaarten,
  inBundle: true,
  stamps: true,
};
