/**
 * The 离线学习 download: every file of the site (from `offline/files-*.json`) into the service
 * worker's caches, skipping what is already there, so an interrupted or repeated download only
 * fetches what is missing, then dropping copies the current site no longer has.
 */
import { CACHES, OFFLINE_SUMMARY, cacheKindOf, type OfflineFile, type OfflineSummary } from '../../offline/cache-names.ts';

/** Progress of a download, in bytes of the listed sizes. */
export interface DownloadProgress {
  done: number;
  total: number;
  files: number;
  count: number;
}

/** Byte counts as members read them: `820 KB`, `45.3 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A file to fetch: absolute cache key and its cache. */
export interface PlannedFile {
  url: string;
  size: number;
  cache: string;
}

/** Files to store (precached ones are the worker's own business), with their caches. */
export function planDownload(list: readonly OfflineFile[], origin: string, base: string): PlannedFile[] {
  return list.filter(([, , precached]) => precached === 0).map(([url, size]) => ({ url: `${origin}${base}${url}`, size, cache: CACHES[cacheKindOf(url)] }));
}

async function getJson(base: string, path: string): Promise<unknown> {
  const response = await fetch(`${base}${path}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${response.status} ${path}`);
  return response.json();
}

/** The current build's summary (a few bytes; never from a cache). */
export async function loadSummary(base: string): Promise<OfflineSummary> {
  return (await getJson(base, OFFLINE_SUMMARY)) as OfflineSummary;
}

/** The summary's file list (large on a big site: fetched only to download). */
export async function loadFileList(base: string, summary: OfflineSummary): Promise<OfflineFile[]> {
  return (await getJson(base, summary.files)) as OfflineFile[];
}

/** Store every planned file not yet cached; `onProgress` after each file. */
export async function download(files: readonly PlannedFile[], onProgress: (p: DownloadProgress) => void, signal: AbortSignal): Promise<void> {
  const total = files.reduce((s, f) => s + f.size, 0);
  const progress: DownloadProgress = { done: 0, total, files: 0, count: files.length };
  const opened = new Map<string, Cache>();
  const cacheFor = async (name: string) => {
    let c = opened.get(name);
    if (!c) opened.set(name, (c = await caches.open(name)));
    return c;
  };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      if (signal.aborted) throw new DOMException('已取消', 'AbortError');
      const file = files[next++]!;
      const cache = await cacheFor(file.cache);
      if (!(await cache.match(file.url))) {
        const response = await fetch(file.url, { headers: { 'x-xuexi-offline': '1' }, signal });
        if (!response.ok) throw new Error(`${response.status} ${file.url}`);
        await cache.put(file.url, response);
      }
      progress.done += file.size;
      progress.files++;
      onProgress(progress);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

/** Remove cached copies of files the current site no longer has (old versions). */
export async function pruneCaches(files: readonly PlannedFile[], origin: string, base: string): Promise<void> {
  const keep = new Set(files.map((f) => f.url));
  for (const name of Object.values(CACHES)) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (url.origin === origin && url.pathname.startsWith(base) && !keep.has(`${url.origin}${url.pathname}`)) await cache.delete(request);
    }
  }
}

/** Forget the offline copy: empty the runtime caches (the precached shell stays). */
export async function removeDownload(): Promise<void> {
  for (const name of Object.values(CACHES)) await caches.delete(name);
}
