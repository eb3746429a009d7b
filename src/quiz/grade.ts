/** Grading a response to a question, for every question type. Browser-safe: no Node imports. */
import type { Question } from '../shared/types.ts';
import { normalizeAnswer } from './normalize.ts';

/**
 * What a learner answers: single → the option; multiple → the chosen options; cloze → the text
 * (or one text per blank); judge → true/false (or 对/错); order → the items in their order;
 * match → `{ left: right }`.
 */
export type QuizResponse = string | string[] | boolean | Record<string, string>;

const TRUE_WORDS = new Set(['true', '对', '正确', '是', '√', '✓', 't', 'yes']);
const FALSE_WORDS = new Set(['false', '错', '错误', '否', '×', '✗', 'f', 'no']);

/** Whether `response` answers `question` correctly. */
export function grade(question: Question, response: QuizResponse | null | undefined): boolean {
  if (response === null || response === undefined) return false;
  const answer = question.answer;
  switch (question.type) {
    case 'single':
      return typeof response === 'string' && typeof answer === 'string' && response.trim() === answer.trim();
    case 'multiple': {
      if (!Array.isArray(response) || !Array.isArray(answer)) return false;
      const want = new Set(answer.map((a) => a.trim()));
      const got = new Set(response.map((r) => r.trim()));
      return want.size === got.size && [...want].every((a) => got.has(a));
    }
    case 'cloze': {
      const want = typeof answer === 'string' ? [answer] : Array.isArray(answer) ? answer : [];
      const got = typeof response === 'string' ? [response] : Array.isArray(response) ? response : [];
      return want.length > 0 && want.length === got.length && want.every((a, i) => normalizeAnswer(a) === normalizeAnswer(got[i]!));
    }
    case 'judge': {
      const value = typeof response === 'boolean' ? response : typeof response === 'string' ? judgeWord(response) : undefined;
      return value !== undefined && value === answer;
    }
    case 'order':
      return Array.isArray(response) && Array.isArray(answer) && response.length === answer.length &&
        answer.every((a, i) => a.trim() === response[i]!.trim());
    case 'match': {
      if (typeof response !== 'object' || Array.isArray(response) || typeof answer !== 'object' || Array.isArray(answer)) return false;
      const pairs = Object.entries(answer as Record<string, string>);
      return pairs.length === Object.keys(response).length && pairs.every(([l, r]) => response[l]?.trim() === r.trim());
    }
  }
}

function judgeWord(text: string): boolean | undefined {
  const word = normalizeAnswer(text);
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}
