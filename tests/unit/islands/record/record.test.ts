import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  emptyRecord,
  noteLessonRead,
  recordAnswer,
  setBookmark,
  setStudied,
  dropWrong,
  themeProgress,
  recordSummary,
  type StudyRecord,
} from '../../../../src/islands/record/record.ts';
import { migrateRecord, parseRecordStrict, readStoredRecord } from '../../../../src/islands/record/parse.ts';

const TODAY = '2024-05-01';
const NOW = Date.UTC(2024, 4, 1, 4);
const AT = { now: NOW, day: TODAY };
const MIN = Math.floor(NOW / 60_000);
const q = (id: string, themes: string[] = []) => ({ id, themes });

test('nothing stored gives an empty record', () => {
  assert.deepEqual(readStoredRecord(null, TODAY, NOW), { record: emptyRecord(), status: 'empty' });
  assert.deepEqual(readStoredRecord('', TODAY, NOW), { record: emptyRecord(), status: 'empty' });
});

test('a valid v2 record loads unchanged', () => {
  let r = recordAnswer(emptyRecord(), q('a', ['si-feng']), false, AT);
  r = setBookmark(r, 'b', true, AT);
  r = setStudied(r, { id: 'l-1', title: '第一课', themes: ['si-feng'] }, true, TODAY);
  const loaded = readStoredRecord(JSON.stringify(r), TODAY, NOW);
  assert.equal(loaded.status, 'ok');
  assert.deepEqual(loaded.record, r);
});

test('corrupted storage is reset, not thrown', () => {
  for (const text of ['{not json', '42', '"text"', '[1,2]', 'null', JSON.stringify({ v: 3, answers: {} }), JSON.stringify({ foo: 1 })]) {
    const { record, status } = readStoredRecord(text, TODAY, NOW);
    assert.deepEqual(record, emptyRecord(), text);
    assert.equal(status, text === 'null' ? 'empty' : 'reset', text);
  }
});

test('damaged v2 entries are dropped, the rest kept', () => {
  const raw = {
    v: 2,
    answers: { good: { r: 1, n: 2, k: 1 }, bad: { r: 3, n: 1, k: 0 }, worse: 'x', more: { r: 1, n: 1, k: 5 } },
    wrong: ['good', 'good', 7],
    bookmarks: 'nope',
    studied: { 'l-1': { d: '2024-01-02', t: '课' }, 'l-2': { d: 'yesterday', t: '课' } },
    review: { good: { t: MIN, st: 0, s: 0, d: 0, sd: 0, n: 0, l: 0 }, never: { t: MIN, st: 2, s: 3, d: 5, sd: 3, n: 1, l: 0 }, late: { t: 1e12, st: 0, s: 0, d: 0, sd: 0, n: 0, l: 0 } },
    days: { '2024-01-02': [1, 0], 'nope': [1, 1], '2024-01-03': [1] },
    read: { 'l-1': '2024-01-02', 'l-2': 5 },
  };
  const { record, status } = migrateRecord(raw, TODAY, NOW);
  assert.equal(status, 'repaired');
  assert.deepEqual(record, {
    v: 2,
    answers: { good: { r: 1, n: 2, k: 1 } },
    wrong: ['good'],
    bookmarks: [],
    studied: { 'l-1': { d: '2024-01-02', t: '课' } },
    review: { good: { t: MIN, st: 0, s: 0, d: 0, sd: 0, n: 0, l: 0 } },
    days: { '2024-01-02': [1, 0] },
    read: { 'l-1': '2024-01-02' },
  });
});

test('the unversioned draft shape is migrated', () => {
  const raw = { answered: { a: true, b: false }, wrong: ['c'], favorites: ['a', 'a'], studied: ['l-1'] };
  const { record, status } = migrateRecord(raw, TODAY, NOW);
  assert.equal(status, 'migrated');
  assert.deepEqual(record.answers, { a: { r: 1, n: 1, k: 1 }, b: { r: 0, n: 1, k: 0 }, c: { r: 0, n: 1, k: 0 } });
  assert.deepEqual(record.wrong, ['c', 'b']);
  assert.deepEqual(record.bookmarks, ['a']);
  assert.deepEqual(record.studied, { 'l-1': { d: TODAY, t: 'l-1' } });
  assert.deepEqual(Object.keys(record.review).sort(), ['a', 'b', 'c'], 'wrong answers and bookmarks are scheduled');
});

test('a version-1 record migrates: every question ever answered wrong and every 收藏 is due now, studied lessons are study days', () => {
  const v1 = {
    v: 1,
    answers: { once: { r: 1, n: 2, k: 1 }, never: { r: 1, n: 3, k: 3 }, now: { r: 0, n: 1, k: 0 }, marked: { r: 1, n: 1, k: 1 } },
    wrong: ['now'],
    bookmarks: ['marked', 'unanswered'],
    studied: { 'l-1': { d: '2024-04-02', t: '第一课' }, 'l-2': { d: '2024-04-02', t: '第二课' }, 'l-3': { d: '2024-04-05', t: '第三课', th: ['x'] } },
  };
  const { record, status } = readStoredRecord(JSON.stringify(v1), TODAY, NOW);
  assert.equal(status, 'migrated');
  assert.equal(record.v, 2);
  assert.deepEqual(Object.keys(record.review).sort(), ['marked', 'now', 'once', 'unanswered']);
  for (const card of Object.values(record.review)) assert.deepEqual(card, { t: MIN, st: 0, s: 0, d: 0, sd: 0, n: 0, l: 0 });
  assert.deepEqual(record.days, { '2024-04-02': [2, 0], '2024-04-05': [1, 0] });
  assert.deepEqual(record.read, { 'l-1': '2024-04-02', 'l-2': '2024-04-02', 'l-3': '2024-04-05' });
  const { answers, wrong, bookmarks, studied } = record;
  assert.deepEqual({ answers, wrong, bookmarks, studied }, { answers: v1.answers, wrong: v1.wrong, bookmarks: v1.bookmarks, studied: v1.studied }, 'nothing of version 1 is lost');
  // Stored again, the migrated record loads as it is.
  assert.deepEqual(readStoredRecord(JSON.stringify(record), TODAY, NOW + 86_400_000), { record, status: 'ok' });
});

test('a damaged version-1 record is repaired while it migrates', () => {
  const { record, status } = migrateRecord({ v: 1, answers: { a: { r: 0, n: 1, k: 0 }, b: 'x' }, wrong: ['a'], bookmarks: [], studied: {} }, TODAY, NOW);
  assert.equal(status, 'migrated');
  assert.deepEqual(Object.keys(record.answers), ['a']);
  assert.deepEqual(Object.keys(record.review), ['a']);
});

test('a wrong answer schedules the question now; answered right it stays scheduled, and a graded card comes due again when answered wrong', () => {
  let r = recordAnswer(emptyRecord(), q('a'), false, AT);
  assert.deepEqual(r.review.a, { t: MIN, st: 0, s: 0, d: 0, sd: 0, n: 0, l: 0 });
  r = recordAnswer(r, q('a'), true, { now: NOW + 60_000, day: TODAY });
  assert.deepEqual(r.review.a?.t, MIN, 'a right answer leaves the schedule alone');
  r = { ...r, review: { a: { t: MIN + 10 * 1440, st: 2, s: 10, d: 5, sd: 10, n: 2, l: 0, lr: MIN } } };
  r = recordAnswer(r, q('a'), false, { now: NOW + 120_000, day: TODAY });
  assert.deepEqual(r.review.a, { t: MIN + 2, st: 2, s: 10, d: 5, sd: 10, n: 2, l: 0, lr: MIN }, 'due now, memory kept for the next grading');
});

test('a 收藏 is scheduled; unbookmarked it leaves the schedule unless it was ever answered wrong', () => {
  let r = setBookmark(emptyRecord(), 'a', true, AT);
  assert.ok(r.review.a);
  r = setBookmark(r, 'a', false, AT);
  assert.equal(r.review.a, undefined);
  r = recordAnswer(r, q('b'), false, AT);
  r = recordAnswer(r, q('b'), true, AT);
  r = setBookmark(r, 'b', true, AT);
  r = setBookmark(r, 'b', false, AT);
  assert.ok(r.review.b, 'answered wrong once: still reviewed');
});

test('the day log counts questions answered and lessons read, each lesson once a day', () => {
  let r = recordAnswer(emptyRecord(), q('a'), true, AT);
  r = recordAnswer(r, q('b'), false, AT);
  r = noteLessonRead(r, 'l-1', TODAY);
  r = noteLessonRead(r, 'l-1', TODAY);
  r = noteLessonRead(r, 'l-2', TODAY);
  r = noteLessonRead(r, 'l-1', '2024-05-02');
  assert.deepEqual(r.days, { [TODAY]: [2, 2], '2024-05-02': [1, 0] });
  assert.deepEqual(r.read, { 'l-1': '2024-05-02', 'l-2': TODAY });
});

test('a `__proto__` key never becomes an entry or a prototype', () => {
  const text = '{"v":2,"answers":{"__proto__":{"r":1,"n":1,"k":1}},"wrong":[],"bookmarks":[],"studied":{},"review":{"__proto__":{"t":1,"st":0,"s":0,"d":0,"sd":0,"n":0,"l":0}},"days":{},"read":{}}';
  const { record, status } = readStoredRecord(text, TODAY, NOW);
  assert.equal(status, 'repaired');
  assert.equal(Object.getPrototypeOf(record.answers), Object.prototype);
  assert.deepEqual(Object.keys(record.answers), []);
  assert.equal(Object.getPrototypeOf(record.review), Object.prototype);
});

test('a wrong answer goes into 错题本, a right one takes it out', () => {
  let r = recordAnswer(emptyRecord(), q('a'), false, AT);
  r = recordAnswer(r, q('b'), false, AT);
  assert.deepEqual(r.wrong, ['a', 'b']);
  r = recordAnswer(r, q('a'), false, AT);
  assert.deepEqual(r.wrong, ['a', 'b'], 'no duplicates');
  r = recordAnswer(r, q('a'), true, AT);
  assert.deepEqual(r.wrong, ['b']);
  assert.deepEqual(r.answers.a, { r: 1, n: 3, k: 1 });
  r = dropWrong(r, 'b');
  assert.deepEqual(r.wrong, []);
});

test('updates do not mutate the record passed in', () => {
  const before = emptyRecord();
  const frozen = JSON.stringify(before);
  recordAnswer(before, q('a'), false, AT);
  setBookmark(before, 'a', true, AT);
  setStudied(before, { id: 'l', title: 't', themes: [] }, true, TODAY);
  assert.equal(JSON.stringify(before), frozen);
});

test('bookmarks and studied lessons toggle', () => {
  let r = setBookmark(emptyRecord(), 'a', true, AT);
  r = setBookmark(r, 'a', true, AT);
  assert.deepEqual(r.bookmarks, ['a']);
  r = setBookmark(r, 'a', false, AT);
  assert.deepEqual(r.bookmarks, []);
  r = setStudied(r, { id: 'l', title: '课', themes: ['t'] }, true, '2024-01-01');
  r = setStudied(r, { id: 'l', title: '课', themes: ['t'] }, true, '2024-02-02');
  assert.deepEqual(r.studied, { l: { d: '2024-01-01', t: '课', th: ['t'] } }, 'keeps the first date');
  r = setStudied(r, { id: 'l', title: '课', themes: [] }, false, TODAY);
  assert.deepEqual(r.studied, {});
});

test('strict parsing refuses anything not exactly a v2 (or v1) record', () => {
  const good: StudyRecord = recordAnswer(emptyRecord(), q('a', ['x']), false, AT);
  assert.deepEqual(parseRecordStrict(JSON.parse(JSON.stringify(good)), NOW), good);
  assert.equal(typeof parseRecordStrict({ v: 3 }, NOW), 'string');
  assert.equal(typeof parseRecordStrict([], NOW), 'string');
  assert.equal(typeof parseRecordStrict({ ...good, extra: 1 }, NOW), 'string');
  assert.equal(typeof parseRecordStrict({ ...good, wrong: [1] }, NOW), 'string');
  assert.equal(typeof parseRecordStrict({ ...good, answers: { a: { r: 1, n: 0, k: 0 } } }, NOW), 'string');
  assert.equal(typeof parseRecordStrict({ ...good, review: { a: { t: -1, st: 0, s: 0, d: 0, sd: 0, n: 0, l: 0 } } }, NOW), 'string');
  assert.equal(typeof parseRecordStrict({ ...good, days: { [TODAY]: [1, -1] } }, NOW), 'string');
  // A code from the previous version (v1) still imports, with its wrong answers scheduled.
  const v1 = { v: 1, answers: { a: { r: 0, n: 1, k: 0 } }, wrong: ['a'], bookmarks: [], studied: {} };
  const fromV1 = parseRecordStrict(v1, NOW);
  assert.ok(typeof fromV1 !== 'string');
  assert.deepEqual(Object.keys(fromV1.review), ['a']);
  assert.equal(typeof parseRecordStrict({ ...v1, review: {} }, NOW), 'string', 'a v1 record has no schedule');
});

test('theme progress counts studied lessons and right answers per theme', () => {
  let r = setStudied(emptyRecord(), { id: 'l1', title: '一', themes: ['a', 'b'] }, true, TODAY);
  r = recordAnswer(r, q('q1', ['a']), true, AT);
  r = recordAnswer(r, q('q2', ['a']), false, AT);
  r = recordAnswer(r, q('q3', ['b']), true, AT);
  const progress = themeProgress(r, [
    { id: 'c', name: 'C', lessons: 3, questions: 3 },
    { id: 'b', name: 'B', lessons: 1, questions: 4 },
    { id: 'a', name: 'A', lessons: 2, questions: 5 },
  ]);
  assert.deepEqual(
    progress.map((p) => [p.id, p.lessonsStudied, p.questionsAnswered, p.questionsRight]),
    [
      ['b', 1, 1, 1],
      ['a', 1, 2, 1],
      ['c', 0, 0, 0],
    ],
  );
  assert.deepEqual(recordSummary(r), { answered: 3, right: 2, wrong: 1, bookmarks: 0, studied: 1 });
});
