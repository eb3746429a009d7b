import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  const search = new RegExp(`^[^?#]*${escapeRegExp(base)}(pagefind\\/(s\\d+\\/)?(index|filter|fragment)\\/|ngram\\/[0-9a-f]+\\/)`);
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

// Stands for the precache list in a worker built ahead of time (`prepareServiceWorker`).
const PLACEHOLDER = '__XUEXI_PRECACHE__';
const PLACEHOLDER_LIST = /\[\{\s*"?url"?\s*:\s*"__XUEXI_PRECACHE__"\s*,\s*"?revision"?\s*:\s*null\s*\}\]/g;

/** A worker built by Workbox for a base, its precache list still to be filled in. */
export interface ServiceWorkerTemplate {
  base: string;
  source: string;
}

async function generate(siteDir: string, base: string, entries: ManifestEntry[]): Promise<void> {
  await generateSW({
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
}

/**
 * Build the worker for `base` with a stand-in precache list. Workbox spends about two seconds
 * bundling and minifying its runtime whatever the site; the build does this while Pagefind
 * writes its index, and `writeServiceWorker` then only fills in the list.
 */
export async function prepareServiceWorker(base: string): Promise<ServiceWorkerTemplate> {
  const dir = await mkdtemp(join(tmpdir(), 'xuexi-sw-'));
  try {
    await generate(dir, base, [{ url: PLACEHOLDER, revision: null }]);
    return { base, source: await readFile(join(dir, 'sw.js'), 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Write `sw.js` with Workbox's generateSW: precache the shell (given), runtime caching for the
 * rest, an update that waits for the member's 刷新 (SKIP_WAITING message), same output for the
 * same input (revisions are content hashes; no timestamps). With a `template` for the same base
 * (from `prepareServiceWorker`) the list is filled into it instead of bundling again.
 */
export async function writeServiceWorker(siteDir: string, base: string, precache: PrecacheEntry[], template?: ServiceWorkerTemplate): Promise<{ count: number }> {
  const entries: ManifestEntry[] = precache.map((p) => ({ url: p.path, revision: p.revision }));
  const source = template?.base === base ? template.source : undefined;
  // Fill in only when the stand-in appears exactly once as Workbox wrote it; otherwise bundle.
  if (source !== undefined && (source.match(PLACEHOLDER_LIST) ?? []).length === 1 && source.split(PLACEHOLDER).length === 2) {
    const list = JSON.stringify(entries.map((e) => ({ url: e.url, revision: e.revision ?? null })));
    await writeFile(join(siteDir, 'sw.js'), source.replace(PLACEHOLDER_LIST, () => list));
  } else {
    await generate(siteDir, base, entries);
  }
  return { count: entries.length };
}
