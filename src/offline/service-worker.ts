import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Workbox (with Babel, Rollup and Terser) is loaded only when a worker must be bundled: most
// builds reuse the cached one, and loading it costs ~0.4 s before the build can start.
import type { ManifestEntry, RuntimeCaching } from 'workbox-build';
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
  const { generateSW } = await import('workbox-build');
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
 * Build the worker for `base` with a stand-in precache list. Workbox spends two to three seconds
 * of CPU bundling and minifying its runtime whatever the site, so the result is kept in
 * `cacheDir` (when given) under a key of everything it depends on — the base, this module's
 * source (its Workbox options) and Workbox's version — and later builds reuse it;
 * `writeServiceWorker` then only fills in the list.
 */
export async function prepareServiceWorker(base: string, cacheDir?: string): Promise<ServiceWorkerTemplate> {
  const cached = cacheDir === undefined ? undefined : join(cacheDir, `sw-${await templateKey(base)}.js`);
  if (cached) {
    const source = await readFile(cached, 'utf8').catch(() => undefined);
    if (source !== undefined && source.split(PLACEHOLDER).length === 2) return { base, source };
  }
  const dir = await mkdtemp(join(tmpdir(), 'xuexi-sw-'));
  try {
    await generate(dir, base, [{ url: PLACEHOLDER, revision: null }]);
    const source = await readFile(join(dir, 'sw.js'), 'utf8');
    if (cached) {
      // Written beside and renamed: a build running at the same time never reads half a file.
      await mkdir(cacheDir!, { recursive: true });
      await writeFile(`${cached}.${process.pid}`, source);
      await rename(`${cached}.${process.pid}`, cached);
    }
    return { base, source };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function templateKey(base: string): Promise<string> {
  const workbox = createRequire(import.meta.url)('workbox-build/package.json') as { version: string };
  const own = await readFile(fileURLToPath(import.meta.url));
  return createHash('sha256').update(JSON.stringify([base, workbox.version])).update(own).digest('hex').slice(0, 16);
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
