import assert from 'node:assert/strict';
import { it } from 'node:test';
import { inflateSync } from 'node:zlib';
import { iconFiles, renderIcon } from '../../../src/offline/icons.ts';

/** Width, height and RGBA pixels of a PNG written by encodePng (filter 0 rows). */
function decode(png: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number[] } {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatLength = png.readUInt32BE(33);
  assert.equal(png.toString('latin1', 37, 41), 'IDAT');
  const raw = inflateSync(png.subarray(41, 41 + idatLength));
  const pixel = (x: number, y: number) => [...raw.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 1 + x * 4 + 4)];
  return { width, height, pixel };
}

it('draws the icon at the requested size: red tile, white book, transparent rounded corners', () => {
  const icon = decode(renderIcon(64));
  assert.equal(icon.width, 64);
  assert.equal(icon.height, 64);
  assert.equal(icon.pixel(0, 0)[3], 0);
  assert.deepEqual(icon.pixel(32, 4), [0xa6, 0x1b, 0x1b, 255]);
  assert.deepEqual(icon.pixel(20, 32), [255, 255, 255, 255]);
});

it('makes the maskable icon opaque to the edges', () => {
  const icon = decode(renderIcon(48, true));
  assert.equal(icon.pixel(0, 0)[3], 255);
  assert.equal(icon.pixel(47, 47)[3], 255);
});

it('lists the manifest icons, the same bytes every time', () => {
  const a = iconFiles();
  const b = iconFiles();
  assert.deepEqual(a.map((i) => i.path), ['icons/icon-192.png', 'icons/icon-512.png', 'icons/icon-maskable-512.png', 'icons/apple-touch-icon.png']);
  a.forEach((icon, i) => assert.ok(icon.content.equals(b[i]!.content)));
});
