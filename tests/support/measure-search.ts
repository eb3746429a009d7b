import type { Page, Request } from '@playwright/test';

/** Search speed and transfer, as a member's browser sees them. */
export interface SearchMeasurement {
  /** Median and 95th percentile of the time from query to `data-state="done"`, in ms. */
  medianMs: number;
  p95Ms: number;
  /**
   * Bytes transferred for the first query: opening `/search/?q=<first query>` (the header
   * form's target) until its results are on screen — page, scripts, search runtime, index and
   * result fragments.
   */
  firstQueryBytes: number;
  /** Median bytes transferred by each later query typed on the same page. */
  laterQueryBytes: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Run `queries` on a served site's search page and measure them. The first query opens the
 * page with `?q=` (its time runs from navigation start); later ones are submitted in the page.
 * Use a fresh browser context with `serviceWorkers: 'block'` so that caches and the service
 * worker's precaching do not distort the figures.
 */
export async function measureSearch(page: Page, siteUrl: string, queries: readonly string[]): Promise<SearchMeasurement> {
  if (queries.length === 0) throw new Error('measureSearch: no queries');
  const base = siteUrl.replace(/\/?$/, '/');
  const pending: Promise<number>[] = [];
  const onFinished = (request: Request) => {
    pending.push(
      request.sizes().then(
        (s) => s.responseBodySize + s.responseHeadersSize,
        () => 0,
      ),
    );
  };
  const takeBytes = async () => {
    const sizes = await Promise.all(pending.splice(0));
    return sizes.reduce((a, b) => a + b, 0);
  };
  page.on('requestfinished', onFinished);
  try {
    const times: number[] = [];
    const laterBytes: number[] = [];

    await page.goto(`${base}search/?q=${encodeURIComponent(queries[0]!)}`);
    // performance.now() counts from navigation start.
    const firstMs = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const results = document.querySelector<HTMLElement>('[data-search-results]');
          if (!results) return reject(new Error('no [data-search-results] on the search page'));
          const check = () => {
            const state = results.dataset.state;
            if (state === 'done') resolve(performance.now());
            else if (state === 'error') reject(new Error('search failed'));
            else return false;
            return true;
          };
          if (check()) return;
          const observer = new MutationObserver(() => check() && observer.disconnect());
          observer.observe(results, { attributes: true, attributeFilter: ['data-state'] });
        }),
    );
    times.push(firstMs);
    // Every fetch a search needs has finished when it is done; let their events arrive.
    await page.waitForTimeout(200);
    const firstQueryBytes = await takeBytes();

    for (const query of queries.slice(1)) {
      const ms = await page.evaluate(
        (q) =>
          new Promise<number>((resolve, reject) => {
            const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
            const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
            const results = document.querySelector<HTMLElement>('[data-search-results]')!;
            input.value = q;
            const start = performance.now();
            const observer = new MutationObserver(() => {
              const state = results.dataset.state;
              if (state === 'done' || state === 'error') {
                observer.disconnect();
                if (state === 'done') resolve(performance.now() - start);
                else reject(new Error(`search failed for ${q}`));
              }
            });
            observer.observe(results, { attributes: true, attributeFilter: ['data-state'] });
            form.requestSubmit();
          }),
        query,
      );
      times.push(ms);
      await page.waitForTimeout(200);
      laterBytes.push(await takeBytes());
    }
    const sortedTimes = [...times].sort((a, b) => a - b);
    const sortedBytes = [...laterBytes].sort((a, b) => a - b);
    return {
      medianMs: Math.round(percentile(sortedTimes, 50)),
      p95Ms: Math.round(percentile(sortedTimes, 95)),
      firstQueryBytes,
      laterQueryBytes: Math.round(percentile(sortedBytes, 50)),
    };
  } finally {
    page.off('requestfinished', onFinished);
  }
}
