import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planShards, shardCount } from '../../../src/search/shards.ts';

const docs = (...sizes: number[]) => sizes.map((n, i) => ({ path: `d${i}`, html: 'x'.repeat(n) }));
const sizes = (shards: { html: string }[][]) => shards.map((s) => s.map((d) => d.html.length));

describe('shardCount', () => {
  it('gives one bundle per share of characters, at least one, at most one per document', () => {
    assert.equal(shardCount([], 10), 1);
    assert.equal(shardCount(docs(3, 3), 10), 1);
    assert.equal(shardCount(docs(5, 5), 10), 1);
    assert.equal(shardCount(docs(5, 6), 10), 2);
    assert.equal(shardCount(docs(40), 10), 1);
    assert.equal(shardCount(docs(40, 1), 10), 2);
    assert.equal(shardCount(docs(10, 10, 10, 10, 1), 10), 5);
  });
});

describe('planShards', () => {
  it('keeps everything, in order, in runs of about equal size', () => {
    const input = docs(4, 4, 4, 4, 4, 4);
    const shards = planShards(input, 2);
    assert.deepEqual(sizes(shards), [[4, 4, 4], [4, 4, 4]]);
    assert.deepEqual(shards.flat(), input);
    assert.deepEqual(sizes(planShards(docs(1, 1, 1, 9), 2)), [[1, 1, 1], [9]]);
    assert.deepEqual(sizes(planShards(docs(9, 1, 1, 1), 2)), [[9], [1, 1, 1]]);
  });

  it('leaves no run empty, and never splits a document', () => {
    assert.deepEqual(sizes(planShards(docs(100, 1, 1), 3)), [[100], [1], [1]]);
    assert.deepEqual(sizes(planShards(docs(1, 1, 100), 3)), [[1], [1], [100]]);
    assert.deepEqual(sizes(planShards(docs(5, 5), 4)), [[5], [5]]);
    assert.deepEqual(sizes(planShards(docs(5), 1)), [[5]]);
    assert.deepEqual(planShards([], 2), [[]]);
  });

  it('splits a large corpus into the requested number of runs', () => {
    const input = docs(...Array.from({ length: 1000 }, (_, i) => 100 + ((i * 37) % 50)));
    for (const n of [1, 2, 3, 7]) {
      const shards = planShards(input, n);
      assert.equal(shards.length, n);
      assert.deepEqual(shards.flat(), input);
      const totals = shards.map((s) => s.reduce((t, d) => t + d.html.length, 0));
      const share = totals.reduce((a, b) => a + b) / n;
      for (const t of totals) assert.ok(Math.abs(t - share) < 300, `${t} vs ${share}`);
    }
  });
});
