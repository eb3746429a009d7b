import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { OFFLINE_SUMMARY, urlOfPath, type OfflineFile, type OfflineSummary } from './cache-names.ts';
import { iconFiles, type IconFile } from './icons.ts';
import { offlinePage } from './offline-page.ts';
import { prepareServiceWorker, writeServiceWorker, type PrecacheEntry, type ServiceWorkerTemplate } from './service-worker.ts';
import { hashSiteFiles, listSiteFiles, siteVersion, type HashCache, type SiteFile } from './site-files.ts';
import { webManifest } from './web-manifest.ts';

export type { HashCache } from './site-files.ts';
export { prepareServiceWorker, type ServiceWorkerTemplate } from './service-worker.ts';
export { iconFiles, type IconFile } from './icons.ts';
export { CACHES, cacheKindOf, urlOfPath, OFFLINE_SUMMARY, type OfflineFile, type OfflineSummary, type CacheKind } from './cache-names.ts';

/** Options of `writeOffline`. */
export interface OfflineOptions {
  /** Deployment base (`/`, `/xuexi/`). */
  base: string;
  /**
   * Precache the whole search index (so any query works offline after the first visit) when it
   * is at most this many bytes; larger indexes are cached as used or by 离线学习. @default 1500000
   */
  precacheIndexLimit?: number;
  /** Hashes taken earlier by `prehashSite` (reused for unchanged files). */
  hashes?: HashCache;
  /** The worker built ahead of time by `prepareServiceWorker(base)`. */
  serviceWorker?: ServiceWorkerTemplate;
  /** The icons rendered ahead of time by `iconFiles()` (the same for every site). */
  icons?: IconFile[];
}

/** What `writeOffline` wrote. */
export interface OfflineReport {
  /** Site version (content hash over every file). */
  version: string;
  /** Files and bytes of a full offline download. */
  files: number;
  bytes: number;
  /** Files and bytes the service worker precaches on the first visit. */
  precached: number;
  precachedBytes: number;
  /** Every file of the bundle (path, size, hash), by path: what the next incremental build checks its reuse against. */
  listed: SiteFile[];
}

// Files whose names carry a content hash: precached without a revision.
const HASHED = /^(_astro\/|pagefind\/(s\d+\/)?(index|filter|fragment)\/|pagefind\/(s\d+\/)?pagefind\.[^/]+\.pf_meta$|ngram\/[0-9a-f]+\/)/;
// The app shell: precached on the first visit.
// The record and review pages are part of it: a member's own study must work offline from the start.
const SHELL = /^(index\.html|search\/index\.html|record\/index\.html|review\/index\.html|offline\.html|manifest\.webmanifest|favicon\.svg|icons\/[^/]+|_astro\/[^/]+\.(js|css)|pagefind\/pagefind\.js|pagefind\/(s\d+\/)?pagefind-entry\.json|pagefind\/wasm\.[^/]+\.pagefind|pagefind\/(s\d+\/)?pagefind\.[^/]+\.pf_meta|ngram\/meta\.json)$/;
// The search index proper (chunks, fragments, helper index).
const INDEX = /^(pagefind\/(s\d+\/)?(index|filter|fragment)\/|ngram\/[0-9a-f]+\/)/;
// Not part of the offline bundle: the worker itself and the bundle's own description.
const NOT_BUNDLED = (path: string) => path === 'sw.js' || path.startsWith('offline/') || /^workbox-[^/]+\.js$/.test(path);

function normalizeBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

async function put(siteDir: string, path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(join(siteDir, path)), { recursive: true });
  await writeFile(join(siteDir, path), content);
}

/**
 * Hash the site's files written so far (not the search index, rewritten later), for
 * `writeOffline({ hashes })`: the build runs this while Pagefind writes its index. Hashes in
 * `known` (an earlier build's) are reused for files whose size and modification time match.
 */
export function prehashSite(siteDir: string, known?: HashCache): Promise<HashCache> {
  return hashSiteFiles(siteDir, (path) => NOT_BUNDLED(path) || /^(pagefind|ngram)\//.test(path), known);
}

/** The files the service worker precaches, with revisions. */
export function choosePrecache(files: readonly SiteFile[], version: string, indexLimit: number): PrecacheEntry[] {
  const indexBytes = files.filter((f) => INDEX.test(f.path)).reduce((sum, f) => sum + f.size, 0);
  const withIndex = indexBytes <= indexLimit;
  return files
    .filter((f) => SHELL.test(f.path) || (withIndex && INDEX.test(f.path)))
    .map((f) => ({
      path: f.path,
      // offline.html carries the site version, so any change to the site changes the worker
      // and members are told a newer version is available.
      revision: f.path === 'offline.html' ? `${f.hash}-${version}` : HASHED.test(f.path) ? null : f.hash,
    }));
}

/**
 * Make the built site work offline: web app manifest and icons, the offline page, the list of
 * every file with sizes for the 离线学习 download (`offline/`), and a Workbox service worker
 * (`sw.js`). Run last, after the search index and data files are written. Same site in, same
 * bytes out.
 */
export async function writeOffline(siteDir: string, opts: OfflineOptions): Promise<OfflineReport> {
  const base = normalizeBase(opts.base);
  await rm(join(siteDir, 'offline'), { recursive: true, force: true });
  await rm(join(siteDir, 'sw.js'), { force: true });

  const icons = opts.icons ?? iconFiles();
  for (const icon of icons) await put(siteDir, icon.path, icon.content);
  const manifestIcons = [
    { src: `${base}icons/icon.svg`, sizes: 'any', type: 'image/svg+xml' },
    ...icons.filter((i) => !i.path.includes('apple')).map((i) => ({ src: `${base}${i.path}`, sizes: i.sizes, type: 'image/png', ...(i.purpose ? { purpose: i.purpose } : {}) })),
  ];
  await put(siteDir, 'manifest.webmanifest', webManifest(base, manifestIcons));
  await put(siteDir, 'offline.html', offlinePage(base));

  const files = await listSiteFiles(siteDir, NOT_BUNDLED, opts.hashes);
  const version = siteVersion(files);
  const precache = choosePrecache(files, version, opts.precacheIndexLimit ?? 1_500_000);
  const precached = new Set(precache.map((p) => p.path));
  const list: OfflineFile[] = files.map((f) => [urlOfPath(f.path), f.size, precached.has(f.path) ? 1 : 0]);
  const listJson = JSON.stringify(list);
  const listPath = `offline/files-${createHash('sha256').update(listJson).digest('hex').slice(0, 16)}.json`;
  await put(siteDir, listPath, listJson);
  const summary: OfflineSummary = { version, total: files.reduce((s, f) => s + f.size, 0), count: files.length, files: listPath };
  await put(siteDir, OFFLINE_SUMMARY, JSON.stringify(summary));

  await writeServiceWorker(siteDir, base, precache, opts.serviceWorker);
  const precachedBytes = files.filter((f) => precached.has(f.path)).reduce((s, f) => s + f.size, 0);
  return { version, files: files.length, bytes: summary.total, precached: precache.length, precachedBytes, listed: files };
}
