import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBytes } from '../../../src/ingest/decode.ts';
import { ImportError } from '../../../src/ingest/index.ts';

const TEXT = '学习体会：加强学习，𠮷祥。\n';
const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
};

test('UTF-8 without and with BOM', () => {
  const bytes = new TextEncoder().encode(TEXT);
  assert.deepEqual(decodeBytes(bytes), { text: TEXT, encoding: 'utf-8' });
  assert.deepEqual(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])), { text: TEXT, encoding: 'utf-8-bom' });
});

test('UTF-16 LE and BE with BOM', () => {
  assert.deepEqual(decodeBytes(utf16(TEXT, false)), { text: TEXT, encoding: 'utf-16le' });
  assert.deepEqual(decodeBytes(utf16(TEXT, true)), { text: TEXT, encoding: 'utf-16be' });
});

test('GB18030/GBK without a BOM', () => {
  // 中文 in GBK, then 𠮷 as a GB18030 four-byte sequence.
  const bytes = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0x95, 0x34, 0xb2, 0x35]);
  assert.deepEqual(decodeBytes(bytes), { text: '中文𠮷', encoding: 'gb18030' });
});

test('refuses empty, blank, binary and undecodable input with a Chinese message', () => {
  const refuse = (bytes: Uint8Array, message: RegExp) =>
    assert.throws(() => decodeBytes(bytes), (e: unknown) => e instanceof ImportError && message.test(e.message));
  refuse(new Uint8Array(), /空/u);
  refuse(new TextEncoder().encode(' \n\t\n'), /空/u);
  refuse(new Uint8Array([0x41, 0x00, 0x42]), /二进制/u);
  refuse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /PNG/u);
  refuse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]), /docx/u);
  refuse(new Uint8Array([0x41, 0xff, 0xff, 0x41]), /编码/u);
  refuse(new TextEncoder().encode('\u0001\u0002\u0003\u0004abc'), /二进制/u);
  refuse(new Uint8Array([0xff, 0xfe, 0x41]), /UTF-16/u);
});

test('UTF-16 without BOM is read when the bytes leave no doubt: ASCII-heavy and Chinese text', () => {
  const ascii = 'Hello, world 学习 2024\nSecond line.\n';
  assert.deepEqual(decodeBytes(utf16(ascii, false).slice(2)), { text: ascii, encoding: 'utf-16le-nobom' });
  assert.deepEqual(decodeBytes(utf16(ascii, true).slice(2)), { text: ascii, encoding: 'utf-16be-nobom' });
  // `一` (U+4E00) puts zeros on the other side too; only the plausible reading decides.
  const chinese = '一、学习体会\n进一步加强学习，提高素质。\n';
  assert.deepEqual(decodeBytes(utf16(chinese, false).slice(2)), { text: chinese, encoding: 'utf-16le-nobom' });
  assert.deepEqual(decodeBytes(utf16(chinese, true).slice(2)), { text: chinese, encoding: 'utf-16be-nobom' });
});

test('UTF-16-looking bytes that do not read as text either way are refused, not guessed', () => {
  const refuse = (bytes: Uint8Array, message: RegExp) =>
    assert.throws(() => decodeBytes(bytes), (e: unknown) => e instanceof ImportError && message.test(e.message));
  // Every other byte zero, but the other bytes are control codes and symbols: no reading is text.
  const odd = new Uint8Array(64).map((_, i) => (i % 2 === 1 ? 0 : i % 7 === 0 ? 0x41 : 0x01 + (i % 5)));
  refuse(odd, /UTF-16/u);
  // An odd length cannot be UTF-16.
  refuse(utf16('Hello, world\n', false).slice(2, 27), /UTF-16|二进制/u);
  // Random bytes with zeros in them.
  let seed = 7;
  const random = new Uint8Array(512).map(() => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % 5 === 0 ? 0 : seed & 0xff));
  refuse(random, /二进制|UTF-16/u);
});
