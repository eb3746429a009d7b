import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  emptyRecord,
  migrateRecord,
  parseRecordStrict,
  readStoredRecord,
  recordAnswer,
  setBookmark,
  setStudied,
  dropWrong,
  themeProgress,
  recordSummary,
  type StudyRecord,
} from '../../../../src/islands/record/record.ts';

const TODAY = '2024-05-01';
const q = (id: string, themes: string[] = []) => ({ id, themes });

test('nothing stored gives an empty record', () => {
  assert.deepEqual(readStoredRecord(null, TODAY), { record: emptyRecord(), status: 'empty' });
  assert.deepEqual(readStoredRecord('', TODAY), { record: emptyRecord(), status: 'empty' });
});

test('a valid v1 record loads unchanged', () => {
  let r = recordAnswer(emptyRecord(), q('a', ['si-feng']), false);
  r = setBookmark(r, 'b', true);
  r = setStudied(r, { id: 'l-1', title: '第一课', themes: ['si-feng'] }, true, TODAY);
  const loaded = readStoredRecord(JSON.stringify(r), TODAY);
  assert.equal(loaded.status, 'ok');
  assert.deepEqual(loaded.record, r);
});

test('corrupted storage is reset, not thrown', () => {
  for (const text of ['{not json', '42', '"text"', '[1,2]', 'null', JSON.stringify({ v: 2, answers: {} }), JSON.stringify({ foo: 1 })]) {
    const { record, status } = readStoredRecord(text, TODAY);
    assert.deepEqual(record, emptyRecord(), text);
    assert.equal(status, text === 'null' ? 'empty' : 'reset', text);
  }
});

test('damaged v1 entries are dropped, the rest kept', () => {
  const raw = {
    v: 1,
    answers: { good: { r: 1, n: 2, k: 1 }, bad: { r: 3, n: 1, k: 0 }, worse: 'x', more: { r: 1, n: 1, k: 5 } },
    wrong: ['good', 'good', 7],
    bookmarks: 'nope',
    studied: { 'l-1': { d: '2024-01-02', t: '课' }, 'l-2': { d: 'yesterday', t: '课' } },
  };
  const { record, status } = migrateRecord(raw, TODAY);
  assert.equal(status, 'repaired');
  assert.deepEqual(record, {
    v: 1,
    answers: { good: { r: 1, n: 2, k: 1 } },
    wrong: ['good'],
    bookmarks: [],
    studied: { 'l-1': { d: '2024-01-02', t: '课' } },
  });
});

test('the unversioned draft shape is migrated', () => {
  const raw = { answered: { a: true, b: false }, wrong: ['c'], favorites: ['a', 'a'], studied: ['l-1'] };
  const { record, status } = migrateRecord(raw, TODAY);
  assert.equal(status, 'migrated');
  assert.deepEqual(record.answers, { a: { r: 1, n: 1, k: 1 }, b: { r: 0, n: 1, k: 0 }, c: { r: 0, n: 1, k: 0 } });
  assert.deepEqual(record.wrong, ['c', 'b']);
  assert.deepEqual(record.bookmarks, ['a']);
  assert.deepEqual(record.studied, { 'l-1': { d: TODAY, t: 'l-1' } });
});

test('a `__proto__` key never becomes an entry or a prototype', () => {
  const text = '{"v":1,"answers":{"__proto__":{"r":1,"n":1,"k":1}},"wrong":[],"bookmarks":[],"studied":{}}';
  const { record, status } = readStoredRecord(text, TODAY);
  assert.equal(status, 'repaired');
  assert.equal(Object.getPrototypeOf(record.answers), Object.prototype);
  assert.deepEqual(Object.keys(record.answers), []);
});

test('a wrong answer goes into 错题本, a right one takes it out', () => {
  let r = recordAnswer(emptyRecord(), q('a'), false);
  r = recordAnswer(r, q('b'), false);
  assert.deepEqual(r.wrong, ['a', 'b']);
  r = recordAnswer(r, q('a'), false);
  assert.deepEqual(r.wrong, ['a', 'b'], 'no duplicates');
  r = recordAnswer(r, q('a'), true);
  assert.deepEqual(r.wrong, ['b']);
  assert.deepEqual(r.answers.a, { r: 1, n: 3, k: 1 });
  r = dropWrong(r, 'b');
  assert.deepEqual(r.wrong, []);
});

test('updates do not mutate the record passed in', () => {
  const before = emptyRecord();
  const frozen = JSON.stringify(before);
  recordAnswer(before, q('a'), false);
  setBookmark(before, 'a', true);
  setStudied(before, { id: 'l', title: 't', themes: [] }, true, TODAY);
  assert.equal(JSON.stringify(before), frozen);
});

test('bookmarks and studied lessons toggle', () => {
  let r = setBookmark(emptyRecord(), 'a', true);
  r = setBookmark(r, 'a', true);
  assert.deepEqual(r.bookmarks, ['a']);
  r = setBookmark(r, 'a', false);
  assert.deepEqual(r.bookmarks, []);
  r = setStudied(r, { id: 'l', title: '课', themes: ['t'] }, true, '2024-01-01');
  r = setStudied(r, { id: 'l', title: '课', themes: ['t'] }, true, '2024-02-02');
  assert.deepEqual(r.studied, { l: { d: '2024-01-01', t: '课', th: ['t'] } }, 'keeps the first date');
  r = setStudied(r, { id: 'l', title: '课', themes: [] }, false, TODAY);
  assert.deepEqual(r.studied, {});
});

test('strict parsing refuses anything not exactly a v1 record', () => {
  const good: StudyRecord = recordAnswer(emptyRecord(), q('a', ['x']), true);
  assert.deepEqual(parseRecordStrict(JSON.parse(JSON.stringify(good))), good);
  assert.equal(typeof parseRecordStrict({ v: 2 }), 'string');
  assert.equal(typeof parseRecordStrict([]), 'string');
  assert.equal(typeof parseRecordStrict({ ...good, extra: 1 }), 'string');
  assert.equal(typeof parseRecordStrict({ ...good, wrong: [1] }), 'string');
  assert.equal(typeof parseRecordStrict({ ...good, answers: { a: { r: 1, n: 0, k: 0 } } }), 'string');
});

test('theme progress counts studied lessons and right answers per theme', () => {
  let r = setStudied(emptyRecord(), { id: 'l1', title: '一', themes: ['a', 'b'] }, true, TODAY);
  r = recordAnswer(r, q('q1', ['a']), true);
  r = recordAnswer(r, q('q2', ['a']), false);
  r = recordAnswer(r, q('q3', ['b']), true);
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
