/**
 * The add-in's icons, drawn here (no network, no image tools): a blue rounded square with a
 * white check mark, as PNGs of the sizes the manifest names.
 */
import { deflateSync } from 'node:zlib';

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Distance from point p to segment ab. */
function segment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

export function iconPng(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const r = size * 0.2;
  const stroke = Math.max(1.2, size * 0.1);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // Supersample 4x4 for smooth edges.
      let inside = 0;
      let white = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const px = x + (sx + 0.5) / 4;
          const py = y + (sy + 0.5) / 4;
          const qx = Math.max(r - px, 0, px - (size - r));
          const qy = Math.max(r - py, 0, py - (size - r));
          if (Math.hypot(qx, qy) > r) continue;
          inside++;
          const d = Math.min(segment(px, py, size * 0.24, size * 0.52, size * 0.43, size * 0.7), segment(px, py, size * 0.43, size * 0.7, size * 0.77, size * 0.32));
          if (d < stroke / 2) white++;
        }
      const a = inside / 16;
      const w = inside ? white / inside : 0;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = Math.round(15 + (255 - 15) * w);
      raw[o + 1] = Math.round(108 + (255 - 108) * w);
      raw[o + 2] = Math.round(189 + (255 - 189) * w);
      raw[o + 3] = Math.round(a * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

export const ICON_SIZES = [16, 32, 64, 80, 128];
