/** A false statement swaps a fact for one of the same kind: a sibling member of the same formulation. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateQuestions, generateQuestionsWithReport } from '../../../src/quiz/generate.ts';
import { buildLessons } from '../../../src/lessons/index.ts';
import { buildThemes } from '../../../src/themes/index.ts';
import { makeDoc } from '../../fixtures/lessons/make-doc.ts';

const MEMBERS = ['与业务工作相结合', '与干部职工的切身利益相结合', '与创建活动相结合'];
const paragraphs = [
  '要注重“三个结合”。',
  '一是注重与业务工作相结合，充分发挥“助推器”的作用，推动中心工作。',
  '二是注重与干部职工的切身利益相结合，充分发挥“减震器”的作用，化解矛盾。',
  '三是注重与创建活动相结合，充分发挥“催化剂”的作用，激发活力。',
];

test('a member stated alone in its clause is swapped for a sibling of the same formulation', () => {
  const falses = [];
  // Variants of the same text, so that the seeded choice of true or false varies.
  for (let n = 0; n < 8; n++) {
    const doc = makeDoc({ id: `d${n}`, title: '讲话', kind: '讲话', paragraphs: paragraphs.map((p) => p.replace('，', '，'.padEnd(1) + '　'.repeat(n))) });
    const { lessons, themes } = buildThemes([doc], buildLessons([doc]), [{ id: 'san-ge-jie-he', name: '三个结合', aliases: [], members: MEMBERS.map((name) => ({ name, aliases: [] })) }]);
    falses.push(...generateQuestions(lessons, themes, [doc]).filter((q) => q.type === 'judge' && q.answer === false && MEMBERS.some((m) => q.source.quote.includes(m))));
  }
  assert.ok(falses.length >= 3, `${falses.length} false statements about members`);
  for (const q of falses) {
    const right = MEMBERS.find((m) => q.source.quote.includes(m))!;
    const swapped = MEMBERS.filter((m) => m !== right && q.prompt.includes(m));
    assert.equal(swapped.length, 1, `${q.prompt}: a sibling member swapped in`);
    assert.ok(!q.prompt.includes(right), q.prompt);
  }
});

test('a statement carrying a report’s statistic, or a formulation without members the text does not quote, is withheld', () => {
  const doc = makeDoc({ id: 'r', title: '工作报告', kind: '报告', paragraphs: ['现代服务业发展迅猛，营业收入占“四大产业”的78%，全区基本形成四大产业格局。', '本文以小微空间更新的时代价值、五大优势和作用逻辑为线索展开分析研究。'] });
  const { lessons, themes } = buildThemes([doc], buildLessons([doc]), []);
  const all = generateQuestionsWithReport(lessons, themes, [doc]);
  const judged = [...all.questions, ...all.withheld.map((w) => w.question)].filter((q) => q.type === 'judge');
  assert.ok(judged.length >= 1);
  assert.deepEqual(all.questions.filter((q) => q.type === 'judge').map((q) => q.prompt), []);
  const reasons = all.withheld.flatMap((w) => w.reasons);
  assert.ok(reasons.some((r) => r.includes('统计数字')), reasons.join('；'));
  assert.ok(reasons.some((r) => r.includes('没有成员')), reasons.join('；'));
});
