/** A false statement swaps a fact for one of the same kind: a sibling member of the same formulation. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateQuestions } from '../../../src/quiz/generate.ts';
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
