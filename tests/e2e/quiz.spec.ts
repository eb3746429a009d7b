import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { siteUrl } from '../support/sites.ts';
import { answer, answerByKeyboard, loadBank, seedRecord, storedRecord, tabTo } from './quiz-helpers.ts';
import type { QuestionType } from '../../src/shared/types.ts';

const base = () => siteUrl('sample');

test('每日一练: some right, some wrong; the score shows; wrong ones land in 错题本; practising one right removes it', async ({ page }) => {
  const bank = await loadBank(page, base());
  await page.goto(`${base()}quiz/daily/`);
  const items = page.locator('.quiz-item');
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  expect(count).toBe(Math.min(5, bank.size));
  const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')!));

  // Right, wrong, right, wrong… (the right answers come from data/quiz.json, not from the test).
  const wrong: string[] = [];
  for (let i = 0; i < count; i++) {
    const correct = i % 2 === 0;
    await answer(items.nth(i), bank.get(ids[i]!)!, correct);
    if (!correct) wrong.push(ids[i]!);
  }
  const right = count - wrong.length;
  await expect(page.locator('.quiz-score')).toContainText(`答对 ${right} / ${count} 题`);
  // Feedback carries the 解析 and a link to the 出处.
  await expect(items.first().locator('.quiz-source a')).toHaveAttribute('href', new RegExp(`^${new URL(base()).pathname}lessons/`));

  // The same five for everyone today: a second visit shows the same ids.
  await page.reload();
  await expect(items.first()).toBeVisible();
  expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')!))).toEqual(ids);

  await page.goto(`${base()}record/`);
  const book = page.getByTestId('record-wrong');
  await expect(book.locator('li')).toHaveCount(wrong.length);
  for (const id of wrong) await expect(book.locator(`li[data-question-id="${id}"]`)).toBeVisible();

  // Practise 错题本 and answer the first one right: it leaves the book.
  await page.getByRole('button', { name: /练习错题/ }).click();
  const practice = page.locator('[data-record-practice] .quiz-item');
  await expect(practice).toHaveCount(wrong.length);
  const first = await practice.first().getAttribute('data-question-id');
  await answer(practice.first(), bank.get(first!)!, true);
  await expect(book.locator(`li[data-question-id="${first}"]`)).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('record-wrong').locator('li')).toHaveCount(wrong.length - 1);
  expect((await storedRecord(page))?.wrong).not.toContain(first);
});

test('every question type can be answered right with the keyboard only', async ({ page }) => {
  const bank = await loadBank(page, base());
  const types: QuestionType[] = ['single', 'multiple', 'cloze', 'judge', 'order', 'match'];
  const picks = types.map((type) => [...bank.values()].find((q) => q.type === type));
  for (const [i, q] of picks.entries()) expect(q, `a ${types[i]} question in the bank`).toBeDefined();
  // Bookmark one question of each type (as the 收藏 button would), then practise 收藏 by keyboard.
  const record = { v: 1, answers: {}, wrong: [], bookmarks: picks.map((q) => q!.id), studied: {} };
  await seedRecord(page, base(), JSON.stringify(record));
  await page.goto(`${base()}record/`);
  const start = page.getByRole('button', { name: /练习收藏的题/ });
  await expect(start).toBeEnabled();
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  const items = page.locator('[data-record-practice] .quiz-item');
  await expect(items).toHaveCount(types.length);
  for (let i = 0; i < types.length; i++) {
    const item = items.nth(i);
    const q = bank.get((await item.getAttribute('data-question-id'))!)!;
    await answerByKeyboard(page, item, q);
  }
  await expect(page.locator('[data-record-practice] .quiz-score')).toContainText(`答对 ${types.length} / ${types.length} 题`);
});

test('a lesson ends with its own short quiz, embedded in the page', async ({ page }) => {
  const bank = await loadBank(page, base());
  const lessonId = [...bank.values()][0]!.source.lessonId;
  await page.goto(`${base()}lessons/${lessonId}/`);
  const quiz = page.locator('[data-quiz="lesson"]');
  await expect(quiz.getByRole('heading', { name: '本课小测' })).toBeVisible();
  const items = quiz.locator('.quiz-item');
  await expect(items.first()).toBeVisible();
  const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')!));
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBeLessThanOrEqual(5);
  for (const id of ids) expect(bank.get(id)?.source.lessonId).toBe(lessonId);
  // Submitting nothing asks for an answer instead of grading.
  await items.first().getByRole('button', { name: '提交答案' }).click();
  await expect(items.first().locator('.quiz-feedback')).toContainText('请');
  // Bookmark, then answer every question.
  await items.first().getByRole('button', { name: /收藏/ }).click();
  await expect(items.first().getByRole('button', { name: /收藏/ })).toHaveAttribute('aria-pressed', 'true');
  for (let i = 0; i < ids.length; i++) await answer(items.nth(i), bank.get(ids[i]!)!, true);
  await expect(quiz.locator('.quiz-score')).toContainText(`答对 ${ids.length} / ${ids.length} 题`);
  expect((await storedRecord(page))?.bookmarks).toEqual([ids[0]]);
});

test('exam: choose a size, one submission, a score and a review', async ({ page }) => {
  const bank = await loadBank(page, base());
  await page.goto(`${base()}quiz/exam/`);
  await page.getByRole('radio', { name: /^10 题/ }).check();
  await page.getByRole('button', { name: '开始考试' }).click();
  const items = page.locator('.quiz-item');
  await expect(items.first()).toBeVisible();
  const n = await items.count();
  expect(n).toBe(Math.min(10, bank.size));
  await expect(page.getByRole('button', { name: '提交答案' })).toHaveCount(0);
  // Answer only the first question (right), then submit twice (the first press warns).
  const firstId = (await items.first().getAttribute('data-question-id'))!;
  const q = bank.get(firstId)!;
  if (q.type === 'judge') await items.first().getByRole('radio', { name: q.answer ? '正确' : '错误', exact: true }).check();
  else if (q.type === 'single') await items.first().getByRole('radio', { name: q.answer as string, exact: true }).check();
  else if (q.type === 'cloze') await items.first().getByRole('textbox').first().fill(Array.isArray(q.answer) ? (q.answer[0] as string) : (q.answer as string));
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.locator('.quiz-warning')).toContainText('未作答');
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.getByRole('heading', { name: '考试成绩' })).toBeFocused();
  await expect(page.locator('.quiz-score')).toContainText(`/ ${n} 题`);
  await expect(items.locator('.quiz-verdict')).toHaveCount(n);
  const answeredOne = ['judge', 'single', 'cloze'].includes(q.type);
  await expect(items.locator('.quiz-verdict', { hasText: '未作答' })).toHaveCount(n - (answeredOne ? 1 : 0));
  if (answeredOne) await expect(items.first().locator('.quiz-verdict')).toHaveText('✓ 回答正确');
});

test('theme practice: the theme\'s own questions', async ({ page }) => {
  const bank = await loadBank(page, base());
  const q = [...bank.values()].find((x) => x.themes.length > 0);
  expect(q, 'a question with a theme in the sample bank').toBeDefined();
  const theme = q!.themes[0]!;
  await page.goto(`${base()}quiz/themes/${theme}/`);
  const items = page.locator('.quiz-item');
  await expect(items.first()).toBeVisible();
  const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')!));
  expect(ids.length).toBeLessThanOrEqual(10);
  for (const id of ids) expect(bank.get(id)?.themes).toContain(theme);
});

test('the quiz index lists the modes', async ({ page }) => {
  await page.goto(`${base()}quiz/`);
  for (const name of ['每日一练', '模拟考试', '专项练习', '错题本']) await expect(page.getByTestId('quiz-modes').getByRole('heading', { name })).toBeVisible();
  const csv = await page.request.get(`${base()}data/quiz.csv`);
  expect(csv.ok()).toBe(true);
});

test('axe: no violations on a quiz page, before and after answering', async ({ page }) => {
  const bank = await loadBank(page, base());
  await page.goto(`${base()}quiz/daily/`);
  const items = page.locator('.quiz-item');
  await expect(items.first()).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  const id = (await items.first().getAttribute('data-question-id'))!;
  await answer(items.first(), bank.get(id)!, false);
  await items.nth(1).getByRole('button', { name: /收藏/ }).click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('works under a sub-path: the bank and the 出处 links carry the base', async ({ page }) => {
  const sub = siteUrl('subpath');
  const bank = await loadBank(page, sub);
  await page.goto(`${sub}quiz/daily/`);
  const items = page.locator('.quiz-item');
  await expect(items.first()).toBeVisible();
  const id = (await items.first().getAttribute('data-question-id'))!;
  await answer(items.first(), bank.get(id)!, true);
  await expect(items.first().locator('.quiz-source a')).toHaveAttribute('href', new RegExp(`^${new URL(sub).pathname}lessons/`));
});
