import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { siteUrl } from '../support/sites.ts';
import { answer, loadBank, storedRecord } from './quiz-helpers.ts';

const base = () => siteUrl('sample');
const DAY = 86_400_000;
// A fixed morning, so that "tomorrow" and "in three days" are the same on every run.
const START = new Date('2026-03-02T09:00:00+08:00');

/** On the first lesson with at least two quiz questions, answer the first two wrong; returns their ids. */
async function answerTwoWrong(page: Page): Promise<string[]> {
  const bank = await loadBank(page, base());
  const perLesson = new Map<string, number>();
  for (const q of bank.values()) perLesson.set(q.source.lessonId, (perLesson.get(q.source.lessonId) ?? 0) + 1);
  const lessonId = [...perLesson].find(([, n]) => n >= 2)![0];
  await page.goto(`${base()}lessons/${lessonId}/`);
  const items = page.locator('[data-quiz="lesson"] .quiz-item');
  await expect(items.nth(1)).toBeVisible();
  const ids: string[] = [];
  for (const i of [0, 1]) {
    const id = (await items.nth(i).getAttribute('data-question-id'))!;
    await answer(items.nth(i), bank.get(id)!, false);
    ids.push(id);
  }
  return ids;
}

test('two questions answered wrong come up for review; graded, they leave today and come back on their day', async ({ page }) => {
  await page.clock.setFixedTime(START);
  const ids = await answerTwoWrong(page);
  const bank = await loadBank(page, base());

  // The header counts them on every page.
  await expect(page.locator('[data-review-badge]')).toContainText('2');
  await page.getByRole('link', { name: /^复习/ }).click();
  await expect(page).toHaveURL(/\/review\/$/);
  const due = page.locator('[data-review-due]');
  await expect(due).toHaveText('2');

  // First: with the mouse, graded 忘了 (the answer is wrong, so that is what is suggested).
  const item = page.locator('[data-review-card] .quiz-item');
  const first = (await item.getAttribute('data-question-id'))!;
  expect(ids).toContain(first);
  await answer(item, bank.get(first)!, false);
  await expect(page.getByRole('button', { name: /^忘了/ })).toHaveClass(/primary/);
  await page.getByRole('button', { name: /^忘了/ }).click();
  await expect(due).toHaveText('1');
  await expect(page.locator('[data-review-status]')).toContainText('明天');

  // Second: answered right, then graded with the keyboard alone.
  await expect(item).not.toHaveAttribute('data-question-id', first);
  const second = (await item.getAttribute('data-question-id'))!;
  await answer(item, bank.get(second)!, true);
  await expect(page.getByRole('button', { name: '评定记忆程度' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^记得/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(due).toHaveText('0');
  await expect(page.getByText('今天的复习已经完成')).toBeVisible();
  await expect(page.locator('[data-review-badge]')).toBeHidden();

  // Both next dates lie in the future, in the stored schedule and in 复习计划.
  const record = (await storedRecord(page))!;
  for (const id of ids) {
    expect(record.review[id]!.n).toBe(1);
    expect(record.review[id]!.t * 60_000).toBeGreaterThan(START.getTime());
  }
  await expect(page.getByTestId('review-upcoming').locator('li').first()).toContainText('明天');

  // Tomorrow the one graded 忘了 is back; three days on, the other too.
  await page.clock.setFixedTime(START.getTime() + DAY);
  await page.reload();
  await expect(due).toHaveText('1');
  await expect(item).toHaveAttribute('data-question-id', first);
  await page.clock.setFixedTime(START.getTime() + 10 * DAY);
  await page.reload();
  await expect(due).toHaveText('2');
  await page.goto(`${base()}record/`);
  await expect(page.locator('[data-record-due]')).toHaveAttribute('data-record-due', '2');
});

test('a 收藏 is scheduled too, and the review page passes axe at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const bank = await loadBank(page, base());
  const lessonId = [...bank.values()][0]!.source.lessonId;
  await page.goto(`${base()}lessons/${lessonId}/`);
  const item = page.locator('[data-quiz="lesson"] .quiz-item').first();
  await item.getByRole('button', { name: /收藏/ }).click();
  await page.goto(`${base()}review/`);
  await expect(page.locator('[data-review-due]')).toHaveText('1');
  const card = page.locator('[data-review-card] .quiz-item');
  await expect(card).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await answer(card, bank.get((await card.getAttribute('data-question-id'))!)!, true);
  await expect(page.locator('.review-grades')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('with nothing to review the page says so', async ({ page }) => {
  await page.goto(`${base()}review/`);
  await expect(page.locator('[data-review-due]')).toHaveText('0');
  await expect(page.getByText('今天的复习已经完成')).toBeVisible();
  await expect(page.locator('[data-review-badge]')).toBeHidden();
});
