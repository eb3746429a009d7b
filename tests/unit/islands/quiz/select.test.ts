import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextPracticeSet, randomSample } from '../../../../src/islands/quiz/select.ts';
import { formatAnswer, formatScore } from '../../../../src/islands/quiz/format.ts';
import { lessonQuizQuestions, quizLookup, clientQuestion } from '../../../../src/islands/quiz/lookup.ts';
import { emptyRecord, recordAnswer } from '../../../../src/islands/record/record.ts';
import type { Question, QuestionType } from '../../../../src/shared/types.ts';

const AT = { now: Date.UTC(2024, 4, 1, 12), day: '2024-05-01' };

test('a theme practice set puts wrong, then unanswered, then least-known questions first', () => {
  let r = emptyRecord();
  r = recordAnswer(r, { id: 'a', themes: [] }, true, AT);
  r = recordAnswer(r, { id: 'a', themes: [] }, true, AT);
  r = recordAnswer(r, { id: 'b', themes: [] }, false, AT);
  r = recordAnswer(r, { id: 'c', themes: [] }, true, AT);
  assert.deepEqual(nextPracticeSet(['a', 'b', 'c', 'd', 'e'], r, 4), ['b', 'd', 'e', 'c']);
  assert.deepEqual(nextPracticeSet(['a'], r, 10), ['a']);
});

test('a random sample has distinct ids from the pool, at most the pool', () => {
  const pool = Array.from({ length: 30 }, (_, i) => `q${i}`);
  let seed = 1;
  const rng = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const pick = randomSample(pool, 10, rng);
  assert.equal(pick.length, 10);
  assert.equal(new Set(pick).size, 10);
  assert.ok(pick.every((id) => pool.includes(id)));
  assert.deepEqual(randomSample(pool, 50, rng).sort(), [...pool].sort());
  assert.equal(randomSample(pool, 5, () => 0.999999).length, 5);
});

test('answers are formatted per type', () => {
  assert.equal(formatAnswer('judge', true), '正确');
  assert.equal(formatAnswer('judge', false), '错误');
  assert.equal(formatAnswer('multiple', ['甲', '乙']), '甲；乙');
  assert.equal(formatAnswer('cloze', ['甲', '乙']), '甲；乙');
  assert.equal(formatAnswer('order', ['甲', '乙']), '1. 甲 → 2. 乙');
  assert.equal(formatAnswer('match', { 甲: '一', 乙: '二' }), '甲 — 一；乙 — 二');
  assert.equal(formatScore(3, 5), '答对 3 / 5 题（60 分）');
  assert.equal(formatScore(0, 0), '答对 0 / 0 题（0 分）');
});

const question = (id: string, type: QuestionType, lessonId: string, themes: string[] = []): Question => ({
  id,
  type,
  prompt: id,
  answer: 'x',
  explanation: '',
  themes,
  source: { lessonId, url: `/lessons/${lessonId}/`, quote: 'x' },
  origin: 'generated',
});

test('the bank is grouped by lesson and theme once', () => {
  const bank = [question('1', 'cloze', 'l1', ['t']), question('2', 'judge', 'l1', ['t', 't']), question('3', 'cloze', 'l2')];
  const lookup = quizLookup(bank);
  assert.equal(quizLookup(bank), lookup, 'cached');
  assert.deepEqual(lookup.byLesson.get('l1')?.map((q) => q.id), ['1', '2']);
  assert.deepEqual(lookup.byTheme.get('t')?.map((q) => q.id), ['1', '2']);
  assert.equal(lookup.digits, 0);
  assert.equal('origin' in clientQuestion(bank[0]!), false);
});

test('a lesson quiz mixes types and stops at the limit', () => {
  const qs = [
    question('c1', 'cloze', 'l'),
    question('c2', 'cloze', 'l'),
    question('c3', 'cloze', 'l'),
    question('j1', 'judge', 'l'),
    question('s1', 'single', 'l'),
    question('j2', 'judge', 'l'),
  ];
  assert.deepEqual(lessonQuizQuestions(qs, 5).map((q) => q.id), ['c1', 'j1', 's1', 'c2', 'j2']);
  assert.deepEqual(lessonQuizQuestions(qs.slice(0, 2)).map((q) => q.id), ['c1', 'c2']);
});
