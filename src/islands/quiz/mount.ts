/**
 * Entry of every quiz on the site: finds `[data-quiz]` roots and starts the mode each names —
 * `lesson` (questions embedded in the page), `theme` (ids embedded, questions fetched),
 * `daily` (five by date from the id index) and `exam` (a chosen number at random).
 * Browser-only.
 */
import type { Question } from '../../shared/types.ts';
import { dailyQuestionIds } from '../../quiz/daily.ts';
import { loadRecord, todayInChina } from '../record/storage.ts';
import { loadIndex, loadQuestions } from './bank.ts';
import { h, readJson } from './dom.ts';
import { nextPracticeSet, randomSample } from './select.ts';
import { runSession, type SessionOptions } from './session.ts';

/** Questions per theme practice set. */
const THEME_SET = 10;
/** Questions in 每日一练. */
const DAILY_COUNT = 5;

function status(body: HTMLElement, text: string): void {
  body.replaceChildren(h('p', { class: 'quiz-status', role: 'status', text }));
}

/** Show a load failure with a retry button (a flaky mobile connection is the usual cause). */
function failed(body: HTMLElement, retry: () => void): void {
  const button = h('button', { type: 'button', class: 'button', text: '重新加载' });
  button.addEventListener('click', retry);
  body.replaceChildren(h('p', { class: 'quiz-status quiz-error', role: 'alert', text: '题目加载失败，请检查网络后重试。' }), button);
}

function start(body: HTMLElement, options: Omit<SessionOptions, 'container'>, focus: boolean): void {
  if (options.questions.length === 0) {
    status(body, '暂时没有可练习的题目。');
    return;
  }
  runSession({ ...options, container: body });
  // After 再做一遍 or 重新组卷 the old controls are gone: start reading from the top of the new set.
  if (focus) body.querySelector<HTMLElement>('.quiz-progress')?.focus();
}

function digitsOf(root: HTMLElement): number {
  return Number(root.dataset.bankDigits ?? '0') || 0;
}

function mountLesson(root: HTMLElement, body: HTMLElement): void {
  const data = readJson<{ questions: Question[] }>(root);
  const questions = data?.questions ?? [];
  const run = (focus: boolean) =>
    start(body, { questions, mode: 'practice', idPrefix: 'lq', digits: digitsOf(root), actions: [{ label: '再做一遍', run: () => run(true) }] }, focus);
  run(false);
}

function mountTheme(root: HTMLElement, body: HTMLElement): void {
  const ids = readJson<{ ids: string[] }>(root)?.ids ?? [];
  const run = async (focus: boolean) => {
    status(body, '正在加载题目…');
    const set = nextPracticeSet(ids, loadRecord().record, THEME_SET);
    try {
      const { questions } = await loadQuestions(set, digitsOf(root));
      start(
        body,
        {
          questions,
          mode: 'practice',
          idPrefix: 'tq',
          actions: ids.length > THEME_SET ? [{ label: '再练一组', primary: true, run: () => void run(true) }] : [{ label: '再做一遍', run: () => void run(true) }],
        },
        focus,
      );
    } catch {
      failed(body, () => void run(focus));
    }
  };
  void run(false);
}

function mountDaily(root: HTMLElement, body: HTMLElement): void {
  const date = todayInChina();
  const label = root.querySelector('[data-quiz-date]');
  if (label) label.textContent = `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
  const run = async (focus: boolean) => {
    status(body, '正在加载今天的题目…');
    try {
      const index = await loadIndex();
      const ids = dailyQuestionIds(index.ids, date, DAILY_COUNT);
      const { questions } = await loadQuestions(ids, index.digits);
      start(body, { questions, mode: 'practice', idPrefix: 'dq', actions: [{ label: '再做一遍', run: () => void run(true) }] }, focus);
    } catch {
      failed(body, () => void run(focus));
    }
  };
  void run(false);
}

function mountExam(root: HTMLElement, body: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form.quiz-exam-setup');
  if (!form) return;
  form.hidden = false;
  const begin = async () => {
    const count = Number(new FormData(form).get('count') ?? 10) || 10;
    form.hidden = true;
    status(body, '正在组卷…');
    try {
      const index = await loadIndex();
      const { questions } = await loadQuestions(randomSample(index.ids, count), index.digits);
      start(
        body,
        {
          questions,
          mode: 'exam',
          idPrefix: 'eq',
          actions: [
            {
              label: '重新组卷',
              primary: true,
              run: () => {
                body.replaceChildren();
                form.hidden = false;
                form.querySelector<HTMLInputElement>('input:checked')?.focus();
              },
            },
          ],
        },
        true,
      );
    } catch {
      failed(body, () => void begin());
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void begin();
  });
}

const MODES: Record<string, (root: HTMLElement, body: HTMLElement) => void> = {
  lesson: mountLesson,
  theme: mountTheme,
  daily: mountDaily,
  exam: mountExam,
};

for (const root of document.querySelectorAll<HTMLElement>('[data-quiz]')) {
  const body = root.querySelector<HTMLElement>('.quiz-body');
  const mode = MODES[root.dataset.quiz ?? ''];
  if (body && mode) mode(root, body);
}
