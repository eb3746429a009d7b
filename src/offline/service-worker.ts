import { generateSW, type ManifestEntry, type RuntimeCaching } from 'workbox-build';
import { CACHES } from './cache-names.ts';

/** What the service worker precaches: paths relative to the site folder, with revisions. */
export interface PrecacheEntry {
  path: string;
  /** Content hash; null for files whose names already carry one. */
  revision: string | null;
}

/**
 * Requests from the 离线学习 control carry this header: the control stores responses itself, so
 * the worker's routes stay out of its way (and nothing is stored twice). Matchers below spell
 * it out because they are copied into the worker as source text.
 */
export const BYPASS_HEADER = 'x-xuexi-offline';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Runtime routes, in order. Matchers and plugins are copied into the worker as source text, so
 * they may not refer to anything outside themselves; the base goes in as a RegExp literal.
 */
function runtimeCaching(base: string): RuntimeCaching[] {
  const search = new RegExp(`^[^?#]*${escapeRegExp(base)}(pagefind\\/(index|filter|fragment)\\/|ngram\\/[0-9a-f]+\\/)`);
  const offline = new RegExp(`^[^?#]*${escapeRegExp(base)}offline\\/`);
  // A real function whose source holds the RegExp literal, for Workbox to copy.
  const searchMatcher = new Function('{ url, request }', `return ${search.toString()}.test(url.href) && !request.headers.has('x-xuexi-offline');`) as RuntimeCaching['urlPattern'];
  return [
    {
      // Pages: network first (members see updates when online), the copy on this device when
      // offline or on a slow network; a page never saved gets the offline page. `?hl=` (search
      // highlighting) does not make a new copy.
      urlPattern: ({ request }) => request.mode === 'navigate' && !request.headers.has('x-xuexi-offline'),
      handler: 'NetworkFirst',
      options: {
        cacheName: CACHES.pages,
        networkTimeoutSeconds: 6,
        plugins: [
          {
            cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
              const url = new URL(request.url);
              url.search = '';
              url.hash = '';
              return url.href;
            },
          },
        ],
        precacheFallback: { fallbackURL: `${base}offline.html` },
      },
    },
    {
      // Search index files named by content hash: fetched once, never change.
      urlPattern: searchMatcher,
      handler: 'CacheFirst',
      options: { cacheName: CACHES.search, cacheableResponse: { statuses: [200] } },
    },
    {
      // The offline bundle's summary and file list must be current.
      urlPattern: offline,
      handler: 'NetworkOnly',
    },
    {
      urlPattern: ({ sameOrigin, request }) => sameOrigin && !request.headers.has('x-xuexi-offline'),
      handler: 'StaleWhileRevalidate',
      options: { cacheName: CACHES.assets, cacheableResponse: { statuses: [200] } },
    },
  ];
}

/**
 * Write `sw.js` with Workbox's generateSW: precache the shell (given), runtime caching for the
 * rest, an update that waits for the member's 刷新 (SKIP_WAITING message), same output for the
 * same input (revisions are content hashes; no timestamps).
 */
export async function writeServiceWorker(siteDir: string, base: string, precache: PrecacheEntry[]): Promise<{ count: number; size: number }> {
  const entries: ManifestEntry[] = precache.map((p) => ({ url: p.path, revision: p.revision }));
  const result = await generateSW({
    swDest: `${siteDir}/sw.js`,
    globDirectory: siteDir,
    globPatterns: [],
    additionalManifestEntries: entries,
    runtimeCaching: runtimeCaching(base),
    cacheId: 'xuexi',
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Precached pages and index files are looked up whatever their query (`?q=`, `?ts=`…).
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    disableDevLogs: true,
  });
  return { count: result.count, size: result.size };
}
