import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { siteUrl } from '../support/sites.ts';

const base = () => siteUrl('sample');

/** The sample sources' titles, read from their own frontmatter (not hard-coded). */
function sampleTitles(): string[] {
  return ['jiguan-dangjian-jianghua', 'fazhan-dangyuan-gongzuo-xize', 'zhishichanquan-fangguanfu-wenda'].map((name) => {
    const text = readFileSync(`content/sources/${name}.md`, 'utf8');
    return /^title:\s*(.+)$/m.exec(text)![1]!.replace(/^['"]|['"]$/g, '');
  });
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('the home page lists the three sample sources', async ({ page }) => {
  await page.goto(base());
  await expect(page).toHaveTitle('学习园地');
  const list = page.getByTestId('source-list');
  for (const title of sampleTitles()) await expect(list.getByRole('link', { name: title, exact: true })).toBeVisible();
});

test('the speech page shows its headings in order and its table of contents lands on them', async ({ page }) => {
  await page.goto(`${base()}sources/jiguan-dangjian-jianghua/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('机关党建工作会上讲话');
  const headings = await page.locator('article h2[id^="s"], article h3[id^="s"]').allTextContents();
  expect(headings).toEqual([
    '一、深化机关党建工作的认识',
    '二、突出机关党建工作的重点',
    '1、加强思想建设,教育党员',
    '2、加强组织建设,鼓励党员',
    '3、加强作风建设,监督党员',
    '三、抓住机关党建工作的关键',
    '1、完善一批制度',
    '2、理顺两大关系',
    '3、注重三个结合',
  ]);
  const toc = page.getByRole('navigation', { name: '目录' });
  const links = toc.getByRole('link');
  expect(await links.count()).toBe(headings.length);
  for (const i of [0, 4, 8]) {
    const link = links.nth(i);
    const target = (await link.getAttribute('href'))!.split('#')[1]!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${target}$`));
    await expect(page.locator(`[id="${target}"]`)).toHaveText(headings[i]!);
    await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
  }
});

test('home → 专题 → 四风 → a member passage → its lesson → next lesson', async ({ page }) => {
  await page.goto(base());
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '专题' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('专题');
  await page.getByRole('link', { name: '四风', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('四风');
  const members = page.locator('ol.members > li');
  await expect(members).toHaveCount(4);
  await expect(members.locator('h3')).toHaveText(['刹玩风', '树正风', '倡廉风', '治会风']);
  // Each member is linked to its passage in 二.3 作风建设.
  for (let i = 0; i < 4; i++) {
    await expect(members.nth(i).locator('.passage a').filter({ hasText: '二、突出机关党建工作的重点 › 3、加强作风建设' })).not.toHaveCount(0);
  }
  const passageLink = members.nth(0).locator('.passage a').filter({ hasText: '3、加强作风建设' }).first();
  const fragment = (await passageLink.getAttribute('href'))!.split('#')[1]!;
  await passageLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('二、突出机关党建工作的重点');
  await expect(page.locator(`[id="${fragment}"]`)).toContainText('刹玩风');
  await expect(page.locator(`[id="${fragment}"]`)).toBeInViewport();
  await page.getByRole('link', { name: /下一课/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('三、抓住机关党建工作的关键');
});

test('a lesson has breadcrumbs, 要点, reading time, themes and a 出处 link to its source paragraph', async ({ page }) => {
  await page.goto(`${base()}lessons/jiguan-dangjian-jianghua-3/`);
  const crumbs = page.getByRole('navigation', { name: '面包屑' });
  await expect(crumbs.getByRole('link')).toHaveText(['首页', '学习', '机关党建工作会上讲话']);
  await expect(page.getByRole('heading', { name: '要点' })).toBeVisible();
  await expect(page.locator('.points li')).toContainText(['刹玩风', '树正风', '倡廉风', '治会风']);
  await expect(page.locator('article .meta').first()).toContainText(/约 \d+ 分钟/);
  await expect(page.getByRole('list', { name: '相关专题' }).getByRole('link', { name: '四风' })).toBeVisible();
  const source = page.locator('.source-link a');
  const fragment = (await source.getAttribute('href'))!.split('#')[1]!;
  const firstText = (await page.locator(`article p[id="${fragment}"]`).textContent())!;
  await source.click();
  await expect(page).toHaveURL(/\/sources\/jiguan-dangjian-jianghua\//);
  await expect(page.locator(`[id="${fragment}"]`)).toHaveText(firstText);
});

test('the themes index is a glossary ordered by numeral', async ({ page }) => {
  await page.goto(`${base()}themes/`);
  const names = await page.locator('.glossary dt a').allTextContents();
  for (const name of ['四风', '三个结合', '两大关系', '三会一课', '三清', '四谈心']) expect(names).toContain(name);
  const numeral = (n: string) => '一二两三四五六七八九十'.indexOf(n[0]!) + (n[0] === '两' ? -1 : 0);
  const values = names.map(numeral).filter((v) => v >= 0);
  expect(values).toEqual([...values].sort((a, b) => a - b));
});

for (const path of ['', 'lessons/jiguan-dangjian-jianghua-3/', 'themes/si-feng/', 'themes/', 'sources/jiguan-dangjian-jianghua/', 'reading/']) {
  test(`no axe violations and no sideways scrolling at 375 px: /${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${base()}${path}`);
    await noSidewaysScroll(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('a lesson prints without navigation', async ({ page }) => {
  await page.goto(`${base()}lessons/jiguan-dangjian-jianghua-2/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('nav.pager')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('pages load no web fonts and declare lang="zh-CN"', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'font' && fonts.push(r.url()));
  await page.goto(`${base()}lessons/jiguan-dangjian-jianghua-2/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(fonts).toEqual([]);
});

test('三个结合 and the detected formulations show their members with passages', async ({ page }) => {
  await page.goto(`${base()}themes/san-ge-jie-he/`);
  const members = page.locator('ol.members > li');
  await expect(members).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await expect(members.nth(i).locator('.passage a').filter({ hasText: '三、抓住机关党建工作的关键 › 3、注重三个结合' })).not.toHaveCount(0);
  }
  for (const [id, name, count] of [['liang-da-guan-xi', '两大关系', 2], ['san-qing', '三清', 3]] as const) {
    await page.goto(`${base()}themes/${id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.locator('ol.members > li')).toHaveCount(count);
  }
  await page.goto(`${base()}themes/`);
  for (const name of ['三会一课', '四谈心', '四个意识', '四个自信', '两个维护']) {
    await expect(page.locator('.glossary dt a', { hasText: name }).first()).toBeVisible();
  }
});

test('a glossary formulation the text only names shows its canonical members and the passages that name it', async ({ page }) => {
  await page.goto(`${base()}themes/si-ge-yi-shi/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('四个意识');
  await expect(page.getByText('规范表述：成员以权威表述为准')).toBeVisible();
  await expect(page.locator('ol.members > li h3')).toHaveText(['政治意识', '大局意识', '核心意识', '看齐意识']);
  const passage = page.locator('.passage a').first();
  await expect(passage).toBeVisible();
  await passage.click();
  await expect(page).toHaveURL(/lessons\/fazhan-dangyuan-gongzuo-xize-/u);
  await page.goto(`${base()}themes/`);
  await expect(page.locator('.glossary dt', { hasText: '四个意识' }).first()).toContainText('规范表述');
});
