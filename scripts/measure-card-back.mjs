// Ink on a card back as an office printer lays it down: the share of the card's
// trim area that takes ink, and its mean tone (0 white, 1 solid black), read
// from pdftoppm at 72 dpi. Run on the office sheets (page 2: backs) and, to
// compare, on the print shop's file (page 2: a full-colour back).
//   node scripts/measure-card-back.mjs FILE PAGE X Y W H   (the card's trim in points from the top left)
import { execFileSync } from 'node:child_process';

const [file, page, ...box] = process.argv.slice(2);
const [x0, y0, w, h] = box.map(Number);
const ppm = execFileSync('pdftoppm', ['-r', '72', '-f', page, '-l', page, file], { maxBuffer: 1 << 26 });
const head = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
const [width, start] = [Number(head[1]), head[0].length];
let inked = 0, tone = 0, n = 0;
for (let y = Math.round(y0); y < Math.round(y0 + h); y++)
  for (let x = Math.round(x0); x < Math.round(x0 + w); x++) {
    const i = start + (y * width + x) * 3;
    const grey = (0.299 * ppm[i] + 0.587 * ppm[i + 1] + 0.114 * ppm[i + 2]) / 255;
    if (grey < 0.96) inked++;
    tone += 1 - grey;
    n++;
  }
console.log(`${file} page ${page}: ${((100 * inked) / n).toFixed(1)} % of the card takes ink, mean tone ${((100 * tone) / n).toFixed(1)} %`);
