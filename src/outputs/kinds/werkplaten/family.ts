import type { Werkplaat } from '../../../model/types.js';
import type { PackageFamily } from '../../package.js';
import { packageHead } from '../../content.js';
import { packageFile } from '../../files.js';

const werkplaatContent = (w: Werkplaat) => ({
  title: w.title,
  layout: w.layout,
  instruction: w.instruction,
  areas: w.areas.map(({ heading, prompt }) => ({ heading, prompt })),
  centre: w.centre && { heading: w.centre.heading, prompt: w.centre.prompt },
  sliders: w.sliders.map(({ heading, left, right }) => ({ heading, left, right })),
});

/** Each werkplaat on A3, and the same page cut into 2 x A4 (with the sheet stamps). */
export const werkplaten: PackageFamily = {
  kind: 'werkplaten',
  files: (pkg) => pkg.werkplaten.flatMap((_, i) => [packageFile(pkg, `werkplaat-${i + 1}-A3`, 'werkplaat-A3', i + 1), packageFile(pkg, `werkplaat-${i + 1}-2xA4`, 'werkplaat-2xA4', i + 1)]),
  content: (pkg) => ({ ...packageHead(pkg), werkplaten: pkg.werkplaten.map(werkplaatContent) }),
  make: (r) => r.makeWerkplaten,
  inBundle: true,
  stamps: true,
};
