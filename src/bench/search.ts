import { chromium } from '@playwright/test';
import { startPreview } from '../cli/preview.ts';
import { measureSearch, type SearchFigures } from './measure-search.ts';

/** Search figures plus the number of queries drawn. */
export interface SearchResult extends SearchFigures {
  queries: number;
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Serve a built site on 127.0.0.1 and measure search in Chromium (see `measureSearch`: the
 * first query opens the page cold, the others are typed on the loaded page).
 */
export async function measureSiteSearch(siteDir: string, queries: string[]): Promise<SearchResult> {
  const server = await startPreview({ dir: siteDir, port: 0 });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const figures = await measureSearch(browser, `http://127.0.0.1:${port}/`, queries);
    return { ...figures, queries: queries.length };
  } finally {
    await browser.close();
    server.close();
  }
}
