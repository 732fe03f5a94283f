// Characters per line of the running text on a page, as poppler reads it
// (pdftotext -bbox-layout): every line of the block that holds `words`, with
// its characters (spaces included), then the median and the longest.
//   node scripts/measure-lines.mjs FILE PAGE "first words of the paragraph"
import { execFileSync } from 'node:child_process';

const [file, page, start] = process.argv.slice(2);
const html = execFileSync('pdftotext', ['-bbox-layout', '-f', page, '-l', page, file, '-'], { maxBuffer: 1 << 26 }).toString();
const blocks = [...html.matchAll(/<block[^>]*>([\s\S]*?)<\/block>/g)].map((b) =>
  [...b[1].matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)].map((l) => [...l[1].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ')),
);
const want = start.split(' ').slice(0, 3).join(' ');
const found = blocks.filter((lines) => lines.join(' ').includes(want));
if (!found.length) throw new Error(`no block with "${want}" on page ${page} of ${file}`);
// A paragraph set in two columns is two blocks: the one found and the blocks beside it of the same section follow it.
const lines = found.flat();
const counts = lines.map((l) => l.length);
const full = counts.slice(0, -1); // the last line of a paragraph is short by nature
const sorted = [...full].sort((a, b) => a - b);
console.log(`${lines.length} lines; chars per line (last line left out): median ${sorted[Math.floor(sorted.length / 2)]}, min ${sorted[0]}, max ${sorted.at(-1)}`);
for (const l of lines) console.log(`  ${String(l.length).padStart(3)}  ${l}`);
