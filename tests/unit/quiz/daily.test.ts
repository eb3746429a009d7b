import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dailyQuestionIds } from '../../../src/quiz/daily.ts';

const ids = Array.from({ length: 200 }, (_, i) => `q-${i.toString(16).padStart(12, '0')}`);

test('the same five for a date, whatever the order of the ids', () => {
  const a = dailyQuestionIds(ids, '2026-05-01');
  assert.equal(a.length, 5);
  assert.equal(new Set(a).size, 5);
  assert.ok(a.every((id) => ids.includes(id)));
  assert.deepEqual(dailyQuestionIds([...ids].reverse(), '2026-05-01'), a);
  assert.deepEqual(dailyQuestionIds(ids, '2026-05-01'), a);
});

test('different dates give different sets', () => {
  const days = ['2026-05-01', '2026-05-02', '2026-05-03', '2026-06-01', '2027-05-01'];
  const sets = days.map((d) => dailyQuestionIds(ids, d).join());
  assert.equal(new Set(sets).size, days.length);
});

test('n, small banks and adding a question', () => {
  assert.equal(dailyQuestionIds(ids, '2026-05-01', 3).length, 3);
  assert.deepEqual(dailyQuestionIds(['a', 'b'], '2026-05-01').sort(), ['a', 'b']);
  assert.deepEqual(dailyQuestionIds([], '2026-05-01'), []);
  const before = dailyQuestionIds(ids, '2026-05-01');
  const after = dailyQuestionIds([...ids, 'q-new'], '2026-05-01');
  assert.ok(after.filter((id) => before.includes(id)).length >= 4, 'one new question changes at most one pick');
});

test('a malformed date is refused', () => {
  assert.throws(() => dailyQuestionIds(ids, '2026-5-1'), TypeError);
});
