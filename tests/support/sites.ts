import { resolve } from 'node:path';

/** A site the end-to-end tests build: its content, deployment base and, if forced, search shards. */
interface SiteSpec {
  content: string;
  base: string;
  /** `--search-shards`: split the Pagefind index as a large site's would be. */
  shards?: number;
  /** `--site`: the public origin share cards and the feed point at. */
  site?: string;
}

/** The sites the end-to-end tests build and serve; each gets its own OS-assigned port. */
export const SITES = {
  /** The bundled sample content, as a member sees it. */
  sample: { content: 'content', base: '/' },
  /** The sample content deployed under a sub-path, at a public origin of its own. */
  subpath: { content: 'content', base: '/xuexi/', site: 'https://xuexi.example.org' },
  /** Hostile sources: raw HTML, scripts, event handlers. */
  hostile: { content: 'tests/fixtures/sites/hostile', base: '/' },
  /** Two sources that share a formulation. */
  shared: { content: 'tests/fixtures/sites/shared-formulation', base: '/' },
  /**
   * Search traps: a phrase split by quotation marks, 党的建设 without 党建, many pages with 度;
   * its index is split in two bundles, as a large site's is, so the merged search is tested.
   */
  search: { content: 'tests/fixtures/sites/search', base: '/', shards: 2 },
} as const satisfies Record<string, SiteSpec>;

export type SiteName = keyof typeof SITES;

/** Where a site is built. */
export function siteDir(name: SiteName): string {
  return resolve('.cache/e2e', name);
}

/** The URL the global setup served a site on (set in the environment for the workers). */
export function siteUrl(name: SiteName): string {
  const url = process.env[`XUEXI_E2E_${name.toUpperCase()}`];
  if (!url) throw new Error(`site ${name} was not started by the global setup`);
  return url;
}
