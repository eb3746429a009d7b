/**
 * Questions grouped the way pages need them, computed once per build (pages call these for
 * every lesson and theme: a scan of the whole bank per page would be quadratic). Pure: no DOM.
 */
import type { Question, QuestionType } from '../../shared/types.ts';
import { shardDigits } from './shard.ts';

/** Questions by lesson and by theme, and the bank's shard digits. */
export interface QuizLookup {
  byLesson: Map<string, Question[]>;
  byTheme: Map<string, Question[]>;
  digits: number;
}

const cache = new WeakMap<readonly Question[], QuizLookup>();

/** Group the bank by lesson and theme (cached per bank array). */
export function quizLookup(questions: readonly Question[]): QuizLookup {
  const hit = cache.get(questions);
  if (hit) return hit;
  const byLesson = new Map<string, Question[]>();
  const byTheme = new Map<string, Question[]>();
  const add = (map: Map<string, Question[]>, key: string, q: Question) => {
    const list = map.get(key);
    if (list) list.push(q);
    else map.set(key, [q]);
  };
  for (const q of questions) {
    add(byLesson, q.source.lessonId, q);
    for (const theme of new Set(q.themes)) add(byTheme, theme, q);
  }
  const lookup = { byLesson, byTheme, digits: shardDigits(questions.length) };
  cache.set(questions, lookup);
  return lookup;
}

/**
 * The short quiz at the end of a lesson: up to `max` of its questions, one type after another
 * (a mix reads better than five cloze items in a row), in bank order within each type.
 */
export function lessonQuizQuestions(questions: readonly Question[], max = 5): Question[] {
  const byType = new Map<QuestionType, Question[]>();
  for (const q of questions) {
    const list = byType.get(q.type);
    if (list) list.push(q);
    else byType.set(q.type, [q]);
  }
  const queues = [...byType.values()];
  const out: Question[] = [];
  for (let round = 0; out.length < max && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const q = queue[round];
      if (q && out.length < max) out.push(q);
    }
  }
  return out;
}

/** A question as pages embed and shard files store it: no build-only fields. */
export function clientQuestion(q: Question): Question {
  const { origin: _origin, ...rest } = q;
  return rest;
}
