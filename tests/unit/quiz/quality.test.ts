import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PUBLISH_THRESHOLD, scoreQuestion } from '../../../src/quiz/quality.ts';
import type { Question } from '../../../src/shared/types.ts';

const q = (over: Partial<Question>): Question => ({ id: 'q', type: 'cloze', prompt: '严格坚持“____”制度', answer: '三会一课', explanation: '', themes: [], source: { lessonId: 'l', url: '/', quote: '' }, ...over }) as Question;

test('a clean question scores 1 and is published', () => {
  assert.deepEqual(scoreQuestion(q({})), { score: 1, reasons: [] });
});

test('residue, apparatus lines, adoption notes, one-character blanks and short judges are withheld, with reasons', () => {
  for (const [question, reason] of [
    [q({ prompt: '\\r\\n\\r\\n　　——____影响深远。' }), '残留'],
    [q({ prompt: '关键词:____ 依据 核心 基础' }), '关键词'],
    [q({ prompt: '（2005年11月25日贵州省____会议通过）' }), '题注'],
    [q({ answer: '党' }), '一个字'],
    [q({ type: 'judge', prompt: '三会一课要落实', answer: true }), '太短'],
  ] as const) {
    const quality = scoreQuestion(question);
    assert.ok(quality.score < PUBLISH_THRESHOLD, question.prompt);
    assert.ok(quality.reasons.some((r) => r.includes(reason)), `${question.prompt}: ${quality.reasons.join('；')}`);
  }
});
