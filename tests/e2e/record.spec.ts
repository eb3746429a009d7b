import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { siteUrl } from '../support/sites.ts';
import { answer, loadBank, seedRecord, storedRecord } from './quiz-helpers.ts';

const base = () => siteUrl('sample');

async function firstLesson(page: Page): Promise<{ id: string; title: string; url: string }> {
  const res = await page.request.get(`${base()}data/lessons.json`);
  const lessons = (await res.json()) as { id: string; title: string; url: string }[];
  return lessons[0]!;
}

test('a lesson marked studied shows on 学习记录, and can be unmarked', async ({ page }) => {
  const lesson = await firstLesson(page);
  await page.goto(`${base()}lessons/${lesson.id}/`);
  const toggle = page.getByRole('button', { name: '标记为已学' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  const pressed = page.getByRole('button', { name: '已学 ✓' });
  await expect(pressed).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('button', { name: '已学 ✓' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto(`${base()}record/`);
  const studied = page.getByTestId('record-studied');
  const link = studied.getByRole('link', { name: lesson.title });
  // data/lessons.json URLs already carry the deployment base.
  await expect(link).toHaveAttribute('href', lesson.url);
  await expect(page.locator('[data-record-summary]')).toContainText('1课已学');
  await studied.getByRole('button', { name: `取消已学：${lesson.title}` }).click();
  await expect(page.getByTestId('record-studied')).toHaveCount(0);
});

/** Build a record through the site: one lesson studied, a wrong answer, a bookmark. */
async function makeRecord(page: Page): Promise<void> {
  const bank = await loadBank(page, base());
  // The first lesson with a quiz (a lesson of dates only, like a regulation's adoption note, has none).
  const quizzed = new Set([...bank.values()].map((q) => q.source.lessonId));
  const res = await page.request.get(`${base()}data/lessons.json`);
  const lesson = ((await res.json()) as { id: string }[]).find((l) => quizzed.has(l.id))!;
  await page.goto(`${base()}lessons/${lesson.id}/`);
  await page.getByRole('button', { name: '标记为已学' }).click();
  const items = page.locator('[data-quiz="lesson"] .quiz-item');
  await expect(items.first()).toBeVisible();
  await answer(items.first(), bank.get((await items.first().getAttribute('data-question-id'))!)!, false);
  await items.first().getByRole('button', { name: /收藏/ }).click();
}

test('export the record as a code, clear storage, import it: the record is back', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await makeRecord(page);
  await page.goto(`${base()}record/`);
  const before = await page.evaluate(() => localStorage.getItem('xuexi-yuandi:record'));
  expect(before).toBeTruthy();

  await page.getByRole('button', { name: '生成导出代码' }).click();
  // Encoding is asynchronous (CompressionStream): wait for the code to appear.
  await expect(page.getByLabel('学习记录代码（只读）')).toHaveValue(/^XXYD1\.[zj][A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  const code = await page.getByLabel('学习记录代码（只读）').inputValue();
  await page.getByRole('button', { name: '复制', exact: true }).click();
  await expect(page.locator('[data-record-export-message]')).toContainText(/已复制|手动复制/);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByText('错题本是空的')).toBeVisible();
  expect(await storedRecord(page)).toBeNull();

  await page.getByLabel('粘贴学习记录代码').fill(code);
  await page.getByRole('button', { name: '替换本机记录' }).click();
  await expect(page.locator('[data-record-import-message]')).toContainText('导入成功');
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('xuexi-yuandi:record')))!)).toEqual(JSON.parse(before!));
  await page.reload();
  await expect(page.getByTestId('record-wrong').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('record-bookmarks').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('record-studied').locator('li')).toHaveCount(1);
});

test('a corrupt code is refused with a clear message and changes nothing', async ({ page }) => {
  await makeRecord(page);
  await page.goto(`${base()}record/`);
  await page.getByRole('button', { name: '生成导出代码' }).click();
  await expect(page.getByLabel('学习记录代码（只读）')).toHaveValue(/^XXYD1\./);
  const code = await page.getByLabel('学习记录代码（只读）').inputValue();
  const before = await page.evaluate(() => localStorage.getItem('xuexi-yuandi:record'));

  // Flip one character of the payload; then try a truncated code and plain junk.
  const at = 10;
  const broken = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
  for (const bad of [broken, code.slice(0, -4), '这不是代码']) {
    await page.getByLabel('粘贴学习记录代码').fill(bad);
    await page.getByRole('button', { name: '合并导入' }).click();
    const message = page.locator('[data-record-import-message]');
    await expect(message).toContainText('导入失败');
    await expect(message).toContainText('没有改动');
    await expect(page.getByLabel('粘贴学习记录代码')).toHaveAttribute('aria-invalid', 'true');
    expect(await page.evaluate(() => localStorage.getItem('xuexi-yuandi:record'))).toBe(before);
  }
});

test('corrupted storage is reset safely, keeping a backup', async ({ page }) => {
  await seedRecord(page, base(), '{"v":1,"answers":');
  await page.goto(`${base()}record/`);
  await expect(page.locator('[data-record-notice]')).toContainText('无法读取');
  expect(await storedRecord(page)).toEqual({ v: 2, answers: {}, wrong: [], bookmarks: [], studied: {}, review: {}, days: {}, read: {} });
  expect(await page.evaluate(() => localStorage.getItem('xuexi-yuandi:record:unreadable'))).toBe('{"v":1,"answers":');
});

test('an older record shape is migrated on load', async ({ page }) => {
  await seedRecord(page, base(), JSON.stringify({ answered: { 'q-old': false }, favorites: ['q-old'] }));
  await page.goto(`${base()}record/`);
  await expect(page.locator('[data-record-notice]')).toContainText('升级');
  const record = await storedRecord(page);
  expect(record?.v).toBe(2);
  expect(record?.wrong).toEqual(['q-old']);
  expect(record?.bookmarks).toEqual(['q-old']);
  // Its wrong answer and bookmark are scheduled for review today.
  await expect(page.locator('[data-record-due]')).toHaveAttribute('data-record-due', '1');
});

test('clearing the record takes two presses', async ({ page }) => {
  await makeRecord(page);
  await page.goto(`${base()}record/`);
  await page.getByRole('button', { name: '清空本机学习记录' }).click();
  await expect(page.getByTestId('record-studied').locator('li')).toHaveCount(1);
  await page.getByRole('button', { name: '确认清空' }).click();
  await expect(page.getByText('还没有标记为已学的课')).toBeVisible();
});

test('axe: no violations on the record page with content', async ({ page }) => {
  await makeRecord(page);
  await page.goto(`${base()}record/`);
  await expect(page.getByTestId('record-wrong').locator('li')).toHaveCount(1);
  await page.getByRole('button', { name: '生成导出代码' }).click();
  await page.getByRole('button', { name: /练习错题/ }).click();
  await expect(page.locator('[data-record-practice] .quiz-item')).toHaveCount(1);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
