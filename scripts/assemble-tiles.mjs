// Glues the two sheets of every 2 x A4 werkplaat back together on screen, to look at the
// poster as a facilitator will have it: sheet 1 whole, sheet 2 cut at its band's start and laid
// over the glue strip. Writes one PDF page per werkplaat (and PNGs when pdftoppm is there).
//   node scripts/assemble-tiles.mjs [out] [dest]     (after npm run build and a build to out/)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { loadProject } from '../dist/src/index.js';
import { tileGeometry } from '../dist/src/print/tile.js';
import { A3_LANDSCAPE, A4 } from '../dist/templates/units.js';
import { planPoster } from '../dist/templates/werkplaat/plan.js';
import { OVERLAP } from '../dist/templates/werkplaat/seam.js';
import { POSTER_STEPS } from '../dist/templates/werkplaat/sizes.js';

const [out = 'out', dest = join(out, 'glued')] = process.argv.slice(2);
mkdirSync(dest, { recursive: true });
const project = loadProject('data');
for (const pkg of project.packages) {
  for (const [i, plaat] of pkg.werkplaten.entries()) {
    const name = `${pkg.id}-werkplaat-${i + 1}`;
    const tiles = join(out, pkg.id, `${name}-2xA4.pdf`);
    if (!existsSync(tiles)) continue; // a build of some packages only
    const src = await PDFDocument.load(readFileSync(tiles));
    // The cut depends on the boxes' x only, the same at every step.
    const { cut } = planPoster(plaat, POSTER_STEPS[0]);
    const g = tileGeometry(A3_LANDSCAPE, OVERLAP, cut);
    const doc = await PDFDocument.create();
    const dx = g.left.band[0] - g.cutX;
    const page = doc.addPage([dx + A4.width, A4.height]);
    const [one] = await doc.embedPages([src.getPage(0)]);
    const [two] = await doc.embedPages([src.getPage(1)], [{ left: g.cutX, bottom: 0, right: A4.width, top: A4.height }]);
    page.drawPage(one, { x: 0, y: 0 });
    // Paper is opaque: sheet 2 hides the strip under it, blank parts included.
    page.drawRectangle({ x: g.cutX + dx, y: 0, width: A4.width - g.cutX, height: A4.height, color: rgb(1, 1, 1) });
    page.drawPage(two, { x: g.cutX + dx, y: 0 });
    const file = join(dest, `${name}-glued.pdf`);
    writeFileSync(file, await doc.save());
    try {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', file, file.replace(/\.pdf$/, '')]);
    } catch {
      // No poppler: the PDF is there to open.
    }
  }
}
console.log(`glued posters in ${dest}`);
