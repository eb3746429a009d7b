import { test, expect } from '@playwright/test';
import { siteUrl } from '../support/sites.ts';

test('a formulation shared by two sources shows both on its theme page', async ({ page }) => {
  await page.goto(`${siteUrl('shared')}themes/`);
  await page.getByRole('link', { name: '三会一课', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('三会一课');
  // The formulation's own mentions; members (the glossary's 支部党员大会…党课) list theirs apart.
  const passages = page.getByRole('region', { name: '原文中的提法' }).locator('.passage');
  await expect(passages.filter({ hasText: '严格坚持“三会一课”制度' })).toHaveCount(1);
  await expect(passages.filter({ hasText: '培训要结合“三会一课”开展' })).toHaveCount(1);
  const related = page.getByRole('region', { name: '相关课程' });
  await expect(related.getByRole('link', { name: /在支部工作会议上的讲话/ })).toBeVisible();
  await expect(related.getByRole('link', { name: /关于做好基层党员培训工作的通知/ })).toBeVisible();
  // Durations and counts are not formulations.
  await page.goto(`${siteUrl('shared')}themes/`);
  await expect(page.getByRole('link', { name: '五个工作日' })).toHaveCount(0);
});
