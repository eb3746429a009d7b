/**
 * One question on the page: a form with a fieldset whose legend is the prompt, native controls
 * for every type (radios, checkboxes, a text input, move-up/down buttons, selects), and a feedback
 * area with the verdict, the right answer, 解析 and 出处. Browser-only.
 */
import type { Question } from '../../shared/types.ts';
import { siteHref } from './bank.ts';
import { h } from './dom.ts';
import { TYPE_HINT, TYPE_LABEL, formatAnswer, type QuizResponse } from './format.ts';

/** How a question is shown. */
export interface QuestionViewOptions {
  /** 1-based number shown as 第 N 题. */
  number: number;
  /** Unique prefix for element ids on the page. */
  idPrefix: string;
  /** Practice: a 提交答案 button and a live feedback area. Exam: neither (one submission at the end). */
  mode: 'practice' | 'exam';
  bookmarked: boolean;
  onBookmark(on: boolean): void;
  /** Practice: the member submitted this question's form. */
  onSubmit?(): void;
  /** Practice: 下一题 pressed after grading. */
  onNext?(): void;
  /** Practice: label of the button after grading, asked at that moment. @default '下一题' */
  nextLabel?(): string;
}

/** A rendered question. */
export interface QuestionView {
  readonly question: Question;
  readonly element: HTMLLIElement;
  /** The member's answer, or null when it is incomplete. */
  response(): QuizResponse | null;
  /** Lock the controls and show verdict, right answer, 解析 and 出处. */
  reveal(correct: boolean, response: QuizResponse | null, options?: { retry?: () => void }): void;
  /** Show a short message in the feedback area (e.g. 请先作答). */
  say(text: string): void;
  /** Move focus to the first control. */
  focus(): void;
}

const yesNo: [string, boolean][] = [
  ['正确', true],
  ['错误', false],
];

/** Render a question. */
export function renderQuestion(question: Question, opts: QuestionViewOptions): QuestionView {
  const id = `${opts.idPrefix}-${opts.number}`;
  const hintId = `${id}-hint`;
  const options = question.options ?? [];
  const fieldset = h('fieldset', { class: 'quiz-fieldset', 'aria-describedby': hintId });
  fieldset.append(
    h(
      'legend',
      { class: 'quiz-legend' },
      h('span', { class: 'quiz-kind', text: `第 ${opts.number} 题 · ${TYPE_LABEL[question.type]}` }),
      h('span', { class: 'quiz-prompt', text: question.prompt }),
    ),
    h('p', { class: 'quiz-hint', id: hintId, text: TYPE_HINT[question.type] }),
  );
  // Live only in practice: an exam reveals every question at once and would flood a screen reader.
  const feedback = h('div', { class: 'quiz-feedback', ...(opts.mode === 'practice' ? { role: 'status', 'aria-live': 'polite' } : {}) });
  const say = (text: string) => feedback.replaceChildren(h('p', { class: 'quiz-note', text }));

  let response: () => QuizResponse | null;
  let markChoices: () => void = () => {};

  const choiceList = (kind: 'radio' | 'checkbox', items: [string, string][]) => {
    const list = h('div', { class: 'quiz-choices' });
    const inputs: HTMLInputElement[] = [];
    items.forEach(([label, value], i) => {
      const input = h('input', { type: kind, name: id, id: `${id}-o${i}`, value });
      inputs.push(input);
      list.append(h('label', { class: 'quiz-choice', for: input.id }, input, h('span', { text: label })));
    });
    fieldset.append(list);
    return inputs;
  };

  switch (question.type) {
    case 'single':
    case 'multiple': {
      const inputs = choiceList(
        question.type === 'single' ? 'radio' : 'checkbox',
        options.map((o, i) => [o, String(i)]),
      );
      const picked = () => inputs.filter((x) => x.checked).map((x) => options[Number(x.value)]!);
      response = () => {
        const chosen = picked();
        if (chosen.length === 0) return null;
        return question.type === 'single' ? chosen[0]! : chosen;
      };
      markChoices = () => {
        const right = new Set(Array.isArray(question.answer) ? question.answer : [question.answer]);
        for (const input of inputs) {
          const label = input.parentElement!;
          const isRight = right.has(options[Number(input.value)]!);
          label.classList.toggle('is-answer', isRight);
          label.classList.toggle('is-wrong-choice', input.checked && !isRight);
        }
      };
      break;
    }
    case 'judge': {
      const inputs = choiceList('radio', yesNo.map(([label, value]) => [label, String(value)]));
      response = () => {
        const chosen = inputs.find((x) => x.checked);
        return chosen ? chosen.value === 'true' : null;
      };
      markChoices = () => {
        for (const input of inputs) {
          const isRight = String(question.answer) === input.value;
          input.parentElement!.classList.toggle('is-answer', isRight);
          input.parentElement!.classList.toggle('is-wrong-choice', input.checked && !isRight);
        }
      };
      break;
    }
    case 'cloze': {
      // One input per blank when the answer lists several (hand-written questions may).
      const blanks = Array.isArray(question.answer) ? question.answer.length : 1;
      const inputs = Array.from({ length: blanks }, (_, i) => {
        const input = h('input', { type: 'text', id: `${id}-text${i}`, class: 'quiz-text', autocomplete: 'off', enterkeyhint: 'done', spellcheck: 'false' });
        fieldset.append(h('p', { class: 'quiz-field' }, h('label', { for: input.id, text: blanks > 1 ? `第 ${i + 1} 空：` : '你的答案：' }), input));
        return input;
      });
      response = () => {
        const values = inputs.map((x) => x.value.trim());
        if (values.some((v) => v === '')) return null;
        return blanks > 1 ? values : values[0]!;
      };
      break;
    }
    case 'order': {
      const items = options.slice();
      const list = h('ol', { class: 'quiz-order' });
      // In an exam an order never touched counts as unanswered (the shown order is shuffled).
      let touched = false;
      const render = (focus?: { item: string; dir: -1 | 1 }) => {
        list.replaceChildren(
          ...items.map((item, i) => {
            // aria-disabled, not disabled, at either end: a disabled button would drop keyboard focus.
            const up = h('button', { type: 'button', class: 'button quiz-move', 'aria-label': `上移：${item}`, text: '上移', 'aria-disabled': i === 0 ? 'true' : undefined });
            const down = h('button', { type: 'button', class: 'button quiz-move', 'aria-label': `下移：${item}`, text: '下移', 'aria-disabled': i === items.length - 1 ? 'true' : undefined });
            up.addEventListener('click', () => move(i, -1));
            down.addEventListener('click', () => move(i, 1));
            return h('li', { class: 'quiz-order-item', 'data-item': item }, h('span', { class: 'quiz-order-text', text: item }), h('span', { class: 'quiz-order-buttons' }, up, down));
          }),
        );
        if (focus) {
          const li = list.children[items.indexOf(focus.item)];
          li?.querySelectorAll('button')[focus.dir < 0 ? 0 : 1]?.focus();
        }
      };
      const move = (i: number, by: -1 | 1) => {
        const j = i + by;
        if (j < 0 || j >= items.length) {
          say(`“${items[i]}”已经是${j < 0 ? '第一项' : '最后一项'}。`);
          return;
        }
        [items[i], items[j]] = [items[j]!, items[i]!];
        touched = true;
        render({ item: items[j]!, dir: by });
        say(`“${items[j]}”已移到第 ${j + 1} 位。`);
      };
      render();
      fieldset.append(list);
      response = () => (opts.mode === 'exam' && !touched ? null : items.slice());
      break;
    }
    case 'match': {
      const targets = question.targets ?? [];
      const selects = options.map((left, i) => {
        const select = h('select', { id: `${id}-m${i}`, class: 'quiz-select' }, h('option', { value: '', text: '请选择' }), ...targets.map((t, j) => h('option', { value: String(j), text: t })));
        fieldset.append(h('div', { class: 'quiz-match-row' }, h('label', { for: select.id, class: 'quiz-match-left', text: left }), select));
        return select;
      });
      response = () => {
        if (selects.some((s) => s.value === '')) return null;
        return Object.fromEntries(options.map((left, i) => [left, targets[Number(selects[i]!.value)]!]));
      };
      break;
    }
  }

  const bookmark = h('button', { type: 'button', class: 'button quiz-bookmark', 'aria-pressed': String(opts.bookmarked) });
  const paintBookmark = (on: boolean) => {
    bookmark.setAttribute('aria-pressed', String(on));
    bookmark.replaceChildren(h('span', { 'aria-hidden': 'true', text: on ? '★ ' : '☆ ' }), on ? '已收藏' : '收藏');
  };
  paintBookmark(opts.bookmarked);
  bookmark.addEventListener('click', () => {
    const on = bookmark.getAttribute('aria-pressed') !== 'true';
    paintBookmark(on);
    opts.onBookmark(on);
  });

  // After grading, the submit button turns into 下一题 rather than disappearing: focus stays on it
  // while the live feedback is read, and the next press moves on.
  const submit = opts.mode === 'practice' ? h('button', { type: 'submit', class: 'button primary quiz-check', text: '提交答案' }) : null;
  let answered = false;
  submit?.addEventListener('click', (event) => {
    if (!answered) return;
    event.preventDefault();
    opts.onNext?.();
  });
  // No accessible name on the form: one landmark per question would swamp landmark navigation.
  const form = h('form', { class: 'quiz-form', novalidate: true }, fieldset, h('div', { class: 'quiz-actions' }, submit, bookmark), feedback);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (opts.mode === 'practice' && !fieldset.disabled) opts.onSubmit?.();
  });
  const element = h('li', { class: 'quiz-item', id, 'data-question-id': question.id, 'data-type': question.type }, form);

  return {
    question,
    element,
    response: () => response(),
    say,
    focus() {
      fieldset.querySelector<HTMLElement>('input:checked, input, select, button')?.focus();
    },
    reveal(correct, given, extra = {}) {
      fieldset.disabled = true;
      answered = true;
      if (submit) {
        submit.type = 'button';
        submit.textContent = opts.nextLabel?.() ?? '下一题';
        submit.classList.remove('primary');
      }
      markChoices();
      element.classList.toggle('is-right', correct);
      element.classList.toggle('is-wrong', !correct);
      const verdict = correct ? '回答正确' : given === null ? '未作答' : '回答错误';
      const link = h('a', { href: siteHref(question.source.url) }, '查看原文', h('span', { class: 'sr-only', text: `（第 ${opts.number} 题出处）` }));
      const retry = extra.retry && h('button', { type: 'button', class: 'button quiz-retry', text: '再试一次' });
      if (retry && extra.retry) {
        const again = extra.retry;
        retry.addEventListener('click', () => {
          fieldset.disabled = false;
          answered = false;
          if (submit) {
            submit.type = 'submit';
            submit.textContent = '提交答案';
            submit.classList.add('primary');
          }
          element.classList.remove('is-right', 'is-wrong');
          for (const label of fieldset.querySelectorAll('.is-answer, .is-wrong-choice')) label.classList.remove('is-answer', 'is-wrong-choice');
          feedback.replaceChildren();
          again();
          fieldset.querySelector<HTMLElement>('input:checked, input, select, button')?.focus();
        });
      }
      const parts: (Node | null | undefined)[] = [
        h('p', { class: `quiz-verdict ${correct ? 'ok' : 'bad'}` }, h('span', { 'aria-hidden': 'true', text: correct ? '✓ ' : '✗ ' }), verdict),
        !correct && given !== null ? h('p', {}, h('span', { class: 'quiz-label', text: '你的答案：' }), formatAnswer(question.type, given)) : null,
        !correct ? h('p', {}, h('span', { class: 'quiz-label', text: '正确答案：' }), formatAnswer(question.type, question.answer)) : null,
        question.explanation ? h('p', {}, h('span', { class: 'quiz-label', text: '解析：' }), question.explanation) : null,
        h(
          'figure',
          { class: 'quiz-source' },
          h('blockquote', { cite: siteHref(question.source.url) }, h('p', { text: question.source.quote })),
          h('figcaption', {}, '出处：', link),
        ),
        retry,
      ];
      feedback.replaceChildren(...parts.filter((x): x is Node => Boolean(x)));
    },
  };
}
