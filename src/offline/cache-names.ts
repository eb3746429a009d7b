/**
 * Names shared by the service worker (generated at build time) and the pages that fill its
 * caches (the 离线学习 control). Pure: imported by both sides.
 */

/** Runtime caches, by what they hold. */
export const CACHES = {
  /** HTML pages (network first, so members see updates when online). */
  pages: 'xuexi-pages',
  /** Search index files with content-hashed names (cache first: they never change). */
  search: 'xuexi-search',
  /** Everything else fetched from the site (stale-while-revalidate). */
  assets: 'xuexi-assets',
} as const;

export type CacheKind = keyof typeof CACHES;

/** Where the offline files list and summary live, relative to the base. */
export const OFFLINE_SUMMARY = 'offline/summary.json';

/** `offline/summary.json`: the current build's offline bundle. */
export interface OfflineSummary {
  /** Content hash of every file: changes whenever anything changes. */
  version: string;
  /** Bytes of all files a full download holds (precached ones included). */
  total: number;
  /** Number of files. */
  count: number;
  /** The files list, relative to the base: `offline/files-<hash>.json`. */
  files: string;
}

/** One file of the offline bundle: URL relative to the base, size, and 1 when precached. */
export type OfflineFile = [url: string, size: number, precached: 0 | 1];

// Search index files whose names are content hashes: Pagefind's chunks and fragments, and the
// versioned folder of the exact-match index.
const HASHED_SEARCH = /^(pagefind\/(s\d+\/)?(index|filter|fragment)\/|ngram\/[0-9a-f]+\/)/;

/** The runtime cache a site file belongs in (its path relative to the base, `/` separated). */
export function cacheKindOf(path: string): CacheKind {
  if (path === '' || path.endsWith('/') || path.endsWith('.html')) return 'pages';
  if (HASHED_SEARCH.test(path)) return 'search';
  return 'assets';
}

/** The URL a member uses for a built file: `lessons/x/index.html` → `lessons/x/`. */
export function urlOfPath(path: string): string {
  return path.replace(/(^|\/)index\.html$/, '$1');
}
