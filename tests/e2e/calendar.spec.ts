import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { siteUrl } from '../support/sites.ts';

const base = () => siteUrl('sample');

test('the study calendar shows today after a lesson is read, with the streak', async ({ page }) => {
  // 23:30 local time: the member's own date, not Beijing's or UTC's, is the day that counts.
  await page.clock.install({ time: new Date(2026, 2, 2, 23, 30) });
  const today = '2026-03-02';
  await page.goto(`${base()}record/`);
  await expect(page.locator(`[data-study-calendar] td[data-date="${today}"]`)).toHaveClass('cal-l0');
  await expect(page.locator('[data-streak-current]')).toHaveText('0');

  const lessons = (await (await page.request.get(`${base()}data/lessons.json`)).json()) as { id: string }[];
  await page.goto(`${base()}lessons/${lessons[0]!.id}/`);
  // A glance does not count; thirty seconds of reading does.
  await page.clock.runFor(10_000);
  expect((await page.evaluate(() => localStorage.getItem('xuexi-yuandi:record'))) ?? '').not.toContain(today);
  await page.clock.runFor(21_000);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('xuexi-yuandi:record'))).toContain(today);

  await page.goto(`${base()}record/`);
  const cell = page.locator(`[data-study-calendar] td[data-date="${today}"]`);
  await expect(cell).toHaveClass('cal-l2');
  await expect(cell).toHaveAttribute('aria-current', 'date');
  await expect(cell).toContainText('读了 1 课');
  await expect(page.locator('[data-streak-current]')).toHaveText('1');
  await expect(page.locator('[data-streak-longest]')).toHaveText('1');
  // The last three months are shown, this one last.
  await expect(page.locator('[data-study-calendar] caption')).toHaveText(['2026年1月', '2026年2月', '2026年3月']);
});

test('the record page with its calendar passes axe at 375 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${base()}record/`);
  await expect(page.locator('[data-study-calendar] table')).toHaveCount(3);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
