// The README pictures' PNG reducer: exact below 256 colours, close above.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { decodePng, toPalettePng } from './png-palette.mjs';

/** A plain RGBA PNG (filter 0), written here so that the test does not trust the module's own encoder. */
function rgbaPng(width, height, pixel) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(data.length + 12);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), data.length + 8);
    return out;
  };
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) Buffer.from(pixel(x, y)).copy(raw, y * (width * 4 + 1) + 1 + x * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('an image of few colours comes back pixel for pixel, as a smaller palette PNG', () => {
  const colours = [
    [255, 255, 255, 255],
    [163, 64, 93, 255],
    [43, 35, 38, 255],
    [0, 0, 0, 0],
  ];
  const png = rgbaPng(60, 40, (x, y) => colours[(x * 7 + y * 3) % colours.length]);
  const out = toPalettePng(png);
  assert.equal(out[25], 3, 'colour type 3 (palette)');
  assert.ok(out.length < png.length, `${out.length} < ${png.length} bytes`);
  assert.deepEqual(decodePng(out), decodePng(png));
});

test('an image of more than 256 colours keeps 256 and stays close', () => {
  const png = rgbaPng(64, 64, (x, y) => [x * 4, y * 4, (x + y) * 2, 255]);
  const out = toPalettePng(png);
  const a = decodePng(png).rgba;
  const b = decodePng(out).rgba;
  const plteLength = out.readUInt32BE(8 + 25);
  assert.equal(out.toString('latin1', 8 + 25 + 4, 8 + 25 + 8), 'PLTE');
  assert.ok(plteLength / 3 <= 256);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  assert.ok(worst <= 24, `largest channel error ${worst}`);
});
