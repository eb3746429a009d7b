import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startPreview } from '../../src/cli/preview.ts';
import { CACHES } from '../../src/offline/cache-names.ts';
import { siteDir, siteUrl } from '../support/sites.ts';
import { answer, loadBank } from './quiz-helpers.ts';

/**
 * Offline use: after the first visit the visited pages, the search page and the search index
 * work without a connection; 离线学习 downloads everything; the web app manifest fits the base.
 */

function lessonPaths(site: 'sample' | 'subpath'): string[] {
  return readdirSync(join(siteDir(site), 'lessons'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `lessons/${d.name}/`)
    .sort();
}

/** Wait until the service worker controls the page and the page itself is in the pages cache. */
async function waitForWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  // Not waitForFunction: it does not poll an async predicate (the returned Promise is truthy), so
  // it would settle on the first look, possibly before sw-register's keepCurrentPage has stored
  // the page; going offline then left the visited page unsaved. Look in the cache the worker's
  // page route reads, until the page is there.
  await expect
    .poll(
      () => page.evaluate(async (cacheName) => Boolean(await caches.match(`${location.origin}${location.pathname}`, { cacheName })), CACHES.pages),
      { timeout: 20_000, message: 'the first visited page is kept in the pages cache (keepCurrentPage)' },
    )
    .toBe(true);
}

async function searchFromHeader(page: Page, q: string): Promise<void> {
  await page.fill('#header-q', q);
  await page.press('#header-q', 'Enter');
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'done');
}

for (const site of ['sample', 'subpath'] as const) {
  test.describe(`offline on the ${site} site`, () => {
    test.beforeEach(() => {
      expect(existsSync(join(siteDir(site), 'sw.js')), 'sw.js is written by writeOffline (src/offline) during the build').toBe(true);
    });

    test('a visited lesson and search work offline; an unvisited page explains itself', async ({ page, context }) => {
      const url = siteUrl(site);
      const [visited, unvisited] = lessonPaths(site);
      await page.goto(`${url}${visited}`);
      const title = (await page.locator('h1').textContent())!.trim();
      await waitForWorker(page);

      await context.setOffline(true);
      const response = await page.goto(`${url}${visited}`);
      expect(response?.fromServiceWorker()).toBe(true);
      await expect(page.locator('h1')).toHaveText(title);

      await searchFromHeader(page, '三会一课');
      await expect(page).toHaveURL(/\/search\/\?q=/);
      const results = page.locator('[data-search-results] li');
      await expect(results.first()).toBeVisible();
      await expect(results.first().locator('mark').first()).toHaveText('三会一课');
      // A single character too (the whole index is precached on a small site).
      await page.fill('#search-q', '课');
      await page.press('#search-q', 'Enter');
      await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'done');
      await expect(results.first()).toBeVisible();

      await page.goto(`${url}${unvisited}`);
      await expect(page.locator('h1')).toHaveText('这个页面还没有保存到本机');
      await expect(page.locator(`a[href="${new URL(url).pathname}search/"]`)).toBeVisible();
    });
  });
}

test('a question answered wrong on a lesson can be reviewed offline, and the record page works offline', async ({ page, context }) => {
  const url = siteUrl('sample');
  const bank = await loadBank(page, url);
  const lessonId = [...bank.values()][0]!.source.lessonId;
  await page.goto(`${url}lessons/${lessonId}/`);
  await waitForWorker(page);
  const item = page.locator('[data-quiz="lesson"] .quiz-item').first();
  const id = (await item.getAttribute('data-question-id'))!;
  await answer(item, bank.get(id)!, false);
  // The question's shard is fetched through the worker as soon as it is scheduled.
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length > 0 && (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).some((r) => /\/quiz\/bank\/[0-9a-f]+\.json$/.test(r.url))))).some(Boolean))).toBe(true);

  await context.setOffline(true);
  // Neither page was visited: both come with the first visit.
  await page.goto(`${url}review/`);
  await expect(page.locator('[data-review-due]')).toHaveText('1');
  await expect(page.locator('[data-review-card] .quiz-item')).toHaveAttribute('data-question-id', id);
  await answer(page.locator('[data-review-card] .quiz-item'), bank.get(id)!, true);
  await page.getByRole('button', { name: /^记得/ }).click();
  await expect(page.locator('[data-review-due]')).toHaveText('0');
  await page.goto(`${url}record/`);
  await expect(page.locator('[data-study-calendar] td[aria-current="date"]')).toContainText('答了 2 道题');
});

test('离线学习 downloads the whole site with progress, then every page works offline', async ({ page, context }) => {
  const url = siteUrl('sample');
  const summary = JSON.parse(readFileSync(join(siteDir('sample'), 'offline/summary.json'), 'utf8')) as { total: number; count: number };
  await page.goto(url);
  await waitForWorker(page);
  await page.getByRole('button', { name: '离线学习' }).click();
  await expect(page.locator('[data-offline-summary]')).toContainText(`共 ${summary.count} 个文件`);
  await page.locator('[data-offline-download]').click();
  await expect(page.locator('[data-offline-status]')).toContainText('下载完成', { timeout: 60_000 });
  await expect(page.locator('[data-offline-progress]')).toHaveAttribute('value', String(summary.total));

  await context.setOffline(true);
  const lessons = lessonPaths('sample');
  const last = lessons[lessons.length - 1]!;
  await page.goto(`${url}${last}`);
  await expect(page.locator('h1')).not.toHaveText('这个页面还没有保存到本机');
  await page.goto(`${url}sources/`);
  await expect(page.locator('h1')).not.toHaveText('这个页面还没有保存到本机');
  await searchFromHeader(page, '机关 党建');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.getByRole('button', { name: '离线学习' }).click();
  await expect(page.locator('[data-offline-summary]')).toContainText('离线');
});

test('a newer version of the site shows a notice with 刷新', async ({ page }) => {
  // A private copy of the site on its own server, so the test can deploy a "new version".
  const dir = mkdtempSync(join(tmpdir(), 'xuexi-sw-'));
  cpSync(siteDir('sample'), dir, { recursive: true });
  let server = await startPreview({ dir, port: 0 });
  try {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const url = `http://127.0.0.1:${port}/`;
    await page.goto(url);
    await waitForWorker(page);
    await expect(page.locator('[data-sw-update]')).toBeHidden();
    // Deploy: a changed worker, served by a restarted server (it reads file stats at start).
    appendFileSync(join(dir, 'sw.js'), '\n// next version\n');
    await new Promise((done) => server.close(done));
    server = await startPreview({ dir, port });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.locator('[data-sw-update]');
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(notice).toContainText('新版本');
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: '刷新' }).click();
    await reloaded;
    await expect(notice).toBeHidden();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const site of ['sample', 'subpath'] as const) {
  test(`the web app manifest fits the ${site} base`, async ({ request }) => {
    const url = siteUrl(site);
    const base = new URL(url).pathname;
    const manifest = (await (await request.get(`${url}manifest.webmanifest`)).json()) as {
      name: string;
      start_url: string;
      scope: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest.name).toBe('学习园地');
    expect(manifest.start_url).toBe(base);
    expect(manifest.scope).toBe(base);
    for (const icon of manifest.icons) {
      expect(icon.src.startsWith(base)).toBe(true);
      const res = await request.get(new URL(icon.src, url).href);
      expect(res.ok(), icon.src).toBe(true);
      expect(res.headers()['content-type']).toContain(icon.type);
    }
  });
}
