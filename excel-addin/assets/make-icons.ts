/**
 * Draws the Boussole icon (a compass: white dial, navy ring, red north needle) as PNGs of 16, 32,
 * 64 and 80 px with nothing but zlib: `npx tsx excel-addin/assets/make-icons.ts`. The PNGs are
 * committed; run this again only to change the drawing.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];
const NAVY: Rgba = [31, 58, 95, 255];
const RED: Rgba = [214, 69, 65, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Needle tilted like a compass at rest, 35° east of north. */
const TILT = (35 * Math.PI) / 180;

/** Colour at a point of the unit square centred on 0 (radius 1 = edge). */
function paint(x: number, y: number): Rgba {
  const r = Math.hypot(x, y);
  if (r > 0.97) return CLEAR;
  if (r > 0.8) return NAVY;
  // Needle coordinates: v points north along the needle, u across it.
  const u = x * Math.cos(TILT) + y * Math.sin(TILT);
  const v = x * Math.sin(TILT) - y * Math.cos(TILT);
  const halfWidth = 0.2 * (1 - Math.abs(v) / 0.7);
  if (Math.abs(v) < 0.7 && Math.abs(u) < halfWidth) {
    if (r < 0.08) return WHITE;
    return v > 0 ? RED : NAVY;
  }
  return WHITE;
}

/** Anti-aliased by averaging an 8 × 8 grid of samples per pixel. */
function render(size: number): Buffer {
  const n = 8;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = ((px + (sx + 0.5) / n) / size) * 2 - 1;
          const y = ((py + (sy + 0.5) / n) / size) * 2 - 1;
          const c = paint(x, y);
          // Premultiplied accumulation keeps edges against transparency clean.
          acc[0] += c[0] * c[3];
          acc[1] += c[1] * c[3];
          acc[2] += c[2] * c[3];
          acc[3] += c[3];
        }
      }
      const a = acc[3];
      const o = 1 + px * 4;
      row[o] = a ? Math.round(acc[0] / a) : 0;
      row[o + 1] = a ? Math.round(acc[1] / a) : 0;
      row[o + 2] = a ? Math.round(acc[2] / a) : 0;
      row[o + 3] = Math.round(a / (n * n));
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80]) {
  writeFileSync(path.join(__dirname, `icon-${size}.png`), render(size));
}
