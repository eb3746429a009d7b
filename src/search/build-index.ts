import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { decodeFragmentFile, type PagefindFragment } from './fragments.ts';
import type { IndexDocument } from './index-documents.ts';
import { buildNgramIndex } from './ngram-index.ts';
import { mergedBundles, NGRAM_FORMAT, PAGES_PER_TABLE, type NgramMeta, type PageTable } from './ngram-format.ts';
import { planShards, shardCount } from './shards.ts';

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

const SEARCHABLE_FOLDERS = /^\{([^}]*)\}/.exec(SEARCHABLE_PAGES)![1]!.split(',');
const BODY = 'data-pagefind-body';

/**
 * The fragments Pagefind wrote into bundle `out` (one per indexed page), their refs prefixed with
 * the bundle's `folder` under `pagefind/`, minus the files the site does not use: a merged shard
 * needs no runtime of its own (the browser reuses the main bundle's script and WebAssembly).
 */
async function readFragments(out: string, folder: string, merged: boolean): Promise<PagefindFragment[]> {
  const unused = merged ? [...UNUSED, 'pagefind.js', ...(await readdir(out)).filter((n) => n.startsWith('wasm.'))] : UNUSED;
  for (const name of unused) await rm(join(out, name), { force: true });
  const fragments: PagefindFragment[] = [];
  const dir = join(out, 'fragment');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.pf_fragment')).sort();
  for (const name of names) fragments.push(...decodeFragmentFile(folder + name.slice(0, -'.pf_fragment'.length), await readFile(join(dir, name))));
  return fragments;
}

/** The `.html` files under the searchable folders, as paths relative to the site (`/` separators). */
async function searchableFiles(siteDir: string): Promise<string[]> {
  const out: string[] = [];
  for (const folder of SEARCHABLE_FOLDERS) {
    const names = await readdir(join(siteDir, folder), { recursive: true }).catch(() => [] as string[]);
    for (const name of names) if (name.endsWith('.html')) out.push(`${folder}/${name.split(sep).join('/')}`);
  }
  return out.sort();
}

/** Options of `buildDocumentIndex`. */
export interface DocumentIndexOptions {
  /**
   * Number of Pagefind bundles to split the documents into, each indexed by its own Pagefind
   * process (the browser merges them). @default `shardCount(docs)`
   */
  shards?: number;
  /** Pagefind processes running at once. @default the number of cores */
  parallel?: number;
}

/**
 * Index `docs` (rendered from SiteData, see `indexDocuments`) with Pagefind and write `pagefind/`
 * and `ngram/` into `dir`. Large corpora are split into shards (see `planShards`), one Pagefind
 * process each, run side by side: Pagefind indexes and writes on one core, and at 1,000 speeches
 * one process takes 20 s and 2 GB. Shard k > 0 lands in `pagefind/s<k>/` without the runtime
 * (the browser merges it into the main bundle). Each shard's documents are sent in the given
 * order, so the output does not depend on timing or on the number of cores.
 */
export async function buildDocumentIndex(dir: string, docs: readonly IndexDocument[], options: DocumentIndexOptions = {}): Promise<SearchIndexReport> {
  const started = performance.now();
  const shards = planShards(docs, options.shards ?? shardCount(docs));
  const out = join(dir, 'pagefind');
  await rm(out, { recursive: true, force: true });
  await runLimited(
    shards.map((shard, k) => () => indexShard(k === 0 ? out : join(dir, `pagefind-s${k}`), shard)),
    Math.max(1, options.parallel ?? availableParallelism()),
  );
  const fragments = await readFragments(out, '', false);
  for (const [k, folder] of mergedBundles(shards.length).entries()) {
    await rename(join(dir, `pagefind-s${k + 1}`), join(out, folder));
    fragments.push(...(await readFragments(join(out, folder), folder, true)));
  }
  return writeNgram(dir, fragments, shards.length, performance.now() - started);
}

/** Index one shard in a Pagefind process of its own and write its bundle to `out`. */
async function indexShard(out: string, docs: readonly IndexDocument[]): Promise<void> {
  // Each module instance of Pagefind's API starts and talks to its own Pagefind process.
  const api = (await import(`${PAGEFIND_API}?process=${++processes}`)) as typeof import('pagefind');
  // If the process ends mid-build (a crash, an interrupt), stop Pagefind first, before the exit
  // handlers remove the work folder it writes into: it would otherwise outlive us and leave files.
  const onExit = () => void api.close();
  process.prependListener('exit', onExit);
  try {
    const { index, errors } = await api.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
    const problems: string[] = [];
    await Promise.all(
      docs.map((d) =>
        index.addHTMLFile({ sourcePath: d.path, content: d.html }).then(
          (r) => void problems.push(...r.errors.map((e) => `${d.path}: ${e}`)),
          (e: unknown) => void problems.push(`${d.path}: ${String(e)}`),
        ),
      ),
    );
    if (problems.length > 0) throw new Error(`Pagefind 索引失败：${problems.join('；')}`);
    await rm(out, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join('；')}`);
  } finally {
    process.off('exit', onExit);
    await api.close();
  }
}

const PAGEFIND_API = import.meta.resolve('pagefind');
let processes = 0;

/** Run the tasks, at most `limit` at a time; rejects with the first failure once all have ended. */
async function runLimited(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) await tasks[next++]!();
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Index the built pages of `siteDir` (those with `data-pagefind-body`, or every page under the
 * searchable folders when none has it) into `pagefind/`, then build the exact-match helper index
 * into `ngram/` from the very text Pagefind indexed (its fragments), so that what the browser
 * verifies and what the index says always agree.
 */
export async function buildSearchIndex(siteDir: string, options: DocumentIndexOptions = {}): Promise<SearchIndexReport> {
  const pages: IndexDocument[] = [];
  for (const path of await searchableFiles(siteDir)) pages.push({ path, html: await readFile(join(siteDir, path), 'utf8') });
  const marked = pages.filter((p) => p.html.includes(BODY));
  return buildDocumentIndex(siteDir, marked.length > 0 ? marked : pages, options);
}

/** Build the exact-match helper index into `ngram/` from Pagefind's fragments. */
async function writeNgram(siteDir: string, fragments: PagefindFragment[], bundles: number, pagefindMs: number): Promise<SearchIndexReport> {
  const t = performance.now();
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
    bundles,
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
