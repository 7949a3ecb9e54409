// Makes screenshots small without a dependency: decodes an 8-bit PNG (what
// Chromium writes), and writes it again as a palette PNG: exact when the
// image has at most 256 colours, else reduced to 256 by median cut (no
// dithering, so text stays crisp).
import { deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

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
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** { width, height, rgba } from an 8-bit, non-interlaced PNG (RGB, RGBA, grey, grey+alpha or palette). */
export function decodePng(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let type = 0;
  let plte = Buffer.alloc(0);
  let trns = Buffer.alloc(0);
  const idat = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const name = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (name === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      type = data[9];
      if (data[8] !== 8 || data[12] !== 0 || ![0, 2, 3, 4, 6].includes(type)) throw new Error('only 8-bit, non-interlaced PNGs');
    } else if (name === 'IDAT') idat.push(data);
    else if (name === 'PLTE') plte = data;
    else if (name === 'tRNS') trns = data;
    pos += 12 + len;
  }
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[type];
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = rows.subarray(y * stride, (y + 1) * stride);
    const prev = y ? rows.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? row[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      let v = src[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      row[i] = v & 0xff;
    }
  }
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = rows.subarray(i * channels, (i + 1) * channels);
    const [r, g, b, a] =
      type === 3
        ? [plte[s[0] * 3], plte[s[0] * 3 + 1], plte[s[0] * 3 + 2], s[0] < trns.length ? trns[s[0]] : 255]
        : channels >= 3
          ? [s[0], s[1], s[2], channels === 4 ? s[3] : 255]
          : [s[0], s[0], s[0], channels === 2 ? s[1] : 255];
    rgba[i * 4] = r;
    rgba[i * 4 + 1] = g;
    rgba[i * 4 + 2] = b;
    rgba[i * 4 + 3] = a;
  }
  return { width, height, rgba };
}

/** Up to `max` colours (as 32-bit RGBA numbers) standing for `counts`, by median cut on the most spread channel. */
function medianCut(counts, max) {
  const colours = [...counts.keys()];
  const boxes = [colours];
  const channel = (c, k) => (c >>> (24 - 8 * k)) & 0xff;
  const spread = (box) => {
    let best = [-1, 0];
    for (let k = 0; k < 4; k++) {
      let lo = 255;
      let hi = 0;
      for (const c of box) {
        const v = channel(c, k);
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      if (hi - lo > best[0]) best = [hi - lo, k];
    }
    return best;
  };
  while (boxes.length < max) {
    let pick = -1;
    let widest = 0;
    boxes.forEach((box, i) => {
      if (box.length < 2) return;
      const [s] = spread(box);
      const weight = s * Math.log2(box.length + 1);
      if (weight > widest) [widest, pick] = [weight, i];
    });
    if (pick < 0) break;
    const box = boxes[pick];
    const [, k] = spread(box);
    box.sort((a, b) => channel(a, k) - channel(b, k));
    // Split at the weighted median, so that common colours (background, text) get boxes of their own.
    const total = box.reduce((n, c) => n + counts.get(c), 0);
    let seen = 0;
    let cut = 1;
    for (; cut < box.length - 1; cut++) {
      seen += counts.get(box[cut - 1]);
      if (seen >= total / 2) break;
    }
    boxes.splice(pick, 1, box.slice(0, cut), box.slice(cut));
  }
  return boxes.map((box) => {
    const sum = [0, 0, 0, 0];
    let n = 0;
    for (const c of box) {
      const w = counts.get(c);
      for (let k = 0; k < 4; k++) sum[k] += channel(c, k) * w;
      n += w;
    }
    return sum.reduce((acc, s, k) => acc | (Math.round(s / n) << (24 - 8 * k)), 0) >>> 0;
  });
}

/** An 8-bit palette PNG of the same picture (exact up to 256 colours). */
export function toPalettePng(png) {
  const { width, height, rgba } = decodePng(png);
  const pixels = new Uint32Array(width * height);
  const counts = new Map();
  for (let i = 0; i < pixels.length; i++) {
    const c = rgba.readUInt32BE(i * 4);
    pixels[i] = c;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const palette = counts.size <= 256 ? [...counts.keys()] : medianCut(counts, 256);
  const index = new Map();
  const nearest = (c) => {
    let got = index.get(c);
    if (got !== undefined) return got;
    let best = Infinity;
    palette.forEach((p, i) => {
      let d = 0;
      for (let k = 0; k < 4; k++) {
        const x = ((c >>> (24 - 8 * k)) & 0xff) - ((p >>> (24 - 8 * k)) & 0xff);
        d += x * x;
      }
      if (d < best) [best, got] = [d, i];
    });
    index.set(c, got);
    return got;
  };
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = nearest(pixels[y * width + x]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8);
  const plte = Buffer.alloc(palette.length * 3);
  const alpha = Buffer.alloc(palette.length);
  palette.forEach((c, i) => {
    plte[i * 3] = c >>> 24;
    plte[i * 3 + 1] = (c >>> 16) & 0xff;
    plte[i * 3 + 2] = (c >>> 8) & 0xff;
    alpha[i] = c & 0xff;
  });
  const transparent = alpha.some((a) => a !== 255);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    ...(transparent ? [chunk('tRNS', alpha)] : []),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
