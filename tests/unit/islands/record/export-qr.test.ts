import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encode } from 'uqr';
import decodeQR from '@paulmillr/qr/decode.js';
import { modulesPath } from '../../../../src/islands/record/export-qr.ts';

/** Rasterise the path modulesPath draws (every `M x y h1v1h-1z` a module) and read it back with another library's decoder. */
function decodePath(path: string, size: number): string {
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8Array(width * width * 4).fill(255);
  for (const m of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const [x, y] = [Number(m[1]), Number(m[2])];
    for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) pixels.fill(0, ((y * scale + dy) * width + x * scale + dx) * 4, ((y * scale + dy) * width + x * scale + dx) * 4 + 3);
  }
  return decodeQR({ width, height: width, data: pixels });
}

test('the drawn QR code reads back as the import link', () => {
  const link = 'http://127.0.0.1:4321/xuexi/record/#import=XXYD1.zq1ZKzs3Mz1O0VbJSsjBRqlVSKErMS1Wy0jVQqgUA.0f3c9a21';
  const qr = encode(link, { ecc: 'L', boostEcc: true, border: 4 });
  assert.equal(decodePath(modulesPath(qr.data), qr.size), link);
});
