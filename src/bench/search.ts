import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { startPreview } from '../cli/preview.ts';
import { measureSearch as ownMeasureSearch, type SearchFigures } from './measure-search.ts';

type Measure = (page: Page, siteUrl: string, queries: string[]) => Promise<SearchFigures>;

/** Search figures plus which measurement produced them. */
export interface SearchResult extends SearchFigures {
  queries: number;
  measuredBy: string;
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The search helper's shared measurement when it exists, else the benchmark's own. */
async function loadMeasure(projectRoot: string): Promise<{ measure: Measure; by: string }> {
  const shared = join(projectRoot, 'tests/support/measure-search.ts');
  if (existsSync(shared)) {
    // A computed specifier: the file is another helper's and may not exist when this compiles.
    const mod = (await import(pathToFileURL(shared).href)) as { measureSearch?: Measure };
    if (typeof mod.measureSearch === 'function') return { measure: mod.measureSearch, by: 'tests/support/measure-search.ts' };
  }
  return { measure: ownMeasureSearch, by: 'src/bench/measure-search.ts' };
}

/**
 * Serve a built site on 127.0.0.1 and measure search in Chromium. Service workers are blocked
 * so that precaching does not count as search traffic.
 */
export async function measureSiteSearch(siteDir: string, queries: string[], projectRoot: string): Promise<SearchResult> {
  const { measure, by } = await loadMeasure(projectRoot);
  const server = await startPreview({ dir: siteDir, port: 0 });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
    const page = await context.newPage();
    const figures = await measure(page, `http://127.0.0.1:${port}/`, queries);
    return { ...figures, queries: queries.length, measuredBy: by };
  } finally {
    await browser.close();
    server.close();
  }
}
