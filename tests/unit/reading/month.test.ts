import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compareMonthsNewestFirst,
  formatMonth,
  isRealMonth,
  monthTimestamp,
  readingPagePath,
} from '../../../src/reading/index.ts';

describe('months', () => {
  it('formatMonth writes 年 and 月 without a leading zero', () => {
    assert.equal(formatMonth('2026-11'), '2026年11月');
    assert.equal(formatMonth('2026-09'), '2026年9月');
  });

  it('formatMonth refuses what is not a month', () => {
    assert.throws(() => formatMonth('2026-13'), RangeError);
  });

  it('isRealMonth accepts 01–12 only, zero-padded', () => {
    assert.equal(isRealMonth('2026-01'), true);
    assert.equal(isRealMonth('2026-12'), true);
    for (const bad of ['2026-00', '2026-13', '2026-9', '26-09', '2026/09', '2026-09-01', '']) {
      assert.equal(isRealMonth(bad), false, bad);
    }
  });

  it('sorts newest first', () => {
    assert.deepEqual(['2025-12', '2026-10', '2026-09'].sort(compareMonthsNewestFirst), ['2026-10', '2026-09', '2025-12']);
  });

  it('derives the timestamp and page path from the month', () => {
    assert.equal(monthTimestamp('2026-09'), '2026-09-01T00:00:00+08:00');
    assert.equal(readingPagePath('2026-09'), 'reading/2026-09/');
  });
});
