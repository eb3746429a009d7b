import type { Page } from '@playwright/test';
import { median, percentile } from './stats.ts';

/** Search figures measured in a real browser. */
export interface SearchFigures {
  medianMs: number;
  p95Ms: number;
  /** Bytes transferred (headers and bodies) for the first query, cold cache. */
  firstQueryBytes: number;
  /** Median bytes transferred for each later query, warm cache. */
  laterQueryBytes: number;
}

declare global {
  interface Window {
    __xuexiDoneAt?: number;
  }
}

/**
 * The benchmark's own measurement, used until `tests/support/measure-search.ts` exists. Each
 * query is what the header form does: open `/search/?q=…`; the time runs from navigation start
 * to the moment `[data-search-results]` turns `data-state="done"` (seen by a MutationObserver
 * in the page, so Playwright's polling adds nothing).
 */
export async function measureSearch(page: Page, siteUrl: string, queries: readonly string[]): Promise<SearchFigures> {
  await page.addInitScript(() => {
    const check = () => {
      if (window.__xuexiDoneAt === undefined && document.querySelector('[data-search-results][data-state="done"]')) {
        window.__xuexiDoneAt = performance.now();
      }
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
  });
  const times: number[] = [];
  const transferred: number[] = [];
  for (const query of queries) {
    bytes = 0;
    await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, siteUrl).href, { waitUntil: 'commit' });
    await page.locator('[data-search-results][data-state="done"]').waitFor({ state: 'attached', timeout: 60_000 });
    const doneAt = await page.evaluate(() => window.__xuexiDoneAt ?? performance.now());
    // Let the last loadingFinished events arrive before reading the byte count.
    await page.waitForLoadState('load');
    times.push(doneAt);
    transferred.push(bytes);
  }
  return {
    medianMs: median(times),
    p95Ms: percentile(times, 95),
    firstQueryBytes: transferred[0] ?? 0,
    laterQueryBytes: median(transferred.slice(1)),
  };
}
