import { chromium } from '@playwright/test';
import { startPreview } from '../cli/preview.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../shared/chromium.ts';
import { measureSearch, type SearchFigures } from './measure-search.ts';

/** Search figures plus the number of queries drawn. */
export interface SearchResult extends SearchFigures {
  queries: number;
}

/**
 * Serve a built site on 127.0.0.1 and measure search in Chromium (see `measureSearch`: the
 * first query opens the page cold, the others are typed on the loaded page).
 */
export async function measureSiteSearch(siteDir: string, queries: string[]): Promise<SearchResult> {
  // Before the server starts: a missing browser is a one-line error, not a server left listening.
  const executablePath = chromiumPath();
  const server = await startPreview({ dir: siteDir, port: 0 });
  try {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      const figures = await measureSearch(browser, `http://127.0.0.1:${port}/`, queries);
      return { ...figures, queries: queries.length };
    } finally {
      await browser.close();
    }
  } finally {
    server.close();
  }
}
