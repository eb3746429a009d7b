/**
 * 复习 (/review/): the questions due today, one at a time. The member answers (the answer goes
 * into the record like any other), then says how well they remembered; FSRS sets the next date.
 * Browser-only.
 */
import type { Grade } from 'ts-fsrs';
import type { Question } from '../../shared/types.ts';
import { grade } from '../../quiz/grade.ts';
import { loadQuestions } from '../quiz/bank.ts';
import { h, partOf } from '../quiz/dom.ts';
import { renderQuestion, type QuestionView } from '../quiz/question-view.ts';
import { localDay, moment } from '../record/clock.ts';
import { dropReview, own, recordAnswer, setBookmark, setReviewCard } from '../record/record.ts';
import { loadRecord, onRecordChange, updateRecord } from '../record/storage.ts';
import { daysUntil, describeDue, dueIds, relativeDay, upcoming } from './due.ts';
import { GRADES, gradeCard, previewGrades } from './fsrs.ts';

const GRADE_LABEL: Record<Grade, string> = { 1: '忘了', 2: '模糊', 3: '记得', 4: '很熟' };
/** Days shown in 复习计划. */
const UPCOMING_DAYS = 7;

const part = (root: HTMLElement, name: string) => partOf(root, 'review', name);

function mount(root: HTMLElement): void {
  const digits = Number(root.dataset.bankDigits ?? '0') || 0;
  const count = root.querySelector<HTMLElement>('[data-review-due]')!;
  const area = part(root, 'card');
  const status = part(root, 'status');
  const plan = part(root, 'upcoming');
  /** Questions shown so far this visit (the number of the next one). */
  let number = 0;

  const paintCounts = () => {
    const { record } = loadRecord();
    const today = localDay(new Date());
    count.textContent = String(dueIds(record, today).length);
    count.closest('[data-island-pending]')?.removeAttribute('data-island-pending');
    const next = upcoming(record, today, UPCOMING_DAYS);
    plan.replaceChildren(
      next.length === 0
        ? h('p', { text: '之后几天没有安排复习。' })
        : h('ul', { class: 'record-list', 'data-testid': 'review-upcoming' }, ...next.map(([day, n]) => h('li', { 'data-date': day, text: `${describeDue(new Date(`${day}T12:00`).getTime(), Date.now())}：${n} 道` }))),
    );
  };

  const showNext = async (focus: boolean) => {
    const ids = dueIds(loadRecord().record, localDay(new Date()));
    if (ids.length === 0) {
      area.replaceChildren(h('p', { class: 'review-done', text: '今天的复习已经完成。答错的题和收藏的题会在该复习的日子出现在这里。' }));
      if (focus) status.focus();
      return;
    }
    area.replaceChildren(h('p', { class: 'quiz-status', text: '正在加载题目…' }));
    let loaded: { questions: Question[]; missing: string[] };
    try {
      loaded = await loadQuestions(ids, digits);
    } catch {
      const retry = h('button', { type: 'button', class: 'button', text: '重新加载' });
      retry.addEventListener('click', () => void showNext(true));
      area.replaceChildren(h('p', { class: 'quiz-error', role: 'alert', text: '题目加载失败，请检查网络后重试。' }), retry);
      return;
    }
    if (loaded.missing.length > 0) {
      // Questions the bank no longer has (the content changed) cannot be reviewed: say so once.
      for (const id of loaded.missing) updateRecord((r) => dropReview(r, id));
      status.textContent = `有 ${loaded.missing.length} 道题已不在题库中（内容可能已更新），已移出复习计划。`;
    }
    const question = loaded.questions[0];
    if (!question) return void showNext(focus);
    show(question, focus);
  };

  const show = (question: Question, focus: boolean) => {
    number++;
    const grades = h('div', { class: 'review-grades', role: 'group', 'aria-labelledby': 'review-grade-label', hidden: true });
    const view: QuestionView = renderQuestion(question, {
      number,
      idPrefix: 'rv',
      mode: 'practice',
      bookmarked: loadRecord().record.bookmarks.includes(question.id),
      onBookmark: (on) => updateRecord((r) => setBookmark(r, question.id, on, moment())),
      nextLabel: () => '评定记忆程度',
      onNext: () => grades.querySelector<HTMLElement>('.primary')?.focus(),
      onSubmit: () => {
        const given = view.response();
        if (given === null) {
          view.say(question.type === 'match' ? '请为每一项选择对应的内容后再提交。' : '请先作答，再提交。');
          return;
        }
        let correct = false;
        try {
          correct = grade(question, given);
        } catch {
          correct = false; // a question the grader cannot handle counts as wrong, never breaks the page
        }
        updateRecord((r) => recordAnswer(r, question, correct, moment()));
        view.reveal(correct, given);
        showGrades(grades, question.id, correct);
      },
    });
    area.replaceChildren(h('ol', { class: 'quiz-list review-list', start: String(number) }, view.element), grades);
    if (focus) view.focus();
  };

  const showGrades = (group: HTMLElement, id: string, correct: boolean) => {
    const card = own(loadRecord().record.review, id);
    if (!card) return;
    const now = Date.now();
    const preview = previewGrades(card, now);
    const recommended: Grade = correct ? 3 : 1;
    group.replaceChildren(
      h('p', { id: 'review-grade-label', class: 'review-grade-label', text: correct ? '答对了。这道题记得怎么样？' : '答错了。建议选“忘了”，明天再复习。' }),
      ...GRADES.map((g) => {
        const button = h('button', { type: 'button', class: g === recommended ? 'button primary' : 'button', 'data-grade': String(g) }, GRADE_LABEL[g], h('span', { class: 'review-grade-when', text: relativeDay(daysUntil(preview.get(g)!, now)) }));
        button.addEventListener('click', () => {
          const next = gradeCard(own(loadRecord().record.review, id) ?? card, g, Date.now());
          updateRecord((r) => setReviewCard(r, id, next));
          status.textContent = `已安排：这道题下次复习在 ${describeDue(next.t * 60_000, Date.now())}。`;
          void showNext(true);
        });
        return button;
      }),
    );
    group.hidden = false;
  };

  onRecordChange(paintCounts);
  paintCounts();
  void showNext(false);
}

const app = document.querySelector<HTMLElement>('[data-review-app]');
if (app) mount(app);
