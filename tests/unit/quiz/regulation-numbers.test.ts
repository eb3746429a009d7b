/** A regulation's quantities: asked in cloze and judge questions, their false versions never implied by the rule. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findFacts } from '../../../src/quiz/facts.ts';
import { generateQuestions } from '../../../src/quiz/generate.ts';
import { buildLessons } from '../../../src/lessons/index.ts';
import { makeDoc } from '../../fixtures/lessons/make-doc.ts';
import { parseChineseNumeral } from '../../../src/shared/numbering.ts';

const numbers = (s: string) => findFacts(s, [], { numbers: true }).filter((f) => f.kind === 'number').map((f) => f.text);

test('numerals in words are a regulation’s quantities where they state a rule, not prose or references', () => {
  assert.deepEqual(numbers('第三十一条　预备党员的预备期为一年。'), ['一']);
  assert.deepEqual(numbers('公示期不少于五个工作日。'), ['五']);
  assert.deepEqual(numbers('应当在三个月内审批，但不得超过六个月。'), ['三', '六']);
  assert.deepEqual(numbers('一年来，统一思想，一次性解决。'), []);
  assert.deepEqual(numbers('依照第38条第2款的规定。'), []);
  // Not where numbers do not matter (a report's or a story's).
  assert.deepEqual(findFacts('预备期为一年。', []).filter((f) => f.kind === 'number'), []);
});

const PARAGRAPHS = [
  '第一条　为了规范发展党员工作，制定本细则。',
  '第二条　公示期不少于五个工作日，公示结果报上级党委备案。',
  '第三条　推迟讨论其转正问题的，推迟时间不超过六个月，期满再行讨论。',
  '第四条　预备党员的预备期为一年，从支部大会通过之日算起。',
  '第五条　发展对象未来三个月内将离开工作、学习单位的，一般不办理接收手续。',
  '第六条　对经过一年以上培养教育和考察、基本具备党员条件的入党积极分子，列为发展对象。',
  '第七条　培训时间一般不少于三天或者不少于二十四个学时，由基层党委组织实施。',
  '第八条　党委对党支部上报的决议，应当在三个月内审批，审批结果书面通知党支部。',
];

test('a regulation’s numbers are blanked, and a false version moves a minimum up, a maximum down, never a condition', () => {
  const docs = [0, 1, 2, 3, 4, 5].map((n) => makeDoc({ id: `r${n}`, title: '某某细则', kind: '文件', paragraphs: PARAGRAPHS.map((p) => p.replace('。', `${'　'.repeat(n)}。`)) }));
  const questions = generateQuestions(buildLessons(docs), [], docs);
  const cloze = questions.filter((q) => q.type === 'cloze').map((q) => q.answer);
  for (const n of ['五', '六', '一', '三', '二十四']) assert.ok(cloze.includes(n), `cloze on ${n}`);
  const falses = questions.filter((q) => q.type === 'judge' && q.answer === false);
  assert.ok(falses.length >= 3, `${falses.length} false statements`);
  for (const q of falses) {
    const [, right, wrong] = /应为“([^”]+)”，而不是“([^”]+)”/u.exec(q.explanation)!;
    const r = parseChineseNumeral(right!)!, w = parseChineseNumeral(wrong!)!;
    if (/不少于/u.test(q.prompt) && q.prompt.includes(`不少于${wrong}`)) assert.ok(w > r, q.prompt);
    if (/不超过|内审批/u.test(q.prompt) && (q.prompt.includes(`不超过${wrong}`) || q.prompt.includes(`${wrong}个月内`))) assert.ok(w < r, q.prompt);
    assert.doesNotMatch(q.prompt, /将离开|以上培养/u, `a condition is never falsified: ${q.prompt}`);
  }
});
