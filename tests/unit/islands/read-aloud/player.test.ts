import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speechChunks } from '../../../../src/islands/read-aloud/player.ts';

test('a paragraph is cut after sentence ends into pieces the synthesiser reads whole, nothing lost', () => {
  const text = '同志们：今天召开会议。主要任务是总结工作！明年怎么干？一是要抓学习；二是要抓落实。';
  const chunks = speechChunks(text, 20);
  for (const c of chunks) assert.ok(c.length <= 20, c);
  assert.equal(chunks.join(''), text);
  assert.ok(chunks[0]!.endsWith('。'));
});

test('a sentence longer than a piece is cut at the limit; short text stays one piece', () => {
  const long = '学'.repeat(250);
  const chunks = speechChunks(long, 120);
  assert.deepEqual(chunks.map((c) => c.length), [120, 120, 10]);
  assert.deepEqual(speechChunks('“四风”问题。', 120), ['“四风”问题。']);
  assert.deepEqual(speechChunks('  \n ', 120), []);
});
