import assert from 'node:assert/strict';
import { it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { gunzip } from '../../../src/islands/search/inflate.ts';

const text = Buffer.from('机关党建工作会上讲话。“三会一课”制度。'.repeat(500) + 'pagefind_dcd{"url":"/a/"}');

it('decodes stored, fixed and dynamic Huffman blocks like zlib', () => {
  let seed = 1;
  const noise = Buffer.alloc(70_000);
  for (let i = 0; i < noise.length; i++) noise[i] = (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
  for (const data of [text, noise, Buffer.alloc(0), Buffer.from('a')]) {
    for (const level of [0, 1, 6, 9]) {
      assert.deepEqual(Buffer.from(gunzip(gzipSync(data, { level }))), data, `level ${level}, ${data.length} bytes`);
    }
  }
});

it('skips optional gzip header fields', () => {
  const z = gzipSync(text);
  // Set FNAME and insert a file name after the 10-byte header.
  const named = Buffer.concat([z.subarray(0, 3), Buffer.from([z[3]! | 8]), z.subarray(4, 10), Buffer.from('x.json\0'), z.subarray(10)]);
  assert.deepEqual(Buffer.from(gunzip(named)), text);
});

it('rejects what is not gzip, and truncated data', () => {
  assert.throws(() => gunzip(Uint8Array.from([1, 2, 3, 4])), /gzip/);
  const z = gzipSync(text);
  assert.throws(() => gunzip(z.subarray(0, 40)));
});

it('decodes a stored block that follows a Huffman-coded one, wherever the bit buffer stands', () => {
  let seed = 7;
  const noise = Buffer.alloc(40_000);
  for (let i = 0; i < noise.length; i++) noise[i] = (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
  // Text compresses into a Huffman block; zlib stores the random bytes after it as they are.
  // Prefixes of different lengths leave the decoder's look-ahead buffer at different places.
  for (let k = 0; k < 24; k++) {
    const mixed = Buffer.concat([text.subarray(0, 3000 + k * 7), noise, text]);
    assert.deepEqual(Buffer.from(gunzip(gzipSync(mixed, { level: 6 }))), mixed, `prefix ${3000 + k * 7}`);
  }
});
