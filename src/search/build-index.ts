import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { decodeFragmentFile, type PagefindFragment } from './fragments.ts';
import { buildNgramIndex, type IndexedPage } from './ngram-index.ts';
import { NGRAM_FORMAT, PAGE_FILTER, type NgramMeta } from './ngram-format.ts';
import { findSearchablePages, withPageNumber } from './site-pages.ts';

/** What `buildSearchIndex` wrote, for the build log and the benchmark. */
export interface SearchIndexReport {
  /** Pages indexed (lessons, themes, reading lists: every page with `data-pagefind-body`). */
  pages: number;
  /** Bytes written under `pagefind/` (runtime and index). */
  pagefindBytes: number;
  /** Bytes written under `ngram/` (the exact-match helper index). */
  ngramBytes: number;
  /** Number of bucket files, distinct keys and postings of the helper index. */
  ngramBuckets: number;
  ngramKeys: number;
  ngramPostings: number;
  /** Milliseconds spent in Pagefind and in the helper index. */
  times: { pagefind: number; ngram: number };
}

// Pagefind's own UIs: the site draws its own results, so these are not shipped (nor cached offline).
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

const hash = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

async function put(path: string, content: Uint8Array | string): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
}

/**
 * Index the built pages with Pagefind's Node API (Chinese segmentation, `zh-cn`) into
 * `pagefind/`, then build the exact-match helper index into `ngram/` from the very text Pagefind
 * indexed (its fragments), so client-side verification and the index always agree.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  let t = performance.now();
  const pages = await findSearchablePages(siteDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  let fragments: PagefindFragment[] = [];
  let pagefindBytes = 0;
  try {
    if (!index) throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
    const batch = 64;
    for (let i = 0; i < pages.length; i += batch) {
      const added = await Promise.all(
        pages.slice(i, i + batch).map((p, k) => index.addHTMLFile({ url: p.url, content: withPageNumber(p.html, i + k) })),
      );
      const failed = added.flatMap((a, k) => a.errors.map((e) => `${pages[i + k]!.file}: ${e}`));
      if (failed.length > 0) throw new Error(`Pagefind 索引失败：${failed.join('；')}`);
    }
    const out = await index.getFiles();
    if (out.errors.length > 0) throw new Error(`Pagefind 写入失败：${out.errors.join('；')}`);
    await rm(join(siteDir, 'pagefind'), { recursive: true, force: true });
    const files = [...out.files].sort((a, b) => (a.path < b.path ? -1 : 1));
    for (const file of files) {
      if (UNUSED.test(file.path)) continue;
      pagefindBytes += await put(join(siteDir, 'pagefind', file.path), file.content);
      if (file.path.startsWith('fragment/')) fragments.push(...decodeFragmentFile(file.content));
    }
  } finally {
    await pagefind.close();
  }
  const pagefindMs = performance.now() - t;
  t = performance.now();

  const byNumber: IndexedPage[] = new Array(pages.length);
  for (const f of fragments) {
    const n = Number(f.filters[PAGE_FILTER]?.[0]);
    if (!Number.isInteger(n) || n < 0 || n >= pages.length) throw new Error(`Pagefind 片段缺少页码：${f.url}`);
    const { [PAGE_FILTER]: _page, ...filters } = f.filters;
    byNumber[n] = { url: f.url, content: f.content, title: f.meta.title ?? '', filters };
  }
  fragments = [];
  for (let n = 0; n < pages.length; n++) {
    if (!byNumber[n]) throw new Error(`Pagefind 没有为 ${pages[n]!.file} 生成片段`);
  }
  const built = buildNgramIndex(byNumber);

  const dir = join(siteDir, 'ngram');
  await rm(dir, { recursive: true, force: true });
  let ngramBytes = 0;
  const bucketNames: string[] = [];
  const written = new Set<string>();
  for (const bucket of built.buckets) {
    const name = `${hash(bucket)}.bin`;
    bucketNames.push(name);
    if (written.has(name)) continue;
    written.add(name);
    ngramBytes += await put(join(dir, name), bucket);
  }
  const facetsJson = JSON.stringify(built.facets);
  const facets = `facets-${hash(facetsJson)}.json`;
  ngramBytes += await put(join(dir, facets), facetsJson);
  const meta: NgramMeta = {
    format: NGRAM_FORMAT,
    pages: pages.length,
    buckets: bucketNames,
    lengths: Buffer.from(built.lengths).toString('base64'),
    avgLength: built.avgLength,
    facets,
  };
  ngramBytes += await put(join(dir, 'meta.json'), JSON.stringify(meta));
  return {
    pages: pages.length,
    pagefindBytes,
    ngramBytes,
    ngramBuckets: built.buckets.length,
    ngramKeys: built.keys,
    ngramPostings: built.postings,
    times: { pagefind: pagefindMs, ngram: performance.now() - t },
  };
}
