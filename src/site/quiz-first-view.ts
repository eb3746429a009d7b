/**
 * A practice session's first view as HTML, built at build time by the island's own code
 * (src/islands/quiz/session.ts, question-view.ts): lesson pages carry it, invisible, so that the
 * quiz's space is there before its script runs and the page does not move when it starts.
 */
import type { Question } from '../shared/types.ts';
import { progressText, sessionFrame } from '../islands/quiz/session.ts';
import { renderQuestion } from '../islands/quiz/question-view.ts';
import { renderStatic } from './static-dom.ts';

/** The HTML of a practice session of `questions` before any answer. */
export function quizFirstView(questions: readonly Question[], idPrefix: string): string {
  return renderStatic(() => {
    const { progress, list, result, after } = sessionFrame();
    progress.textContent = progressText('practice', questions.length, 0, 0);
    questions.forEach((question, i) => list.append(renderQuestion(question, { number: i + 1, idPrefix, mode: 'practice', bookmarked: false, onBookmark() {} }).element));
    return [progress, list, result, after];
  });
}
