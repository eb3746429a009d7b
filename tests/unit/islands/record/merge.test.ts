import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyRecord, noteLessonRead, recordAnswer, setBookmark, setReviewCard, setStudied, type StudyRecord } from '../../../../src/islands/record/record.ts';
import { mergeRecords } from '../../../../src/islands/record/merge.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 4, 1, 4);
const at = (days: number) => ({ now: T0 + days * DAY, day: new Date(T0 + days * DAY).toISOString().slice(0, 10) });
const q = (id: string, themes: string[] = []) => ({ id, themes });
const minutes = (days: number) => Math.floor((T0 + days * DAY) / 60_000);

/** A record, then the same record carried to a phone and used on both. */
function devices(): { shared: StudyRecord; laptop: StudyRecord; phone: StudyRecord } {
  let shared = recordAnswer(emptyRecord(), q('a', ['x']), false, at(0));
  shared = setBookmark(shared, 'b', true, at(0));
  shared = setStudied(shared, { id: 'l-1', title: '第一课', themes: [] }, true, '2024-05-01');
  shared = noteLessonRead(shared, 'l-1', '2024-05-01');
  let laptop = recordAnswer(shared, q('a', ['x']), true, at(1));
  laptop = recordAnswer(laptop, q('c'), false, at(1));
  laptop = setReviewCard(laptop, 'a', { t: minutes(4), st: 2, s: 3.2, d: 5.1, sd: 3, n: 1, l: 0, lr: minutes(1) });
  let phone = recordAnswer(shared, q('a', ['x']), false, at(2));
  phone = recordAnswer(phone, q('a', ['x']), false, at(2));
  phone = setReviewCard(phone, 'a', { t: minutes(3), st: 3, s: 1.1, d: 7.2, sd: 1, n: 2, l: 1, lr: minutes(2) });
  phone = setBookmark(phone, 'd', true, at(2));
  phone = setStudied(phone, { id: 'l-2', title: '第二课', themes: ['x'] }, true, '2024-05-03');
  phone = noteLessonRead(phone, 'l-2', '2024-05-03');
  return { shared, laptop, phone };
}

test('merging keeps everything either device has, counting shared history once', () => {
  const { laptop, phone } = devices();
  const merged = mergeRecords(laptop, phone);
  // 'a': the phone answered it more often (later), last answer wrong; counts are the larger of each.
  assert.deepEqual(merged.answers.a, { r: 0, n: 3, k: 1, th: ['x'] });
  assert.deepEqual(merged.answers.c, { r: 0, n: 1, k: 0 });
  assert.deepEqual(merged.wrong, ['c', 'a']);
  assert.deepEqual(merged.bookmarks, ['b', 'd']);
  assert.deepEqual(Object.keys(merged.studied).sort(), ['l-1', 'l-2']);
  // The card graded last (the phone's, day 2) carries the memory.
  assert.deepEqual(merged.review.a, phone.review.a);
  assert.deepEqual(Object.keys(merged.review).sort(), ['a', 'b', 'c', 'd']);
  // Study days: the shared day is not counted twice.
  assert.deepEqual(merged.days, { '2024-05-01': [1, 1], '2024-05-02': [0, 2], '2024-05-03': [1, 2] });
  assert.deepEqual(merged.read, { 'l-1': '2024-05-01', 'l-2': '2024-05-03' });
});

test('merging is the same whichever side imports, apart from list order', () => {
  const { laptop, phone } = devices();
  const one = mergeRecords(laptop, phone);
  const other = mergeRecords(phone, laptop);
  assert.deepEqual({ ...one, wrong: [...one.wrong].sort(), bookmarks: [...one.bookmarks].sort() }, { ...other, wrong: [...other.wrong].sort(), bookmarks: [...other.bookmarks].sort() });
});

test('merging a record with itself or an empty one changes nothing', () => {
  const { phone } = devices();
  assert.deepEqual(mergeRecords(phone, phone), phone);
  assert.deepEqual(mergeRecords(phone, emptyRecord()), phone);
  assert.deepEqual(mergeRecords(emptyRecord(), phone), phone);
});

test('a question answered right later on one device leaves 错题本; the first date a lesson was studied is kept', () => {
  let a = recordAnswer(emptyRecord(), q('x'), false, at(0));
  const b = recordAnswer(a, q('x'), true, at(1));
  a = setStudied(a, { id: 'l', title: '课', themes: [] }, true, '2024-05-09');
  const c = setStudied(b, { id: 'l', title: '课', themes: ['t'] }, true, '2024-05-02');
  const merged = mergeRecords(a, c);
  assert.deepEqual(merged.wrong, []);
  assert.deepEqual(merged.studied.l, { d: '2024-05-02', t: '课', th: ['t'] });
});

test('merging does not change either record', () => {
  const { laptop, phone } = devices();
  const before = JSON.stringify([laptop, phone]);
  mergeRecords(laptop, phone);
  assert.equal(JSON.stringify([laptop, phone]), before);
});
