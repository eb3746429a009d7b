/**
 * What one build leaves for the next into the same output folder, and how the next one reuses
 * it. Kept in the project's `.cache/incremental/<digest of the output path>/`: a manifest of the
 * output (each file's size, modification time and hash, each page's fingerprint, each Pagefind
 * bundle's key and fragments), the structure results of every source, the search documents'
 * summaries for the exact-match index and the rendered icons. Nothing in it is trusted blindly: entries carry a checksum and the code digest
 * they were made under, and a file of the previous output is reused only while its size and
 * modification time are those the manifest recorded.
 */
import { rm, stat } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { HashCache, IconFile } from '../offline/index.ts';
import { readEntry, writeEntry } from './cache-entry.ts';
import { removeLater } from './atomic-output.ts';
import { placeFiles } from './place-files.ts';
import { QuestionCache } from './question-cache.ts';
import { SourceCache } from './source-cache.ts';

/** The manifest: what the output folder held when the last build finished. */
export interface CacheManifest {
  /** The code digest (code, dependencies, Node, options) the output was built under. */
  code: string;
  /** Parametrized page URL → fingerprint of its view. */
  pages: Record<string, string>;
  /** Pagefind bundle key → its folder under `pagefind/` and its fragments (URL, ref without the folder). */
  bundles: Record<string, { folder: string; refs: [url: string, ref: string][] }>;
  /** Output file (relative, `/` separated) → size, modification time, inode, first 16 hex digits of its SHA-256. */
  files: Record<string, [size: number, mtimeMs: number, ino: number, hash: string]>;
}

/** The cache folder of an output folder, under `root`. */
export function cacheDirOf(root: string, out: string): string {
  return join(root, createHash('sha256').update(resolve(out)).digest('hex').slice(0, 16));
}

/** Why nothing of an earlier build is reused, or how much is. */
export type CacheState = { warm: false; reason: string } | { warm: true };

/** One build's view of the cache of its output folder. */
export class BuildCache {
  readonly dir: string;
  readonly out: string;
  readonly sources: SourceCache;
  readonly questions: QuestionCache;
  readonly state: CacheState;
  private readonly code: string;
  private readonly manifest?: CacheManifest;
  /** Pages and bundles reused in this build (for the log). */
  reusedPages = 0;
  reusedBundles = 0;

  private constructor(dir: string, out: string, code: string, manifest: CacheManifest | undefined, state: CacheState) {
    this.out = resolve(out);
    this.dir = dir;
    this.code = code;
    this.sources = new SourceCache(join(this.dir, 'sources'), code);
    this.questions = new QuestionCache(this.dir, code);
    this.manifest = manifest;
    this.state = state;
  }

  /**
   * Open the cache of `out` (kept under `root`) for a build under the code digest `code`. With
   * `ignore` (`--no-cache`) nothing is read; the build still leaves a fresh cache for the next one.
   */
  static async open(root: string, out: string, code: string, options: { ignore?: boolean; trash?: string } = {}): Promise<BuildCache> {
    const dir = cacheDirOf(root, out);
    const cold = (reason: string) => new BuildCache(dir, out, code, undefined, { warm: false, reason });
    if (options.ignore) {
      // A fresh start: none of the earlier entries will be read, so none are kept (the spare
      // among them can be a whole site: removed in the background).
      if (await stat(dir).then(() => true, () => false)) await removeLater(dir, options.trash);
      return cold('已指定 --no-cache');
    }
    const path = join(dir, 'manifest.json');
    const manifest = await readEntry<CacheManifest>(path);
    if (!manifest) return cold((await stat(path).catch(() => undefined)) ? '缓存无法使用（已损坏或版本不同）' : '没有可用的缓存');
    if (manifest.code !== code) return cold('代码、依赖或构建选项已改变');
    if (!isManifest(manifest)) return cold('缓存已损坏');
    return new BuildCache(dir, out, code, manifest, { warm: true });
  }

  /** The file of the previous output is still the one the manifest recorded. */
  private intact(path: string): boolean {
    const known = this.manifest?.files[path];
    if (!known) return false;
    try {
      const info = statSync(join(this.out, path));
      return info.isFile() && info.size === known[0] && info.mtimeMs === known[1] && info.ino === known[2];
    } catch {
      return false;
    }
  }

  /** The pages (by URL → file) whose view is unchanged and whose file in the previous output is intact. */
  reusablePages(fingerprints: ReadonlyMap<string, string>, fileOf: (url: string) => string): Set<string> {
    const out = new Set<string>();
    const pages = this.manifest?.pages;
    if (!pages) return out;
    for (const [url, fingerprint] of fingerprints) if (pages[url] === fingerprint && this.intact(fileOf(url))) out.add(url);
    return out;
  }

  /**
   * A spare output kept for the next build to start from (see `createStaging({ spare })`):
   * in the cache, outside the published folder.
   */
  get spareDir(): string {
    return join(this.dir, 'spare');
  }

  /** Where the exact-match index keeps its bundles' document summaries (see `SummaryStore`). */
  get summaryDir(): string {
    return join(this.dir, 'ngram');
  }

  /** Where each reused page's file comes from (the previous output) and goes (`dir`). */
  pagePairs(dir: string, urls: Iterable<string>, fileOf: (url: string) => string): [from: string, to: string][] {
    return [...urls].map((url) => [join(this.out, fileOf(url)), join(dir, fileOf(url))]);
  }

  /** Link reused files into place (see `placeFiles`); counted as reused pages. */
  async placePages(pairs: readonly [from: string, to: string][], reused: number): Promise<void> {
    await placeFiles(pairs);
    this.reusedPages += reused;
  }

  // The previous output's Pagefind files by bundle folder ('' for the main bundle), and which
  // bundles were found intact: listed and checked once each.
  private byFolder?: Map<string, string[]>;
  private readonly checked = new Map<string, { prefix: string; files: string[] } | undefined>();

  /** The files of bundle `key` in the previous output, when it is there and every one is intact. */
  private bundleFiles(key: string): { prefix: string; files: string[] } | undefined {
    if (this.checked.has(key)) return this.checked.get(key);
    const entry = this.manifest?.bundles[key];
    if (!entry) return undefined;
    if (!this.byFolder) {
      this.byFolder = new Map();
      for (const path of Object.keys(this.manifest!.files)) {
        if (!path.startsWith('pagefind/')) continue;
        // The main bundle's folder also holds the others (`s1/`…): those are not part of it.
        const folder = /^pagefind\/(s\d+\/)/.exec(path)?.[1] ?? '';
        const list = this.byFolder.get(folder) ?? [];
        list.push(path);
        this.byFolder.set(folder, list);
      }
    }
    const files = this.byFolder.get(entry.folder) ?? [];
    const found = files.length > 0 && files.every((p) => this.intact(p)) ? { prefix: `pagefind/${entry.folder}`, files } : undefined;
    this.checked.set(key, found);
    return found;
  }

  /** For the search index (`buildDocumentIndex({ reuse })`): the previous output's Pagefind bundles. */
  readonly bundles = {
    has: (key: string): boolean => this.bundleFiles(key) !== undefined,
    place: async (bundles: { key: string; into: string }[]): Promise<[string, string][][]> => {
      const pairs: [string, string][] = [];
      for (const { key, into } of bundles) {
        const found = this.bundleFiles(key);
        if (!found) throw new Error(`搜索索引：上次构建的搜索包 ${key} 已不完整`);
        await rm(into, { recursive: true, force: true });
        for (const p of found.files) pairs.push([join(this.out, p), join(into, p.slice(found.prefix.length))]);
      }
      await placeFiles(pairs);
      this.reusedBundles += bundles.length;
      return bundles.map(({ key }) => this.manifest!.bundles[key]!.refs);
    },
  };

  /** Hashes of the previous output's files, for the offline list (reused while size, time and inode match). */
  hashCache(): HashCache {
    const cache: HashCache = new Map();
    for (const [path, [size, mtimeMs, ino, hash]] of Object.entries(this.manifest?.files ?? {})) cache.set(path, { size, mtimeMs, ino, hash });
    return cache;
  }

  /**
   * The site's icons (the same for every site, a few hundred milliseconds to render), kept in
   * the cache under the code digest they were rendered by.
   */
  async icons(render: () => IconFile[]): Promise<IconFile[]> {
    type Stored = { code: string; icons: (Omit<IconFile, 'content'> & { content: string })[] };
    const path = join(this.dir, 'icons.json');
    const stored = await readEntry<Stored>(path);
    if (stored && stored.code === this.code && Array.isArray(stored.icons)) return stored.icons.map((i) => ({ ...i, content: Buffer.from(i.content, 'base64') }));
    const icons = render();
    const record: Stored = { code: this.code, icons: icons.map((i) => ({ ...i, content: i.content.toString('base64') })) };
    await writeEntry(path, record);
    return icons;
  }

  /** Forget the previous output: called before it is replaced, so a crash then leaves no manifest that lies. */
  async invalidate(): Promise<void> {
    await rm(join(this.dir, 'manifest.json'), { force: true });
  }

  /**
   * Record the output just committed: its files (hashes from the offline list, sizes and times
   * read now), page fingerprints and bundles; and the sources' structure results.
   */
  async save(record: { code: string; pages: ReadonlyMap<string, string>; bundles: CacheManifest['bundles']; hashes: ReadonlyMap<string, string> }): Promise<void> {
    const files: CacheManifest['files'] = {};
    for (const [path, hash] of record.hashes) {
      try {
        const info = statSync(join(this.out, path));
        files[path] = [info.size, info.mtimeMs, info.ino, hash];
      } catch {
        // Gone already: nothing to reuse.
      }
    }
    await this.sources.save();
    await this.questions.save();
    const manifest: CacheManifest = { code: record.code, pages: Object.fromEntries(record.pages), bundles: record.bundles, files };
    await writeEntry(join(this.dir, 'manifest.json'), manifest);
  }
}

function isManifest(value: CacheManifest): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.pages === 'object' &&
    typeof value.bundles === 'object' &&
    typeof value.files === 'object' &&
    Object.values(value.files).every((f) => Array.isArray(f) && f.length === 4 && typeof f[0] === 'number' && typeof f[1] === 'number' && typeof f[2] === 'number' && typeof f[3] === 'string')
  );
}
