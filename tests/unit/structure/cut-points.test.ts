import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutPoints, PARAGRAPH_LIMIT } from '../../../src/structure/cut-points.ts';

/** The pieces the cuts make. */
function pieces(text: string, cuts: number[]): string[] {
  const bounds = [0, ...cuts, text.length];
  return bounds.slice(1).map((end, k) => text.slice(bounds[k], end));
}

test('text that fits is not cut', () => {
  assert.deepEqual(cutPoints('学习'.repeat(10), 20), []);
  assert.deepEqual(cutPoints('学'.repeat(PARAGRAPH_LIMIT)), []);
});

test('a long text is cut after the last sentence end of each window, closing quotes included', () => {
  const text = '要坚持“刹玩风”。树正风，倡廉风！治会风？“三清”工作要落实。”再讲一句。';
  const parts = pieces(text, cutPoints(text, 16));
  assert.equal(parts.join(''), text);
  for (const part of parts) assert.ok(part.length <= 16, part);
  for (const part of parts.slice(0, -1)) assert.match(part, /[。！？]”?$/u, part);
});

test('without a sentence end, after a pause; without a pause, after a space', () => {
  const commas = '机关党建工作，要提高素质，要激发热情，要塑造形象，';
  for (const part of pieces(commas, cutPoints(commas, 12)).slice(0, -1)) assert.match(part, /，$/u);
  const words = 'party building work is a systematic work of the whole organisation';
  const parts = pieces(words, cutPoints(words, 20));
  assert.equal(parts.join(''), words);
  for (const part of parts.slice(0, -1)) assert.match(part, / $/, part);
});

test('a text without any break is cut at the limit, never inside a surrogate pair or a Latin word', () => {
  const han = '学习'.repeat(5000);
  const cuts = cutPoints(han, 3000);
  assert.deepEqual(cuts, [3000, 6000, 9000]);
  const astral = '𠀀'.repeat(10);
  for (const cut of cutPoints(astral, 5)) assert.doesNotMatch(astral[cut]!, /[\uDC00-\uDFFF]/);
  assert.equal(pieces(astral, cutPoints(astral, 5)).join(''), astral);
  const mixed = `${'党'.repeat(8)}GB9704${'党'.repeat(8)}`;
  const cut = cutPoints(mixed, 10);
  assert.deepEqual(cut, [8, 18]);
});

test('a cut the caller forbids moves to the next allowed offset', () => {
  const text = '学'.repeat(30);
  assert.deepEqual(cutPoints(text, 10, (i) => i % 7 === 0), [14, 28]);
  assert.deepEqual(cutPoints(text, 10, () => false), []);
});

test('pieces of a 1 MB text without a break join back to it, none longer than the limit', () => {
  const text = `${'学习机关党建工作'.repeat(43_690)}结尾`;
  const parts = pieces(text, cutPoints(text));
  assert.equal(parts.join(''), text);
  assert.ok(parts.every((p) => p.length <= PARAGRAPH_LIMIT && p.length > PARAGRAPH_LIMIT / 2 - 1), 'sizes');
});
