import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Question } from '../../../src/shared/types.ts';
import { differsByOneFact, judgeStatement, validateQuestion } from '../../../src/quiz/validate.ts';

const TEXT = '目前党员“三清”进展比较顺利,已经清收了20多万元党费,但是还有较大的漏洞。在机关党建方面重点“刹玩风”、“树正风”、“倡廉风”、“治会风”。';

function q(partial: Partial<Question> & Pick<Question, 'type' | 'prompt' | 'answer'>, quote: string): Question {
  return { id: 'q-x', explanation: '解析', themes: [], source: { lessonId: 'l', url: '/lessons/l/', quote }, ...partial };
}

test('a valid cloze passes', () => {
  assert.deepEqual(validateQuestion(q({ type: 'cloze', prompt: '已经清收了____多万元党费', answer: '20' }, '已经清收了20多万元党费'), TEXT), []);
});

test('a quote that is not verbatim fails', () => {
  const problems = validateQuestion(q({ type: 'cloze', prompt: '已经清收了____万元党费', answer: '20' }, '已经清收了20万元党费'), TEXT);
  assert.ok(problems.some((p) => p.includes('逐字')), problems.join());
});

test('a quote that does not hold the answer fails', () => {
  const problems = validateQuestion(q({ type: 'cloze', prompt: '已经清收了____多万元党费', answer: '30' }, '已经清收了20多万元党费'), TEXT);
  assert.ok(problems.some((p) => p.includes('“30”')), problems.join());
});

test('a cloze prompt needs a blank; a missing explanation is reported', () => {
  const problems = validateQuestion(q({ type: 'cloze', prompt: '已经清收了多万元党费', answer: '20', explanation: ' ' }, '20多万元'), TEXT);
  assert.ok(problems.some((p) => p.includes('空格')));
  assert.ok(problems.some((p) => p.includes('解析')));
});

test('single: the answer must be an option; a negative prompt needs the other options in the quote', () => {
  const quote = '在机关党建方面重点“刹玩风”、“树正风”、“倡廉风”、“治会风”。';
  assert.ok(validateQuestion(q({ type: 'single', prompt: '下列哪一项属于“四风”？', options: ['刹玩风', '三清'], answer: '树正风' }, quote), TEXT)
    .some((p) => p.includes('不在选项中')));
  assert.deepEqual(validateQuestion(q({ type: 'single', prompt: '下列哪一项不属于“四风”？', options: ['刹玩风', '树正风', '三会一课'], answer: '三会一课' }, quote), TEXT), []);
  assert.ok(validateQuestion(q({ type: 'single', prompt: '下列哪一项不属于“四风”？', options: ['刹玩风', '严于律己', '三会一课'], answer: '三会一课' }, quote), TEXT)
    .some((p) => p.includes('严于律己')));
});

test('order: items must appear in the quote in that order', () => {
  const quote = '在机关党建方面重点“刹玩风”、“树正风”、“倡廉风”、“治会风”。';
  const good = ['刹玩风', '树正风', '倡廉风', '治会风'];
  assert.deepEqual(validateQuestion(q({ type: 'order', prompt: '排序', options: [...good].reverse(), answer: good }, quote), TEXT), []);
  const bad = ['树正风', '刹玩风', '倡廉风', '治会风'];
  assert.ok(validateQuestion(q({ type: 'order', prompt: '排序', options: good, answer: bad }, quote), TEXT).some((p) => p.includes('顺序')));
});

test('match: options and targets must be the two sides of the answer', () => {
  const quote = '在机关党建方面重点“刹玩风”、“树正风”、“倡廉风”、“治会风”。';
  const answer = { 刹玩风: '树正风', 倡廉风: '治会风' };
  assert.deepEqual(validateQuestion(q({ type: 'match', prompt: '配对', options: ['刹玩风', '倡廉风'], targets: ['治会风', '树正风'], answer }, quote), TEXT), []);
  assert.ok(validateQuestion(q({ type: 'match', prompt: '配对', options: ['刹玩风', '倡廉风'], targets: ['治会风'], answer }, quote), TEXT).length > 0);
});

test('judge: true needs the statement verbatim, false needs one changed fact', () => {
  const quote = '目前党员“三清”进展比较顺利,已经清收了20多万元党费,但是还有较大的漏洞。';
  assert.deepEqual(validateQuestion(q({ type: 'judge', prompt: '已经清收了20多万元党费', answer: true }, quote), TEXT), []);
  assert.deepEqual(validateQuestion(q({ type: 'judge', prompt: '判断正误：已经清收了30多万元党费（ ）', answer: false }, quote), TEXT), []);
  assert.ok(validateQuestion(q({ type: 'judge', prompt: '已经清收了20多万元党费', answer: false }, quote), TEXT).length > 0);
  assert.ok(validateQuestion(q({ type: 'judge', prompt: '已经清收了30多万元党费', answer: true }, quote), TEXT).length > 0);
  assert.ok(validateQuestion(q({ type: 'judge', prompt: '党费全部收齐', answer: false }, quote), TEXT).length > 0);
});

test('judgeStatement strips a 判断 lead and an empty bracket tail', () => {
  assert.equal(judgeStatement('判断正误：已经清收了20多万元党费（ ）'), '已经清收了20多万元党费');
  assert.equal(judgeStatement('已经清收了20多万元党费'), '已经清收了20多万元党费');
});

test('differsByOneFact: numbers, insertions and swapped terms', () => {
  const quote = '已经清收了20多万元党费,但是还有较大的漏洞。';
  assert.ok(differsByOneFact('已经清收了200多万元党费', quote));
  assert.ok(differsByOneFact('已经清收了2多万元党费', quote));
  assert.ok(differsByOneFact('已经清收了20多万元会费', quote));
  assert.ok(!differsByOneFact('已经清收了20多万元党费', quote));
  assert.ok(!differsByOneFact('完全不同的一句话', quote));
});
