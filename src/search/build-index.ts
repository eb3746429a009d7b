import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { decodeFragmentFile, type PagefindFragment } from './fragments.ts';
import { buildNgramIndex } from './ngram-index.ts';
import { NGRAM_FORMAT, PAGES_PER_TABLE, type NgramMeta, type PageTable } from './ngram-format.ts';

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

// Pagefind's own UIs (the site draws its own results) and its worker (the site runs Pagefind on
// the main thread): not shipped, nor cached offline.
const UNUSED = ['pagefind-worker.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    const info = await stat(join(dir, name));
    if (info.isFile()) total += info.size;
  }
  return total;
}

/**
 * The folders whose pages carry `data-pagefind-body` (lessons, themes, reading lists). Pagefind
 * parses every file it is given, and parsing one 5 MB source page (`sources/`, not searchable)
 * took it 20 s; tests/robust/sample-build.test.ts checks no searchable page lives elsewhere.
 */
export const SEARCHABLE_PAGES = '{lessons,reading,themes}/**/*.html';

/** Run Pagefind over the site and return the fragments it wrote (one per indexed page). */
async function runPagefind(siteDir: string): Promise<PagefindFragment[]> {
  const out = join(siteDir, 'pagefind');
  await rm(out, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  try {
    if (!index) throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
    const added = await index.addDirectory({ path: siteDir, glob: SEARCHABLE_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind 索引失败：${added.errors.join('；')}`);
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join('；')}`);
  } finally {
    await pagefind.close();
  }
  for (const name of UNUSED) await rm(join(out, name), { force: true });
  const fragments: PagefindFragment[] = [];
  const dir = join(out, 'fragment');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.pf_fragment')).sort();
  for (const name of names) fragments.push(...decodeFragmentFile(name.slice(0, -'.pf_fragment'.length), await readFile(join(dir, name))));
  return fragments;
}

/**
 * Index the built pages with Pagefind's Node API (Chinese segmentation) into `pagefind/`, then
 * build the exact-match helper index into `ngram/` from the very text Pagefind indexed (its
 * fragments), so that what the browser verifies and what the index says always agree.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  let t = performance.now();
  const fragments = await runPagefind(siteDir);
  const pagefindMs = performance.now() - t;
  t = performance.now();

  // Page numbers follow URL order, which does not depend on Pagefind's hashing.
  fragments.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const built = buildNgramIndex(fragments.map((f) => ({ url: f.url, content: f.content, title: f.meta.title ?? '', filters: f.filters })));
  const files = new Map<string, Uint8Array | string>();
  built.buckets.forEach((bucket, i) => files.set(`b${i}.bin`, bucket));
  for (let k = 0; k * PAGES_PER_TABLE < fragments.length; k++) {
    const table: PageTable = fragments.slice(k * PAGES_PER_TABLE, (k + 1) * PAGES_PER_TABLE).map((f) => f.ref);
    files.set(`p${k}.json`, JSON.stringify(table));
  }
  files.set('facets.json', JSON.stringify(built.facets));
  const digest = createHash('sha256');
  for (const [name, content] of files) digest.update(name).update(content);
  const version = digest.digest('hex').slice(0, 12);

  const dir = join(siteDir, 'ngram');
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, version), { recursive: true });
  for (const [name, content] of files) await writeFile(join(dir, version, name), content);
  const meta: NgramMeta = {
    format: NGRAM_FORMAT,
    version,
    pages: fragments.length,
    buckets: built.buckets.length,
    lengths: Buffer.from(built.lengths).toString('base64'),
    avgLength: built.avgLength,
  };
  await writeFile(join(dir, 'meta.json'), JSON.stringify(meta));
  return {
    pages: fragments.length,
    pagefindBytes: await dirBytes(join(siteDir, 'pagefind')),
    ngramBytes: await dirBytes(dir),
    ngramBuckets: built.buckets.length,
    ngramKeys: built.keys,
    ngramPostings: built.postings,
    times: { pagefind: pagefindMs, ngram: performance.now() - t },
  };
}
