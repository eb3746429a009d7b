import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activityLevel, addDays, monthGrids, streaks } from '../../../../src/islands/record/calendar.ts';
import { localDay, moment } from '../../../../src/islands/record/clock.ts';

test('days are added across months and years', () => {
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2024-03-01', -1), '2024-02-29');
  assert.equal(addDays('2024-12-31', 1), '2025-01-01');
});

test('streaks: the current run ends today or yesterday; the longest is kept', () => {
  const days = { '2024-04-01': [1, 0], '2024-04-02': [0, 3], '2024-04-03': [2, 2], '2024-04-05': [0, 0], '2024-04-09': [0, 1], '2024-04-10': [1, 0] } as Record<string, [number, number]>;
  assert.deepEqual(streaks(days, '2024-04-10'), { current: 2, longest: 3 });
  assert.deepEqual(streaks(days, '2024-04-11'), { current: 2, longest: 3 }, 'today not yet studied: yesterday still counts');
  assert.deepEqual(streaks(days, '2024-04-12'), { current: 0, longest: 3 });
  assert.deepEqual(streaks({}, '2024-04-12'), { current: 0, longest: 0 });
});

test('month grids run Monday to Sunday and end with the current month', () => {
  const grids = monthGrids('2024-03-15', 3);
  assert.deepEqual(grids.map((g) => [g.year, g.month]), [[2024, 1], [2024, 2], [2024, 3]]);
  // 1 January 2024 was a Monday; 1 March 2024 a Friday.
  assert.equal(grids[0]!.weeks[0]![0], '2024-01-01');
  assert.deepEqual(grids[2]!.weeks[0], [null, null, null, null, '2024-03-01', '2024-03-02', '2024-03-03']);
  assert.equal(grids[1]!.weeks.flat().filter(Boolean).length, 29);
  for (const g of grids) for (const w of g.weeks) assert.equal(w.length, 7);
  assert.deepEqual(monthGrids('2025-01-10', 2).map((g) => [g.year, g.month]), [[2024, 12], [2025, 1]]);
});

test('activity shades: nothing, a little, more, a lot', () => {
  assert.equal(activityLevel(undefined), 0);
  assert.equal(activityLevel([0, 0]), 0);
  assert.equal(activityLevel([0, 3]), 1);
  assert.equal(activityLevel([1, 0]), 2);
  assert.equal(activityLevel([2, 10]), 3);
});

test('the member\'s date is their own clock\'s, not UTC or Beijing', () => {
  // Whatever zone this runs in, the local date of a local time is that time's date.
  assert.equal(localDay(new Date(2024, 0, 1, 0, 5)), '2024-01-01');
  assert.equal(localDay(new Date(2024, 0, 1, 23, 55)), '2024-01-01');
  assert.equal(moment(new Date(2024, 6, 9, 12)).day, '2024-07-09');
});
