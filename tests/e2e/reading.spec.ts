import { test, expect } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { siteUrl } from '../support/sites.ts';

const base = () => siteUrl('sample');

/** The months and their first book titles, read from the content files themselves. */
function months(): { month: string; titles: string[] }[] {
  return readdirSync('content/reading')
    .filter((f) => /^\d{4}-\d{2}\.md$/.test(f))
    .map((f) => ({
      month: f.slice(0, 7),
      titles: [...readFileSync(`content/reading/${f}`, 'utf8').matchAll(/^\s+- title:\s*(.+)$/gm)].map((m) => m[1]!.trim()),
    }))
    .sort((a, b) => b.month.localeCompare(a.month));
}

test('the home page shows the newest month’s books', async ({ page }) => {
  const [newest] = months();
  await page.goto(base());
  const section = page.getByTestId('home-reading');
  for (const title of newest!.titles) await expect(section.getByRole('heading', { name: `《${title}》` })).toBeVisible();
});

test('the archive lists every month, newest first, and each month page its books', async ({ page }) => {
  const all = months();
  expect(all.length).toBeGreaterThanOrEqual(3);
  await page.goto(`${base()}reading/`);
  const links = page.getByTestId('reading-archive').getByRole('heading').getByRole('link');
  await expect(links).toHaveCount(all.length);
  await expect(links).toHaveText(all.map((m) => `${m.month.slice(0, 4)}年${Number(m.month.slice(5))}月书单`));
  await links.last().click();
  await expect(page.locator('.books > li h2')).toHaveText(all.at(-1)!.titles.map((t) => `《${t}》`));
});

test('a book’s theme link leads to a theme page that lists the book', async ({ page }) => {
  const [newest] = months();
  await page.goto(`${base()}reading/${newest!.month}/`);
  const book = page.locator('.books > li').filter({ has: page.getByRole('list', { name: '相关专题' }) }).first();
  const title = (await book.locator('h2').textContent())!;
  const themeLink = book.getByRole('list', { name: '相关专题' }).getByRole('link').first();
  await themeLink.click();
  await expect(page).toHaveURL(/\/themes\/[a-z0-9-]+\/$/);
  await expect(page.getByTestId('theme-books')).toContainText(title);
});

test('feed.xml is valid Atom with one entry per month and the right links', async ({ page, request }) => {
  const all = months();
  await page.goto(`${base()}reading/`);
  const feedHref = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  expect(feedHref).toBe(`${new URL(base()).pathname}reading/feed.xml`);
  const response = await request.get(`${base()}reading/feed.xml`);
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).feed;
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  const entries = [feed.entry].flat();
  expect(entries).toHaveLength(all.length);
  entries.forEach((entry, i) => {
    const links = [entry.link].flat();
    const href: string = links.find((l: Record<string, string>) => !l['@rel'] || l['@rel'] === 'alternate')['@href'];
    expect(new URL(href).pathname).toBe(`${new URL(base()).pathname}reading/${all[i]!.month}/`);
  });
});
