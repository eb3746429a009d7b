import { test, expect, type Page } from '@playwright/test';
import { siteUrl } from '../support/sites.ts';

const base = () => siteUrl('sample');

/**
 * Cumulative layout shift as Lighthouse and Chrome report it: the largest session window of
 * layout shifts not caused by input (shifts under 1 s apart, a window at most 5 s long).
 */
async function measureCls(page: Page, url: string): Promise<number> {
  await page.addInitScript(() => {
    if ((window as unknown as { __shifts?: unknown }).__shifts) return;
    const w = window as unknown as { __shifts: { value: number; startTime: number }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; startTime: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) w.__shifts.push({ value: entry.value, startTime: entry.startTime });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // A phone on a slow network: the page paints before its scripts arrive, as Lighthouse's mobile run sees it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Islands run after load and may fetch: give them time to insert what they insert.
  await page.waitForTimeout(1500);
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; startTime: number }[] }).__shifts);
  let best = 0;
  let current = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of shifts) {
    if (s.startTime - last > 1000 || s.startTime - start > 5000) {
      current = 0;
      start = s.startTime;
    }
    current += s.value;
    last = s.startTime;
    best = Math.max(best, current);
  }
  return best;
}

/**
 * The lesson pages where a shift would show: the shortest with a quiz and the shortest without
 * one (their end, where islands insert their parts, is on the first screen), and the longest.
 */
async function lessonPages(page: Page): Promise<string[]> {
  const lessons = (await (await page.request.get(`${base()}data/lessons.json`)).json()) as { id: string; text: string }[];
  const quizzed = new Set(((await (await page.request.get(`${base()}data/quiz.json`)).json()) as { source: { lessonId: string } }[]).map((q) => q.source.lessonId));
  const bySize = lessons.slice().sort((a, b) => a.text.length - b.text.length);
  const picks = [bySize.find((l) => quizzed.has(l.id))!, bySize.find((l) => !quizzed.has(l.id))!, bySize.at(-1)!];
  return picks.map((l) => `lessons/${l.id}/`);
}

// Throttled loads of several pages take long on a busy machine: these tests get three times the time.
test.describe.configure({ timeout: 120_000 });

// Lighthouse's mobile viewport, and a narrow phone.
for (const viewport of [{ width: 412, height: 823 }, { width: 375, height: 667 }]) {
  test(`layout shift on lesson pages stays at most 0.05 at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const path of await lessonPages(page)) {
      const cls = await measureCls(page, `${base()}${path}`);
      expect(cls, `CLS of /${path}`).toBeLessThanOrEqual(0.05);
    }
  });
  for (const path of ['search/?q=党建', 'search/?q=%22三会一课%22', 'search/']) {
    test(`layout shift on /${path} stays at most 0.05 at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      expect(await measureCls(page, `${base()}${path}`)).toBeLessThanOrEqual(0.05);
    });
  }
}
