import type { Browser, BrowserContextOptions, CDPSession, Page } from '@playwright/test';
import { median, percentile } from './stats.ts';

/** Search figures measured in a real browser. */
export interface SearchFigures {
  /**
   * Median ms from submitting a query on the loaded search page (runtime and index meta
   * already loaded by a warm-up query) to its results on screen.
   */
  medianMs: number;
  p95Ms: number;
  /** Queries timed on the loaded page (the warm-up query is not among them). */
  timed: number;
  /** Ms from navigation start to the results of the first query, opened as `/search/?q=` with a cold cache. */
  firstQueryMs: number;
  /** Bytes transferred (headers and bodies) for that first query: page, scripts, index, fragments. */
  firstQueryBytes: number;
  /** Median bytes transferred by each later query on the loaded page (Resource Timing's `transferSize`). */
  laterQueryBytes: number;
  /** Opening `/search/?q=…` for every query in turn, as the header form does: page load included. */
  pageLoad: { medianMs: number; p95Ms: number };
}

/** What one query timed inside the page reports. */
export interface TimedQuery {
  ms: number;
  /** Results on screen when it was done. */
  shown: number;
}

declare global {
  interface Window {
    __xuexiDoneAt?: number;
  }
}

/** Block service workers so that precaching does not count as search traffic. */
const CONTEXT: BrowserContextOptions = { locale: 'zh-CN', serviceWorkers: 'block' };

/**
 * Count the bytes a page transfers (CDP `encodedDataLength`: headers and bodies as sent, the
 * browser's own requests such as the favicon included) and know when no request is in flight.
 * Used for the cold first query only: the network domain slows every later request a little.
 */
async function watchNetwork(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  const inFlight = new Set<string>();
  cdp.on('Network.requestWillBeSent', (e) => inFlight.add(e.requestId));
  cdp.on('Network.loadingFinished', (e) => {
    inFlight.delete(e.requestId);
    bytes += e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => inFlight.delete(e.requestId));
  return {
    /** Bytes since the last call, once the network has been quiet for a moment. */
    async take(): Promise<number> {
      const until = Date.now() + 5_000;
      let quietSince = Date.now();
      while (Date.now() < until) {
        await new Promise((ok) => setTimeout(ok, 10));
        if (inFlight.size > 0) quietSince = Date.now();
        else if (Date.now() - quietSince >= 50) break;
      }
      const taken = bytes;
      bytes = 0;
      return taken;
    },
    /** Stop watching. */
    stop: () => cdp.detach(),
  };
}

/** Record, inside every document the page opens, the moment the search results first turn done. */
async function recordDone(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-search-results][data-state="done"]')) {
        window.__xuexiDoneAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  });
}

/** Open `/search/?q=…` and wait for its results: ms from navigation start (a MutationObserver in the page saw them). */
async function openWithQuery(page: Page, siteUrl: string, query: string): Promise<number> {
  await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, siteUrl).href, { waitUntil: 'commit' });
  await page.locator('[data-search-results][data-state="done"]').waitFor({ state: 'attached', timeout: 60_000 });
  const doneAt = await page.evaluate(() => window.__xuexiDoneAt ?? performance.now());
  await page.waitForLoadState('load');
  return doneAt;
}

/**
 * Do what a member does on the loaded search page — type the query into the box (an `input`
 * event) and press Enter (submit) — and time, inside the page, from the submit to the results
 * turning `data-state="done"` (a MutationObserver: Playwright's polling adds nothing).
 */
export function timeQueryInPage(query: string): Promise<TimedQuery> {
  return new Promise<TimedQuery>((resolve, reject) => {
    const form = document.querySelector<HTMLFormElement>('[data-search-form]');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    const results = document.querySelector<HTMLElement>('[data-search-results]');
    if (!form || !input || !results) return reject(new Error('搜索页缺少表单或结果区'));
    let start = 0;
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`查询「${query}」60 秒内没有结果`));
    }, 60_000);
    const observer = new MutationObserver(() => {
      const state = results.dataset.state;
      if (state !== 'done' && state !== 'error') return;
      const end = performance.now();
      observer.disconnect();
      clearTimeout(timeout);
      if (state === 'error') reject(new Error(`查询「${query}」出错`));
      else resolve({ ms: end - start, shown: results.querySelectorAll('.search-result').length });
    });
    input.focus();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // Only now: the input event itself marks the old results stale ("loading").
    observer.observe(results, { attributes: true, attributeFilter: ['data-state'] });
    // This query's requests alone will be in the Resource Timing buffer (see `transferredInPage`).
    performance.clearResourceTimings();
    start = performance.now();
    form.requestSubmit();
  });
}

/**
 * Bytes the page fetched since the last `timeQueryInPage` (Resource Timing's `transferSize`:
 * headers and body; 0 for what came from the cache), once no new request has finished for 50 ms.
 */
export function transferredInPage(): Promise<number> {
  return new Promise<number>((resolve) => {
    let seen = -1;
    const check = () => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      if (entries.length === seen) resolve(entries.reduce((sum, e) => sum + e.transferSize, 0));
      else {
        seen = entries.length;
        setTimeout(check, 50);
      }
    };
    check();
  });
}

/**
 * Measure search on a served site, in three steps:
 * 1. open `/search/?q=<first query>` with a cold cache: its time and bytes are the first query's,
 *    and it loads the search runtime (the warm-up);
 * 2. on that page, type each later query and submit: the median and 95th percentile, and the
 *    bytes of each query — nothing but the page's own code runs between submit and results;
 * 3. in a second cold browser context, open `/search/?q=…` for every query in turn (the
 *    measurement before this one: page load included).
 */
export async function measureSearch(browser: Browser, siteUrl: string, queries: readonly string[]): Promise<SearchFigures> {
  if (queries.length < 2) throw new Error('measureSearch: 至少需要 2 个查询（1 个预热）');
  const warm = await browser.newContext(CONTEXT);
  let firstQueryMs: number;
  let firstQueryBytes: number;
  const times: number[] = [];
  const transferred: number[] = [];
  try {
    const page = await warm.newPage();
    await recordDone(page);
    const network = await watchNetwork(page);
    firstQueryMs = await openWithQuery(page, siteUrl, queries[0]!);
    firstQueryBytes = await network.take();
    await network.stop();
    await page.evaluate(() => performance.setResourceTimingBufferSize(10_000));
    for (const query of queries.slice(1)) {
      const timed = await page.evaluate(timeQueryInPage, query);
      if (timed.shown === 0) throw new Error(`查询「${query}」没有结果：测量的不是结果显示`);
      times.push(timed.ms);
      transferred.push(await page.evaluate(transferredInPage));
    }
  } finally {
    await warm.close();
  }

  const cold = await browser.newContext(CONTEXT);
  const loads: number[] = [];
  try {
    const page = await cold.newPage();
    await recordDone(page);
    for (const query of queries) loads.push(await openWithQuery(page, siteUrl, query));
  } finally {
    await cold.close();
  }

  return {
    medianMs: median(times),
    p95Ms: percentile(times, 95),
    timed: times.length,
    firstQueryMs,
    firstQueryBytes,
    laterQueryBytes: median(transferred),
    pageLoad: { medianMs: median(loads), p95Ms: percentile(loads, 95) },
  };
}
