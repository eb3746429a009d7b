import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { decodeFragmentFile } from '../../src/search/fragments.ts';
import { siteDir, siteUrl } from '../support/sites.ts';

/**
 * A large site's Pagefind index is split into bundles (`pagefind/` and `pagefind/s1/`…), built by
 * separate Pagefind processes; the browser merges them. The search fixture site is built with
 * `--search-shards 2`, so these tests see what a member of a large site sees.
 */

/** The page URLs whose fragments live in bundle `folder` (`''` or `s1/`). */
function bundleUrls(folder: string): string[] {
  const dir = join(siteDir('search'), 'pagefind', folder, 'fragment');
  return readdirSync(dir)
    .flatMap((name) => decodeFragmentFile(name, readFileSync(join(dir, name))).map((f) => f.url))
    .sort();
}

test('the second bundle ships only its index, no runtime of its own', () => {
  const shipped = readdirSync(join(siteDir('search'), 'pagefind', 's1'));
  expect(shipped).toContain('pagefind-entry.json');
  expect(shipped.filter((n) => n === 'pagefind.js' || n.startsWith('wasm.'))).toEqual([]);
  const main = bundleUrls('');
  const second = bundleUrls('s1/');
  expect(main.length).toBeGreaterThan(0);
  expect(second.length).toBeGreaterThan(0);
  expect(main.filter((u) => second.includes(u))).toEqual([]);
});

test('exact matches and Pagefind matches come from both bundles', async ({ page }) => {
  const second = new Set(bundleUrls('s1/'));
  const failed: string[] = [];
  const fetched: string[] = [];
  page.on('response', (r) => {
    fetched.push(new URL(r.url()).pathname);
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  const url = siteUrl('search');
  await page.goto(`${url}search/?q=${encodeURIComponent('形式主义')}`);
  const results = page.locator('[data-search-results]');
  await expect(results).toHaveAttribute('data-state', 'done');
  // 更多结果 / 查看相关结果 until the looser matches, which come from Pagefind, are shown too.
  const more = page.locator('[data-search-more]');
  for (let i = 0; i < 50 && (await more.isVisible()); i++) {
    await more.click();
    await expect(results).toHaveAttribute('data-state', 'done');
  }
  await expect(more).toBeHidden();
  const shown = await page.$$eval('[data-search-results] li h3 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(shown.filter((p) => second.has(p)).length, 'results from the second bundle').toBeGreaterThan(0);
  expect(new Set(shown).size, 'no page twice').toBe(shown.length);
  expect(fetched.some((p) => p.startsWith('/pagefind/s1/fragment/')), 'a fragment of the second bundle').toBe(true);
  expect(fetched, 'the second bundle was merged into Pagefind').toContain('/pagefind/s1/pagefind-entry.json');
  expect(failed).toEqual([]);

  // The Pagefind module the page loaded searches both bundles: a term of a page in the second
  // bundle finds that page through Pagefind alone.
  const found = await page.evaluate(async (base) => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> };
    const response = await pf.search('形式主义');
    return Promise.all(response.results.map(async (r) => (await r.data()).url));
  }, new URL(url).pathname);
  expect(found.filter((u) => second.has(new URL(u, url).pathname)).length).toBeGreaterThan(0);
  expect(found.filter((u) => !second.has(new URL(u, url).pathname)).length).toBeGreaterThan(0);
});
