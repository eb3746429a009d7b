import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Question } from '../../../src/shared/types.ts';
import { grade } from '../../../src/quiz/grade.ts';

const base = { id: 'q-1', explanation: '解析', themes: [], source: { lessonId: 'l', url: '/lessons/l/', quote: '原文' } };
const make = (q: Pick<Question, 'type' | 'answer'> & Partial<Question>): Question => ({ prompt: '题', ...base, ...q });

test('single', () => {
  const q = make({ type: 'single', options: ['刹玩风', '三清'], answer: '刹玩风' });
  assert.equal(grade(q, '刹玩风'), true);
  assert.equal(grade(q, '三清'), false);
  assert.equal(grade(q, ['刹玩风']), false);
  assert.equal(grade(q, null), false);
});

test('multiple: the same set, in any order, nothing more or less', () => {
  const q = make({ type: 'multiple', options: ['甲', '乙', '丙'], answer: ['甲', '乙'] });
  assert.equal(grade(q, ['乙', '甲']), true);
  assert.equal(grade(q, ['甲']), false);
  assert.equal(grade(q, ['甲', '乙', '丙']), false);
  assert.equal(grade(q, '甲'), false);
});

test('cloze: full/half width, spaces and quotation marks do not matter', () => {
  const q = make({ type: 'cloze', prompt: '已经清收了____多万元党费', answer: '20' });
  assert.equal(grade(q, '２０'), true);
  assert.equal(grade(q, ' 20 '), true);
  assert.equal(grade(q, '21'), false);
  const term = make({ type: 'cloze', answer: '三会一课' });
  assert.equal(grade(term, '“三会一课”'), true);
  assert.equal(grade(term, '三 会 一 课'), true);
  assert.equal(grade(term, '三会'), false);
  const latin = make({ type: 'cloze', answer: 'GDP' });
  assert.equal(grade(latin, 'ｇｄｐ'), true);
  const two = make({ type: 'cloze', prompt: '____与____', answer: ['甲', '乙'] });
  assert.equal(grade(two, ['甲', '乙']), true);
  assert.equal(grade(two, ['乙', '甲']), false);
});

test('judge: booleans or 对/错 words', () => {
  const t = make({ type: 'judge', answer: true });
  const f = make({ type: 'judge', answer: false });
  assert.equal(grade(t, true), true);
  assert.equal(grade(t, false), false);
  assert.equal(grade(t, '对'), true);
  assert.equal(grade(f, '错误'), true);
  assert.equal(grade(f, '对'), false);
  assert.equal(grade(f, '不知道'), false);
});

test('order: exactly the same sequence', () => {
  const q = make({ type: 'order', options: ['乙', '甲', '丙'], answer: ['甲', '乙', '丙'] });
  assert.equal(grade(q, ['甲', '乙', '丙']), true);
  assert.equal(grade(q, ['乙', '甲', '丙']), false);
  assert.equal(grade(q, ['甲', '乙']), false);
});

test('match: every left paired with its right', () => {
  const q = make({ type: 'match', options: ['助推器', '减震器'], targets: ['乙', '甲'], answer: { 助推器: '甲', 减震器: '乙' } });
  assert.equal(grade(q, { 减震器: '乙', 助推器: '甲' }), true);
  assert.equal(grade(q, { 助推器: '乙', 减震器: '甲' }), false);
  assert.equal(grade(q, { 助推器: '甲' }), false);
  assert.equal(grade(q, ['甲', '乙']), false);
});
