/** Helpers for the quiz and record end-to-end tests: the bank, and answering questions in the page. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../src/shared/types.ts';

/** The published question bank (`data/quiz.json`) by id. */
export async function loadBank(page: Page, base: string): Promise<Map<string, Question>> {
  const res = await page.request.get(`${base}data/quiz.json`);
  expect(res.ok()).toBe(true);
  const questions = (await res.json()) as Question[];
  return new Map(questions.map((q) => [q.id, q]));
}

/** A wrong response for a question (never equal to the answer). */
function wrongFor(q: Question): Question['answer'] {
  const options = q.options ?? [];
  switch (q.type) {
    case 'single':
      return options.find((o) => o !== q.answer)!;
    case 'multiple': {
      const right = new Set(q.answer as string[]);
      const wrong = options.find((o) => !right.has(o));
      return wrong ? [wrong] : [options[0]!].filter((o) => right.size > 1 && o);
    }
    case 'cloze':
      return Array.isArray(q.answer) ? q.answer.map(() => '不是这个答案') : '不是这个答案';
    case 'judge':
      return !q.answer;
    case 'order': {
      const right = q.answer as string[];
      return [...right.slice(1), right[0]!];
    }
    case 'match': {
      const answer = q.answer as Record<string, string>;
      const lefts = Object.keys(answer);
      return Object.fromEntries(lefts.map((left, i) => [left, answer[lefts[(i + 1) % lefts.length]!]!]));
    }
  }
}

/** Fill in a question's controls (pointer or touch style) with the right or a wrong answer, then submit it. */
export async function answer(item: Locator, q: Question, correct: boolean): Promise<void> {
  const response = correct ? q.answer : wrongFor(q);
  switch (q.type) {
    case 'single':
      await item.getByRole('radio', { name: response as string, exact: true }).check();
      break;
    case 'multiple':
      for (const option of response as string[]) await item.getByRole('checkbox', { name: option, exact: true }).check();
      break;
    case 'judge':
      await item.getByRole('radio', { name: response ? '正确' : '错误', exact: true }).check();
      break;
    case 'cloze': {
      const values = Array.isArray(response) ? (response as string[]) : [response as string];
      const inputs = item.getByRole('textbox');
      for (let i = 0; i < values.length; i++) await inputs.nth(i).fill(values[i]!);
      break;
    }
    case 'order': {
      const target = response as string[];
      for (let i = 0; i < target.length; i++) {
        const current = await item.locator('.quiz-order-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')!));
        for (let j = current.indexOf(target[i]!); j > i; j--) {
          await item.getByRole('button', { name: `上移：${target[i]}`, exact: true }).click();
        }
      }
      break;
    }
    case 'match':
      for (const [left, right] of Object.entries(response as Record<string, string>)) {
        await item.getByRole('combobox', { name: left, exact: true }).selectOption({ label: right });
      }
      break;
  }
  await item.getByRole('button', { name: '提交答案' }).click();
  await expect(item.locator('.quiz-verdict')).toHaveText(correct ? '✓ 回答正确' : '✗ 回答错误');
}

/** Press Tab until `target` has focus (keyboard only; fails after `max` presses). */
export async function tabTo(page: Page, target: Locator, max = 300): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Answer a question right with the keyboard only, starting from wherever focus is, and submit. */
export async function answerByKeyboard(page: Page, item: Locator, q: Question): Promise<void> {
  const options = q.options ?? [];
  const pickRadio = async (index: number) => {
    // Tab enters a radio group on its first radio; Space checks it, arrows move the choice.
    await tabTo(page, item.getByRole('radio').first());
    await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  };
  switch (q.type) {
    case 'single':
      await pickRadio(options.indexOf(q.answer as string));
      break;
    case 'judge':
      await pickRadio(q.answer ? 0 : 1);
      break;
    case 'multiple':
      for (const option of q.answer as string[]) {
        await tabTo(page, item.getByRole('checkbox', { name: option, exact: true }));
        await page.keyboard.press('Space');
      }
      break;
    case 'cloze': {
      const values = Array.isArray(q.answer) ? (q.answer as string[]) : [q.answer as string];
      for (let i = 0; i < values.length; i++) {
        await tabTo(page, item.getByRole('textbox').nth(i));
        await page.keyboard.insertText(values[i]!);
      }
      break;
    }
    case 'order': {
      const target = q.answer as string[];
      for (let i = 0; i < target.length; i++) {
        const current = await item.locator('.quiz-order-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')!));
        const from = current.indexOf(target[i]!);
        if (from === i) continue;
        await tabTo(page, item.getByRole('button', { name: `上移：${target[i]}`, exact: true }));
        // Focus stays on the moved item's button, so Enter keeps moving it.
        for (let j = from; j > i; j--) await page.keyboard.press('Enter');
      }
      break;
    }
    case 'match': {
      const answer = q.answer as Record<string, string>;
      const targets = q.targets ?? [];
      for (const left of options) {
        await tabTo(page, item.getByRole('combobox', { name: left, exact: true }));
        for (let i = 0; i <= targets.indexOf(answer[left]!); i++) await page.keyboard.press('ArrowDown');
      }
      break;
    }
  }
  await tabTo(page, item.getByRole('button', { name: '提交答案' }));
  await page.keyboard.press('Enter');
  await expect(item.locator('.quiz-verdict')).toHaveText('✓ 回答正确');
  // Focus is not lost: the same button now offers the next question (or the score).
  await expect(item.getByRole('button', { name: /^(下一题|查看得分)$/ })).toBeFocused();
}

/** The study record in localStorage, parsed. */
export async function storedRecord(page: Page): Promise<{ v: number; answers: Record<string, unknown>; wrong: string[]; bookmarks: string[]; studied: Record<string, { t: string }>; review: Record<string, { t: number; n: number }>; days: Record<string, [number, number]> } | null> {
  const text = await page.evaluate(() => localStorage.getItem('xuexi-yuandi:record'));
  return text ? JSON.parse(text) : null;
}

/**
 * Put a study record (or any text) into localStorage before any page script can read it:
 * from a data file of the same origin, which runs no scripts.
 */
export async function seedRecord(page: Page, base: string, text: string): Promise<void> {
  await page.goto(`${base}quiz/bank/index.json`);
  await page.evaluate((t) => localStorage.setItem('xuexi-yuandi:record', t), text);
}
