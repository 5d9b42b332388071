// Draws build/icon.png (512×512 RGBA): a violet rounded square with a white cue mark (a standby
// bar and a GO triangle).
// Plain Node (zlib only) so the icon can be regenerated anywhere: `node build/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // 4×4 supersampling for smooth edges
const BACKGROUND = [0x4f, 0x3c, 0xe8]; // strong violet
const MARK = [0xff, 0xff, 0xff];

// Rounded square with a margin, as desktop icon grids expect.
const MARGIN = 24;
const RADIUS = 104;
function inRoundedSquare(x, y) {
  const min = MARGIN;
  const max = SIZE - MARGIN;
  if (x < min || x > max || y < min || y > max) return false;
  const cx = Math.min(Math.max(x, min + RADIUS), max - RADIUS);
  const cy = Math.min(Math.max(y, min + RADIUS), max - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

// Bar + triangle, together centred on the canvas.
const BAR = { x0: 146, x1: 190, y0: 156, y1: 356 };
const TRIANGLE = [
  [222, 156],
  [222, 356],
  [384, 256],
];
function inBar(x, y) {
  return x >= BAR.x0 && x <= BAR.x1 && y >= BAR.y0 && y <= BAR.y1;
}
function inTriangle(x, y) {
  const [[x1, y1], [x2, y2], [x3, y3]] = TRIANGLE;
  const d1 = (x - x2) * (y1 - y2) - (x1 - x2) * (y - y2);
  const d2 = (x - x3) * (y2 - y3) - (x2 - x3) * (y - y3);
  const d3 = (x - x1) * (y3 - y1) - (x3 - x1) * (y - y1);
  const hasNeg = d1 < 0 || d2 < 0 || d3 < 0;
  const hasPos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(hasNeg && hasPos);
}

function pixel(px, py) {
  let cover = 0;
  let mark = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      if (!inRoundedSquare(x, y)) continue;
      cover++;
      if (inTriangle(x, y) || inBar(x, y)) mark++;
    }
  }
  const n = SAMPLES * SAMPLES;
  if (cover === 0) return [0, 0, 0, 0];
  const t = mark / cover;
  const rgb = BACKGROUND.map((c, i) => Math.round(c * (1 - t) + MARK[i] * t));
  return [...rgb, Math.round((255 * cover) / n)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  const row = y * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) raw.set(pixel(x, y), row + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = new URL('./icon.png', import.meta.url);
writeFileSync(out, png);
console.log(`wrote ${out.pathname} (${png.length} bytes)`);
