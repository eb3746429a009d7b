import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fnv1a, shardDigits, shardOf, shardPath, groupByShard, QUESTIONS_PER_SHARD } from '../../../../src/islands/quiz/shard.ts';

test('fnv1a matches the published test vectors', () => {
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('foobar'), 0xbf9cf968);
});

test('shard digits grow with the bank so shards stay small', () => {
  assert.equal(shardDigits(0), 0);
  assert.equal(shardDigits(QUESTIONS_PER_SHARD), 0);
  assert.equal(shardDigits(QUESTIONS_PER_SHARD + 1), 1);
  assert.equal(shardDigits(16 * QUESTIONS_PER_SHARD), 1);
  assert.equal(shardDigits(30_000), 3);
  assert.equal(shardDigits(1e9), 4, 'capped');
});

test('a question always lands in the shard named by its hash prefix', () => {
  assert.equal(shardOf('anything', 0), 'all');
  assert.equal(shardOf('foobar', 1), 'b');
  assert.equal(shardOf('foobar', 3), 'bf9');
  assert.equal(shardOf('a', 2), 'e4');
  assert.equal(shardPath('bf9'), 'quiz/bank/bf9.json');
});

test('shards are reasonably balanced', () => {
  const ids = Array.from({ length: 16_000 }, (_, i) => `lesson-${i % 400}-q${i}`);
  const groups = groupByShard(ids, 1);
  assert.equal(groups.size, 16);
  for (const list of groups.values()) assert.ok(list.length > 800 && list.length < 1200, String(list.length));
  assert.equal([...groups.values()].flat().length, ids.length);
});

test('grouping keeps the given order within a shard', () => {
  const ids = ['x1', 'x2', 'x3', 'x4', 'x5', 'x6'];
  const groups = groupByShard(ids, 1);
  for (const list of groups.values()) assert.deepEqual(list, ids.filter((id) => list.includes(id)));
});
