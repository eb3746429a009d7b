import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** A file of the built site. */
export interface SiteFile {
  /** Path relative to the site folder, `/` separated. */
  path: string;
  size: number;
  /** First 16 hex digits of its SHA-256. */
  hash: string;
}

/**
 * Hashes taken earlier, reused for files whose size and modification time (and inode, when
 * known: a file linked in from elsewhere can share a size and a coarse time with the one that
 * was there) have not changed.
 */
export type HashCache = Map<string, { size: number; mtimeMs: number; ino?: number; hash: string }>;

/** The file `info` describes is the one `known` was taken from. */
function unchanged(info: { size: number; mtimeMs: number; ino: number }, known: { size: number; mtimeMs: number; ino?: number }): boolean {
  return info.size === known.size && info.mtimeMs === known.mtimeMs && (known.ino === undefined || known.ino === info.ino);
}

// Files are read a few at a time: one by one, the build waits on each read in turn.
const PARALLEL_READS = 8;

async function paths(siteDir: string, skip: (path: string) => boolean): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(siteDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((p) => !skip(p))
    .sort();
}

async function mapParallel<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, items.length) }, worker));
  return out;
}

async function hashFile(siteDir: string, path: string, cache?: HashCache): Promise<SiteFile> {
  const file = join(siteDir, path);
  if (cache) {
    const known = cache.get(path);
    if (known) {
      // Synchronous: for a site of reused files this is all the work, and the thread pool's round trips would be most of it.
      const info = statSync(file);
      if (unchanged(info, known)) return { path, size: known.size, hash: known.hash };
    }
  }
  const content = await readFile(file);
  return { path, size: content.byteLength, hash: createHash('sha256').update(content).digest('hex').slice(0, 16) };
}

/**
 * Every file under `siteDir` except those `skip` rejects, sorted by path. Hashes in `cache`
 * (from `hashSiteFiles`) are reused when a file's size and modification time are unchanged.
 */
export async function listSiteFiles(siteDir: string, skip: (path: string) => boolean = () => false, cache?: HashCache): Promise<SiteFile[]> {
  return mapParallel(await paths(siteDir, skip), (path) => hashFile(siteDir, path, cache));
}

/**
 * Hash the files already in `siteDir` (except those `skip` rejects) ahead of `writeOffline`, e.g.
 * while the search indexer, in its own process, is still writing: the build does not wait for
 * the bulk of the hashing afterwards. Hashes in `known` are reused as `listSiteFiles` does.
 */
export async function hashSiteFiles(siteDir: string, skip: (path: string) => boolean = () => false, known?: HashCache): Promise<HashCache> {
  const cache: HashCache = new Map();
  await mapParallel(await paths(siteDir, skip), async (path) => {
    const file = join(siteDir, path);
    const before = statSync(file);
    const hit = known?.get(path);
    if (hit && unchanged(before, hit)) {
      cache.set(path, hit);
      return;
    }
    const { size, hash } = await hashFile(siteDir, path);
    // Only a file that did not change while it was read is worth remembering.
    if (size === before.size) cache.set(path, { size, mtimeMs: before.mtimeMs, ino: before.ino, hash });
  });
  return cache;
}

/** One hash over every file's path and content hash: the site's version. */
export function siteVersion(files: readonly SiteFile[]): string {
  const digest = createHash('sha256');
  for (const f of files) digest.update(`${f.path}\0${f.hash}\n`);
  return digest.digest('hex').slice(0, 16);
}
