import { deflateSync } from 'node:zlib';

/**
 * The PNG of a canvas whose every pixel is opaque (ours are painted white
 * before pdf.js draws): its RGBA rows as they are, unfiltered, deflated by
 * Node's zlib. Skia's own encoder tries every row filter: for a whiteboard
 * (3508 x 2480) it took 220 ms and 357 KB where this takes about 80 ms and
 * 304 KB, with the same pixels (test/site-png.test.ts decodes both).
 *
 * `rgba` is the canvas's own pixel memory (`canvas.data()`): premultiplied,
 * which for opaque pixels is the plain colour.
 */
export function opaquePng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const row = width * 4;
  if (rgba.length !== row * height) throw new Error(`opaquePng: ${rgba.length} bytes for ${width} x ${height} pixels`);
  const raw = scratchOf(height * (row + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (row + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * row, (y + 1) * row), y * (row + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

// The rows with their filter bytes, kept for the next image: a fresh buffer of a whiteboard's
// 35 MB costs about 100 ms of page faults here, its reuse a few ms (a site of two packages from
// nothing: 6.3 against 8.0 s). The largest image sets its size; a preview process, which lives
// for hours, lets it go once no image has come for two seconds.
let scratch: Buffer | undefined;
let release: NodeJS.Timeout | undefined;
function scratchOf(size: number): Buffer {
  if (!scratch || scratch.length < size) scratch = Buffer.allocUnsafe(size);
  clearTimeout(release);
  release = setTimeout(() => (scratch = undefined), 2000).unref();
  return scratch.subarray(0, size);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

// zlib.crc32 is Node 20.15 and later; the engines field allows any 20.
const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
