import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import decodeQR from '@paulmillr/qr/decode.js';
import { siteUrl } from '../support/sites.ts';
import { answer, loadBank, storedRecord } from './quiz-helpers.ts';

const base = () => siteUrl('sample');

/** A record with a wrong answer (scheduled), a studied lesson and a study day. */
async function makeRecord(page: Page): Promise<void> {
  const bank = await loadBank(page, base());
  const lessonId = [...bank.values()][0]!.source.lessonId;
  await page.goto(`${base()}lessons/${lessonId}/`);
  await page.getByRole('button', { name: '标记为已学' }).click();
  const item = page.locator('[data-quiz="lesson"] .quiz-item').first();
  await answer(item, bank.get((await item.getAttribute('data-question-id'))!)!, false);
}

/** Draw the page's QR code on a canvas and read it back with a QR decoder: what a phone camera sees. */
async function scanQr(page: Page): Promise<string> {
  const image = await page.locator('[data-export-qr] svg').evaluate(async (svg) => {
    const size = 600;
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, size, size);
    return { width: size, height: size, data: Array.from(ctx.getImageData(0, 0, size, size).data) };
  });
  return decodeQR({ width: image.width, height: image.height, data: Uint8Array.from(image.data) });
}

test('export → the QR code’s link opened in a fresh browser → import offered → the record, schedule included, restored', async ({ page, browser }) => {
  await makeRecord(page);
  await page.goto(`${base()}record/`);
  await page.getByRole('button', { name: '生成导出代码' }).click();
  await expect(page.locator('[data-export-qr] svg')).toBeVisible();
  const code = await page.getByLabel('学习记录代码（只读）').inputValue();
  const link = await scanQr(page);
  expect(link).toBe(`${base()}record/#import=${code}`);
  await expect(page.locator('[data-export-link]')).toHaveAttribute('href', link);
  const original = await storedRecord(page);
  expect(Object.keys(original!.review)).toHaveLength(1);
  expect(Object.keys(original!.days)).toHaveLength(1);

  // Another device: nothing stored, then the link.
  const phone = await browser.newContext();
  const other = await phone.newPage();
  await other.goto(link);
  const offer = other.getByRole('dialog', { name: '导入学习记录？' });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('1 道错题');
  // Nothing is imported before the member chooses.
  expect(await storedRecord(other)).toBeNull();
  // The code leaves the address bar.
  expect(new URL(other.url()).hash).toBe('');
  expect((await new AxeBuilder({ page: other }).analyze()).violations).toEqual([]);
  await offer.getByRole('button', { name: '替换本机记录' }).click();
  await expect(offer).toBeHidden();
  await expect(other.locator('[data-record-import-message]')).toContainText('导入成功');
  expect(await storedRecord(other)).toEqual(original);
  await other.goto(`${base()}review/`);
  await expect(other.locator('[data-review-due]')).toHaveText('1');
  await phone.close();
});

test('a link offers merging with the record already there, and 不导入 changes nothing', async ({ page, browser }) => {
  await makeRecord(page);
  await page.goto(`${base()}record/`);
  await page.getByRole('button', { name: '生成导出代码' }).click();
  await expect(page.locator('[data-export-qr] svg')).toBeVisible();
  const link = (await page.locator('[data-export-link]').getAttribute('href'))!;

  const phone = await browser.newContext();
  const other = await phone.newPage();
  // The phone has a bookmark of its own.
  const bank = await loadBank(other, base());
  // Another lesson than the one makeRecord answered in, so the bookmark is a second question.
  const lessons = [...bank.values()].map((q) => q.source.lessonId);
  const lessonId = lessons.findLast((id) => id !== lessons[0])!;
  await other.goto(`${base()}lessons/${lessonId}/`);
  await other.locator('[data-quiz="lesson"] .quiz-item').first().getByRole('button', { name: /收藏/ }).click();
  const mine = await storedRecord(other);

  await other.goto(link);
  const offer = other.getByRole('dialog');
  await offer.getByRole('button', { name: '不导入' }).click();
  await expect(other.locator('[data-record-import-message]')).toContainText('没有导入');
  expect(await storedRecord(other)).toEqual(mine);

  await other.goto(link);
  await other.getByRole('dialog').getByRole('button', { name: '合并到本机记录' }).click();
  const merged = (await storedRecord(other))!;
  expect(merged.bookmarks).toEqual(mine!.bookmarks);
  expect(Object.keys(merged.review)).toHaveLength(2);
  expect(Object.keys(merged.studied)).toHaveLength(1);
  await phone.close();
});

test('a damaged link is refused with a message and imports nothing', async ({ page }) => {
  await page.goto(`${base()}record/#import=XXYD1.zAAAA.00000000`);
  await expect(page.locator('[data-record-import-message]')).toContainText('无法导入');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await storedRecord(page)).toBeNull();
});
