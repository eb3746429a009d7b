/**
 * A quiz session: a list of questions answered one by one with immediate feedback (practice),
 * or all at once with one submission (exam). Every answer goes into the study record.
 * Browser-only.
 */
import type { Question } from '../../shared/types.ts';
import { grade } from '../../quiz/grade.ts';
import { recordAnswer, setBookmark } from '../record/record.ts';
import { loadRecord, updateRecord } from '../record/storage.ts';
import { moment } from '../record/clock.ts';
import { loadQuestions } from './bank.ts';
import { h } from './dom.ts';
import { formatScore } from './format.ts';
import { renderQuestion, type QuestionView } from './question-view.ts';

/** Options of runSession. */
export interface SessionOptions {
  /** Emptied and filled with the session. */
  container: HTMLElement;
  questions: Question[];
  mode: 'practice' | 'exam';
  /** Unique per page: element ids are derived from it. */
  idPrefix: string;
  /** Practice: a wrong answer may be tried again (错题本). @default false */
  retry?: boolean;
  /** Called with the result when every question is answered (practice) or submitted (exam). */
  onFinish?(result: { right: number; total: number }): void;
  /** Hex digits of the bank's shard names: given, the shard of a question that gets scheduled is fetched (and so kept for offline review). */
  digits?: number;
  /** Extra controls shown with the final score (再做一遍, 再练一组…). */
  actions?: { label: string; primary?: boolean; run(): void }[];
}

/** Grade safely: a question the grader cannot handle counts as wrong rather than breaking the page. */
function isRight(question: Question, response: Parameters<typeof grade>[1]): boolean {
  try {
    return grade(question, response);
  } catch {
    return false;
  }
}

/** The elements around a session's questions (also put into lesson pages at build time). */
export function sessionFrame(): { progress: HTMLParagraphElement; list: HTMLOListElement; result: HTMLDivElement; after: HTMLDivElement } {
  return {
    progress: h('p', { class: 'quiz-progress meta', tabindex: '-1' }),
    list: h('ol', { class: 'quiz-list' }),
    result: h('div', { class: 'quiz-result', role: 'status', 'aria-live': 'polite', tabindex: '-1' }),
    after: h('div', { class: 'quiz-after' }),
  };
}

/** The line above a session's questions. */
export function progressText(mode: SessionOptions['mode'], total: number, answered: number, right: number): string {
  return mode === 'practice' ? `共 ${total} 题 · 已答 ${answered} 题 · 答对 ${right} 题` : `共 ${total} 题。全部作答后点击页面底部的“交卷”。`;
}

/** Render and run a session in `options.container`. */
export function runSession(options: SessionOptions): void {
  const { container, questions, mode } = options;
  const record = loadRecord().record;
  const bookmarks = new Set(record.bookmarks);
  const firstTry = new Map<string, boolean>();
  const views: QuestionView[] = [];

  const { progress, list, result, after } = sessionFrame();

  const finishActions = () => {
    after.replaceChildren(
      ...(options.actions ?? []).map((a) => {
        const b = h('button', { type: 'button', class: a.primary ? 'button primary' : 'button', text: a.label });
        b.addEventListener('click', a.run);
        return b;
      }),
    );
  };

  const paintProgress = () => {
    const right = [...firstTry.values()].filter(Boolean).length;
    progress.textContent = progressText(mode, questions.length, firstTry.size, right);
  };

  // A question embedded in a page must be in the service worker's cache when /review/ asks for it offline.
  const keepForReview = (id: string) => {
    if (options.digits !== undefined) loadQuestions([id], options.digits).catch(() => undefined);
  };
  const save = (question: Question, correct: boolean) => {
    updateRecord((r) => recordAnswer(r, question, correct, moment()));
    if (!correct) keepForReview(question.id);
  };

  questions.forEach((question, i) => {
    const view: QuestionView = renderQuestion(question, {
      number: i + 1,
      idPrefix: options.idPrefix,
      mode,
      bookmarked: bookmarks.has(question.id),
      onBookmark: (on) => {
        updateRecord((r) => setBookmark(r, question.id, on, moment()));
        if (on) keepForReview(question.id);
      },
      nextLabel: () => (firstTry.size === questions.length ? '查看得分' : '下一题'),
      onNext: () => {
        // The next question not yet answered (wrapping round), or the score when all are.
        for (let k = 1; k < views.length; k++) {
          const next = views[(i + k) % views.length]!;
          if (!firstTry.has(next.question.id)) {
            next.focus();
            return;
          }
        }
        result.focus();
      },
      onSubmit: () => {
        const given = view.response();
        if (given === null) {
          view.say(question.type === 'match' ? '请为每一项选择对应的内容后再提交。' : '请先作答，再提交。');
          return;
        }
        const correct = isRight(question, given);
        save(question, correct);
        if (!firstTry.has(question.id)) firstTry.set(question.id, correct);
        view.reveal(correct, given, options.retry && !correct ? { retry: () => {} } : {});
        paintProgress();
        if (firstTry.size === questions.length && !result.textContent) {
          const right = [...firstTry.values()].filter(Boolean).length;
          result.replaceChildren(h('p', { class: 'quiz-score', text: `练习完成：${formatScore(right, questions.length)}` }));
          finishActions();
          options.onFinish?.({ right, total: questions.length });
        }
      },
    });
    views.push(view);
    list.append(view.element);
  });

  paintProgress();
  if (mode === 'practice') {
    container.replaceChildren(progress, list, result, after);
    return;
  }

  // Exam: one submission. Unanswered questions get a second chance to be noticed, not a dialog.
  const heading = h('h2', { class: 'quiz-result-heading', tabindex: '-1', text: '考试成绩', hidden: true });
  const submit = h('button', { type: 'button', class: 'button primary quiz-submit', text: '交卷' });
  const warning = h('p', { class: 'quiz-warning', role: 'status', 'aria-live': 'polite' });
  let warned = false;
  submit.addEventListener('click', () => {
    const responses = views.map((v) => v.response());
    const blank = responses.filter((r) => r === null).length;
    if (blank > 0 && !warned) {
      warned = true;
      warning.textContent = `还有 ${blank} 题未作答。再次点击“交卷”即提交，未作答的题按答错计分。`;
      return;
    }
    let right = 0;
    views.forEach((view, i) => {
      const given = responses[i]!;
      const correct = given !== null && isRight(view.question, given);
      if (correct) right++;
      // Unanswered questions are scored wrong but not recorded: skipping is not knowing wrongly.
      if (given !== null) save(view.question, correct);
      view.reveal(correct, given);
    });
    submit.hidden = true;
    warning.textContent = '';
    heading.hidden = false;
    result.replaceChildren(
      h('p', { class: 'quiz-score', text: `得分：${formatScore(right, questions.length)}` }),
      h('p', { class: 'meta', text: right < questions.length ? '下面逐题列出了正确答案、解析和出处；答错的题已加入错题本。' : '全部答对！' }),
    );
    finishActions();
    heading.focus();
    options.onFinish?.({ right, total: questions.length });
  });
  container.replaceChildren(heading, result, after, progress, list, h('div', { class: 'quiz-submit-area' }, submit, warning));
}
