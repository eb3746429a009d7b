import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/themes/index.ts';
import { Matcher } from '../../../src/themes/matcher.ts';

test('sentences end at 。！？ and keep a closing quote', () => {
  const text = '他说：“要学习。”然后呢？ 继续努力！最后一句没有句号';
  const sentences = splitSentences(text);
  assert.deepEqual(sentences.map((s) => s.text), ['他说：“要学习。”', '然后呢？', '继续努力！', '最后一句没有句号']);
  for (const s of sentences) assert.equal(text.slice(s.start, s.start + s.text.length), s.text, 'verbatim, with its offset');
});

test('the matcher finds every occurrence of every name, overlapping ones included', () => {
  const m = new Matcher<string>([['三清', 'a'], ['三清活动', 'b'], ['清活', 'c'], ['活动', 'd']]);
  const hits = m.findAll('开展“三清活动，三清').map((h) => [h.value, h.start, h.end]);
  assert.deepEqual(hits, [['a', 3, 5], ['c', 4, 6], ['b', 3, 7], ['d', 5, 7], ['a', 8, 10]]);
  assert.deepEqual(new Matcher<string>([]).findAll('任何文字'), []);
  assert.deepEqual(new Matcher([['𠀋字', 1]]).findAll('甲𠀋字').map((h) => [h.start, h.end]), [[1, 4]], 'astral characters count as two UTF-16 units');
});
