import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rating } from 'ts-fsrs';
import { GRADES, fromFsrsCard, gradeCard, previewGrades, toFsrsCard } from '../../../../src/islands/review/fsrs.ts';
import { daysUntil, describeDue, dueIds, upcoming } from '../../../../src/islands/review/due.ts';
import { emptyRecord, newCard, recordAnswer, setReviewCard } from '../../../../src/islands/record/record.ts';
import { localDay } from '../../../../src/islands/record/clock.ts';

const DAY = 86_400_000;
const NOW = new Date(2024, 4, 1, 9, 30).getTime();
const day = (ms: number) => localDay(new Date(ms));

test('every grade of a new card sets a next date from tomorrow on, better grades later', () => {
  const card = newCard(NOW);
  const dues = GRADES.map((g) => gradeCard(card, g, NOW).t * 60_000);
  assert.ok(day(dues[0]!) > day(NOW), '重来 comes back tomorrow at the earliest');
  for (let i = 1; i < dues.length; i++) assert.ok(dues[i]! >= dues[i - 1]!, `grade ${GRADES[i]} not earlier than ${GRADES[i - 1]}`);
  assert.ok(dues[3]! > dues[0]!);
  const preview = previewGrades(card, NOW);
  assert.deepEqual(GRADES.map((g) => Math.floor(preview.get(g)! / 60_000)), dues.map((d) => d / 60_000));
});

test('a graded card keeps its memory: 重来 after a good review is a lapse and shortens the interval', () => {
  const first = gradeCard(newCard(NOW), Rating.Good, NOW);
  assert.equal(first.n, 1);
  assert.equal(first.lr, Math.floor(NOW / 60_000));
  const at = first.t * 60_000;
  const good = gradeCard(first, Rating.Good, at);
  const again = gradeCard(first, Rating.Again, at);
  assert.ok(good.sd > first.sd, 'a second good review waits longer');
  assert.equal(again.l, 1);
  assert.ok(again.t < good.t);
});

test('the record card and the ts-fsrs card convert both ways', () => {
  const card = gradeCard(gradeCard(newCard(NOW), Rating.Hard, NOW), Rating.Good, NOW + 3 * DAY);
  assert.deepEqual(fromFsrsCard(toFsrsCard(card)), card);
});

test('due questions by local date, longest overdue first; the coming days counted', () => {
  let r = recordAnswer(emptyRecord(), { id: 'b', themes: [] }, false, { now: NOW, day: day(NOW) });
  r = recordAnswer(r, { id: 'a', themes: [] }, false, { now: NOW - DAY, day: day(NOW - DAY) });
  r = setReviewCard(r, 'c', gradeCard(newCard(NOW), Rating.Good, NOW));
  r = setReviewCard(r, 'late-today', { ...newCard(NOW), t: Math.floor(new Date(2024, 4, 1, 23, 50).getTime() / 60_000) });
  assert.deepEqual(dueIds(r, day(NOW)), ['a', 'b', 'late-today']);
  const cDay = day(r.review.c!.t * 60_000);
  assert.deepEqual(upcoming(r, day(NOW), 7), [[cDay, 1]]);
  assert.ok(dueIds(r, cDay).includes('c'));
});

test('due dates are told in local calendar days', () => {
  const evening = new Date(2024, 4, 1, 23, 30).getTime();
  assert.equal(describeDue(new Date(2024, 4, 2, 0, 10).getTime(), evening), '2024年5月2日（明天）');
  assert.equal(describeDue(new Date(2024, 4, 5, 8).getTime(), evening), '2024年5月5日（4 天后）');
  assert.equal(daysUntil(new Date(2024, 11, 31).getTime(), new Date(2024, 0, 1).getTime()), 365);
});
