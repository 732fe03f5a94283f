// Measures the shipped werkplaten on their rendered pages: the open space of
// every area (pdftoppm at 72 dpi: from the foot of the text band to the frame),
// how many 76 mm post-its fit in it, and the scale of the 2 x A4 version
// (a word's height on sheet 1 against the A3); the open space on 2 x A4 is the
// A3's at that scale. Run after `npm run build` and
// `node bin/toolkit.js build --all --only werkplaten --out DIR`:
//   node scripts/measure-werkplaten.mjs DIR
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadProject } from '../dist/src/index.js';
import { fitWerkplaten } from '../dist/src/outputs/kinds/werkplaten/render.js';
import { POSTER } from '../dist/templates/werkplaat/sizes.js';

const out = process.argv[2];
const MM = 25.4 / 72;
const project = loadProject(join(import.meta.dirname, '..', 'data'));

function raster(file) {
  const ppm = execFileSync('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', file], { maxBuffer: 1 << 26 });
  const h = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  const [w, hh, s] = [Number(h[1]), Number(h[2]), h[0].length];
  return { w, h: hh, white: (x, y) => { const i = s + (Math.round(y) * w + Math.round(x)) * 3; return ppm[i] > 245 && ppm[i + 1] > 245 && ppm[i + 2] > 245; } };
}
function words(file) {
  const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { maxBuffer: 1 << 26 }).toString();
  return html.split('<page ').slice(1).map((p) => [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({ x1: +m[1], y1: +m[2], x2: +m[3], y2: +m[4], t: m[5] })));
}

const rows = [];
for (const pkg of project.packages) {
  if (!pkg.werkplaten.length) continue;
  const { plans } = await fitWerkplaten(project.toolkit, pkg);
  for (const [i, w] of pkg.werkplaten.entries()) {
    const k = i + 1;
    const a3 = join(out, pkg.id, `${pkg.id}-werkplaat-${k}-A3.pdf`);
    const a4 = join(out, pkg.id, `${pkg.id}-werkplaat-${k}-2xA4.pdf`);
    const img = raster(a3);
    const plan = plans[i];
    const top = POSTER.margin + plan.header;
    const free = plan.geometry.areas.map((a) => {
      // Seed in the middle of the open space; walk out to the first ink each way.
      const cx = POSTER.margin + a.free.x + a.free.width / 2, cy = top + a.free.y + a.free.height / 2;
      let [l, r, u, d] = [cx, cx, cy, cy];
      while (img.white(l - 1, cy)) l--;
      while (img.white(r + 1, cy)) r++;
      while (img.white(cx, u - 1)) u--;
      while (img.white(cx, d + 1)) d++;
      const [wmm, hmm] = [(r - l + 1) * MM, (d - u + 1) * MM];
      return { w: wmm, h: hmm, postits: Math.floor(wmm / 76) * Math.floor(hmm / 76) };
    });
    // Scale: the title's first word, as tall on sheet 1 as on A3 times the scale.
    const [w3] = words(a3);
    const [s1, s2] = words(a4);
    const first = w.title.split(' ')[0];
    const tallest = (ws) => ws.filter((x) => x.t === first).sort((a, b) => b.y2 - b.y1 - (a.y2 - a.y1))[0];
    const t3 = tallest(w3), t4 = tallest(s1);
    const scale = t4 && t3 ? (t4.y2 - t4.y1) / (t3.y2 - t3.y1) : NaN;
    // Words crossing the seam on A3.
    const crossing = w3.filter((x) => x.x1 < plan.cut && x.x2 > plan.cut).map((x) => x.t);
    rows.push({ id: `${String(pkg.number).padStart(2, '0')}/${k}`, layout: `${w.layout}-${w.areas.length || w.sliders.length}`, type: `${plan.sizes.heading}/${plan.sizes.prompt}`, free, scale, crossing, a4type: `${(plan.sizes.heading * scale).toFixed(1)}/${(plan.sizes.prompt * scale).toFixed(1)}` });
  }
}
for (const r of rows)
  console.log(
    [r.id, r.layout.padEnd(10), `A3 ${r.type}`, `2xA4 ${r.a4type} pt`, `scale ${r.scale.toFixed(3)}`, r.free.map((f) => `${f.w.toFixed(0)}x${f.h.toFixed(0)}mm:${f.postits}`).join(' ') || '(sliders)', r.free.length ? `| 2xA4 ${r.free.map((f) => `${(f.w * r.scale).toFixed(0)}x${(f.h * r.scale).toFixed(0)}mm:${Math.floor((f.w * r.scale) / 76) * Math.floor((f.h * r.scale) / 76)}`).join(' ')}` : '', r.crossing.length ? `SEAM CROSSES ${r.crossing.join(' ')}` : 'seam clear'].join('  '),
  );
