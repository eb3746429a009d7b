import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { siteDir, siteUrl, type SiteName } from '../support/sites.ts';
import { NO_BREAK_END } from '../fixtures/search/no-break.ts';

/**
 * What a member gets from search, checked against the built pages' own text: every page that
 * contains the query is found, and pages containing it exactly come before looser matches.
 */

const QUERIES = ['玩风', '刹玩风', '三会一课', '党建', '机关党建', '课', '度', '形式主义', '"三会一课"', '“形式主义”', '机关 党建', '党建 作风'];

// The test's own notion of "contains", independent of src/search: letters and digits only,
// NFKC, lower case (punctuation and quotation marks do not split a phrase).
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function queryTerms(q: string): { terms: string[]; quoted: boolean } {
  const quoted = /["“”「」『』]/.test(q);
  const terms = q
    .replace(/["“”「」『』]/g, ' ')
    .split(/\s+/)
    .map(norm)
    .filter(Boolean);
  return { terms, quoted };
}

/** Indexed pages (those with data-pagefind-body) and their text, without ignored parts. */
async function indexedTexts(page: Page, site: SiteName): Promise<Map<string, string>> {
  const dir = siteDir(site);
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => ({ f, html: readFileSync(join(dir, f), 'utf8') }))
    .filter(({ html }) => html.includes('data-pagefind-body'));
  const texts = new Map<string, string>();
  for (const { f, html } of files) {
    const text = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      const body = doc.querySelector('[data-pagefind-body]');
      if (!body) return '';
      body.querySelectorAll('[data-pagefind-ignore], script, style').forEach((e) => e.remove());
      return body.textContent ?? '';
    }, html);
    texts.set(`/${f.replace(/\\/g, '/').replace(/index\.html$/, '')}`, norm(text));
  }
  return texts;
}

async function waitDone(page: Page): Promise<void> {
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'done');
}

/** Every result of a query, in the order shown, following 更多结果 to the end. */
async function allResults(page: Page, url: string, q: string): Promise<{ path: string; exact: boolean }[]> {
  await page.goto(`${url}search/?q=${encodeURIComponent(q)}`);
  await waitDone(page);
  const more = page.locator('[data-search-more]');
  // 更多结果 / 查看相关结果 until there is nothing more (a bounded number of times).
  for (let i = 0; i < 50 && (await more.isVisible()); i++) {
    await more.click();
    await waitDone(page);
  }
  await expect(more).toBeHidden();
  const base = new URL(url).pathname;
  return page.$$eval('[data-search-results] li', (items, b) =>
    items.map((li) => {
      const a = li.querySelector('a')!;
      const path = new URL(a.href).pathname;
      return { path: `/${path.slice(b.length)}`, exact: li.getAttribute('data-exact') === 'true' };
    }), base);
}

for (const site of ['search', 'sample'] as const) {
  test.describe(`relevance on the ${site} site`, () => {
    let texts: Map<string, string>;
    test.beforeAll(async ({ browser }) => {
      const page = await browser.newPage();
      texts = await indexedTexts(page, site);
      await page.close();
      expect(texts.size).toBeGreaterThan(5);
    });

    for (const q of QUERIES) {
      test(`finds every page containing ${q}, exact matches first`, async ({ page }) => {
        const { terms, quoted } = queryTerms(q);
        const expected = [...texts].filter(([, t]) => terms.every((term) => t.includes(term))).map(([p]) => p);
        const results = await allResults(page, siteUrl(site), q);
        const paths = results.map((r) => r.path);
        expect(new Set(paths).size, 'no page twice').toBe(paths.length);
        for (const p of expected) expect(paths, `page containing ${q}: ${p}`).toContain(p);
        const contains = (p: string) => terms.every((term) => texts.get(p)?.includes(term) ?? false);
        const firstLoose = paths.findIndex((p) => !contains(p));
        if (firstLoose >= 0) {
          expect(paths.slice(firstLoose).filter(contains), 'exact matches rank above the rest').toEqual([]);
        }
        for (const r of results) expect(r.exact, `data-exact of ${r.path}`).toBe(contains(r.path));
        if (quoted) expect(paths.every(contains), 'a quoted query returns only exact matches').toBe(true);
      });
    }
  });
}

test('search from the header, filter by theme, follow a result to the passage', async ({ page }) => {
  const url = siteUrl('search');
  await page.goto(url);
  await page.fill('#header-q', '玩风');
  await page.press('#header-q', 'Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E7%8E%A9%E9%A3%8E/);
  await waitDone(page);
  const results = page.locator('[data-search-results] li');
  await expect(results.first().locator('mark').first()).toHaveText('玩风');
  const unfiltered = await results.count();

  // Filter by theme: only pages tagged with it remain, and the URL says so.
  await page.locator('[data-search-filters] summary').click();
  const theme = page.locator('select[data-filter="专题"]');
  await expect(theme.locator('option', { hasText: '作风整治' })).toHaveCount(1);
  await theme.selectOption('作风整治');
  await waitDone(page);
  await expect(page).toHaveURL(/%E4%B8%93%E9%A2%98=%E4%BD%9C%E9%A3%8E%E6%95%B4%E6%B2%BB/);
  const filtered = await results.count();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThanOrEqual(unfiltered);
  for (const href of await page.locator('[data-search-results] li h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))) {
    const html = readFileSync(join(siteDir('search'), href, 'index.html'), 'utf8');
    expect(html, href).toContain('data-pagefind-filter="专题:作风整治"');
  }

  // Typing updates the URL (replaceState) and the results.
  await page.fill('#search-q', '三会一课');
  await expect(page).toHaveURL(/q=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE/);
  await theme.selectOption('');
  await waitDone(page);

  // Follow the first lesson result: the passage is marked and scrolled into view.
  const lesson = page.locator('[data-search-results] li h3 a[href*="/lessons/"]').first();
  await lesson.click();
  await expect(page).toHaveURL(/\/lessons\/.+\?hl=/);
  const mark = page.locator('main mark.search-hit').first();
  await expect(mark).toHaveText('三会一课');
  await expect(mark).toBeInViewport();
  await expect(page.locator('.passage-target')).toHaveCount(1);
});

test('a quoted phrase shows only exact matches; an unmatched one says so', async ({ page }) => {
  await page.goto(`${siteUrl('search')}search/?q=${encodeURIComponent('"党的建设工作"')}`);
  await waitDone(page);
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);
  await expect(page.locator('[data-search-status]')).toContainText('没有找到含有「党的建设工作」的页面');
});

test('a phrase at the very end of a long paragraph without a break leads to its passage', async ({ page }) => {
  // tests/fixtures/sites/search/sources/dan-hang.md: noBreakLine(30 KB), one line, cut into pieces.
  await page.goto(`${siteUrl('search')}search/?q=${encodeURIComponent(NO_BREAK_END)}`);
  await waitDone(page);
  const first = page.locator('[data-search-results] li').first();
  await expect(first).toHaveAttribute('data-exact', 'true');
  const link = first.locator('h3 a');
  await expect(link).toHaveAttribute('href', /\/lessons\/dan-hang-\d+\/\?hl=[^#]+#p1-\d+$/);
  const anchor = decodeURIComponent(new URL((await link.getAttribute('href'))!, siteUrl('search')).hash.slice(1));
  await link.click();
  await expect(page.locator(`main p[id="${anchor}"] mark.search-hit`)).toHaveText(NO_BREAK_END);
});

test('the search page works at 375 px and passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`${siteUrl('sample')}search/?q=${encodeURIComponent('机关党建')}`);
  await waitDone(page);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('search works under a sub-path', async ({ page }) => {
  const url = siteUrl('subpath');
  expect(new URL(url).pathname).toBe('/xuexi/');
  await page.goto(url);
  await page.fill('#header-q', '三会一课');
  await page.press('#header-q', 'Enter');
  await waitDone(page);
  const first = page.locator('[data-search-results] li h3 a').first();
  await expect(first).toHaveAttribute('href', /^\/xuexi\//);
  await first.click();
  await expect(page.locator('main mark.search-hit').first()).toHaveText('三会一课');
});
