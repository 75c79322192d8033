// Writes the add-in's ribbon and store icons (assets/icon-<size>.png) without an image library: a PNG is a zlib
// stream of RGBA rows plus CRC-checked chunks, and the design (a green ledger page with ruled lines and a check
// mark) is simple enough to draw pixel by pixel at every size, so each size stays crisp instead of being rescaled.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const GREEN = [16, 124, 65, 255]; // Excel green
const WHITE = [255, 255, 255, 255];
const LINE = [160, 205, 180, 255];
const CLEAR = [0, 0, 0, 0];

/** Pixel of the icon at a size: rounded green tile, white page, ruled lines, a green check at the lower right. */
function iconPixel(size) {
  const u = size / 16; // design grid unit
  const radius = 2.5 * u;
  return (x, y) => {
    const cx = x + 0.5;
    const cy = y + 0.5;
    // Rounded tile.
    const dx = Math.max(radius - cx, 0, cx - (size - radius));
    const dy = Math.max(radius - cy, 0, cy - (size - radius));
    if (dx * dx + dy * dy > radius * radius) return CLEAR;
    // Page.
    const inPage = cx >= 3 * u && cx <= 13 * u && cy >= 2.5 * u && cy <= 13.5 * u;
    if (!inPage) return GREEN;
    // Check mark: two strokes from (7.5,10) to (9,11.5) to (12,8), drawn as thick segments.
    const onSegment = (x1, y1, x2, y2, w) => {
      const vx = x2 - x1;
      const vy = y2 - y1;
      const t = Math.max(0, Math.min(1, ((cx / u - x1) * vx + (cy / u - y1) * vy) / (vx * vx + vy * vy)));
      const px = x1 + t * vx - cx / u;
      const py = y1 + t * vy - cy / u;
      return px * px + py * py <= w * w;
    };
    if (onSegment(7.2, 10, 9, 11.8, 0.9) || onSegment(9, 11.8, 12.2, 7.8, 0.9)) return GREEN;
    // Ruled lines on the upper page.
    for (const ly of [5, 7.5])
      if (Math.abs(cy / u - ly) <= Math.max(0.5, 0.6 / u) && cx >= 4.5 * u && cx <= 11.5 * u) return LINE;
    if (Math.abs(cy / u - 10) <= Math.max(0.5, 0.6 / u) && cx >= 4.5 * u && cx <= 6.5 * u) return LINE;
    return WHITE;
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const size of SIZES) {
    const out = new URL(`../assets/icon-${size}.png`, import.meta.url);
    writeFileSync(out, encodePng(size, iconPixel(size)));
    process.stdout.write(`wrote ${fileURLToPath(out)}\n`);
  }
}
