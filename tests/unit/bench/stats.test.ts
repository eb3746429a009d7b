import { test } from 'node:test';
import assert from 'node:assert/strict';
import { median, percentile } from '../../../src/bench/index.ts';

test('median of odd and even counts, unsorted input', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([7]), 7);
  assert.ok(Number.isNaN(median([])));
});

test('95th percentile interpolates between closest ranks', () => {
  const twenty = Array.from({ length: 20 }, (_, k) => (k + 1) * 10); // 10 … 200
  assert.equal(percentile(twenty, 95), 190.5);
  assert.equal(percentile(twenty, 50), 105);
  assert.equal(percentile(twenty, 0), 10);
  assert.equal(percentile(twenty, 100), 200);
  // One slow outlier among 20: p95 sits between the 19th and 20th values (19 + 0.05 × 981).
  assert.ok(Math.abs(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 1000], 95) - 68.05) < 1e-9);
});

test('percentile does not reorder its input', () => {
  const values = [3, 1, 2];
  percentile(values, 95);
  assert.deepEqual(values, [3, 1, 2]);
});
