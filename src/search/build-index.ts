import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readFragmentUrls } from './fragments.ts';
import type { IndexDocument } from './index-documents.ts';
import { pageUrl } from './document-text.ts';
import { GROUP_CHARS, groupDocuments } from './group-documents.ts';
import type { NgramIndex } from './ngram-index.ts';
import type { NgramWorkerAnswer, NgramWorkerMessage } from './ngram-worker.ts';
import { mergedBundles, NGRAM_FORMAT, PAGES_PER_TABLE, type NgramMeta, type PageTable } from './ngram-format.ts';
import { chunkShards, planShards } from './shards.ts';
import { HELPER_NICE } from '../shared/priority.ts';

/** What `buildSearchIndex` wrote, for the build log and the benchmark. */
export interface SearchIndexReport {
  /** Pages indexed (lessons, themes, reading lists: every page with `data-pagefind-body`). */
  pages: number;
  /** Documents Pagefind indexed: the pages, a source's short lessons grouped into one (group-documents.ts). */
  documents: number;
  /** Pagefind bundles (one Pagefind process each): the main one and the shards merged into it. */
  bundles: number;
  /** Bytes written under `pagefind/` (runtime and index). */
  pagefindBytes: number;
  /** Bytes written under `ngram/` (the exact-match helper index). */
  ngramBytes: number;
  /** Number of bucket files, distinct keys and postings of the helper index. */
  ngramBuckets: number;
  ngramKeys: number;
  ngramPostings: number;
  /**
   * Milliseconds: `pagefind` from the start until the last Pagefind process has written its
   * bundle; `ngram` after that, until the helper index is written (reading the last bundle's
   * fragment URLs, page tables, files); `ngramBuild` taken by the process that builds the
   * helper index from the documents while Pagefind runs.
   */
  times: { pagefind: number; ngram: number; ngramBuild: number };
  /** Each bundle in order: its key (see `bundleKey`), its folder under `pagefind/`, its fragments (ref without the folder). */
  bundleList: { key: string; folder: string; refs: [url: string, ref: string][] }[];
  /** Bundles taken from an earlier build (`reuse`) rather than indexed. */
  reused: number;
}

// Pagefind's own UIs (the site draws its own results) and its worker (the site runs Pagefind on
// the main thread): not shipped, nor cached offline.
const UNUSED = ['pagefind-worker.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

// Synchronous: thousands of small stats cost a tenth of the time without the thread pool.
function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
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

/** A Pagefind bundle once written: where each page's fragment lies, and its size. */
interface Bundle {
  /** Page URL → fragment ref (without the bundle's folder under `pagefind/`). */
  refs: [url: string, ref: string][];
  bytes: number;
  /** When its Pagefind process had written it. */
  written: number;
}

/**
 * Read where each page's fragment lies in the bundle Pagefind wrote into `out`, after removing
 * the files the site does not use: a merged shard needs no runtime of its own (the browser reuses
 * the main bundle's script and WebAssembly).
 */
async function readBundle(out: string, merged: boolean, written: number): Promise<Bundle> {
  const unused = merged ? [...UNUSED, 'pagefind.js', ...(await readdir(out)).filter((n) => n.startsWith('wasm.'))] : UNUSED;
  for (const name of unused) await rm(join(out, name), { force: true });
  const dir = join(out, 'fragment');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.pf_fragment')).sort();
  const refs: [string, string][] = [];
  for (const name of names) {
    for (const { ref, url } of readFragmentUrls(name.slice(0, -'.pf_fragment'.length), join(dir, name))) refs.push([url, ref]);
  }
  return { refs, bytes: dirBytes(out), written };
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
   * process (the browser merges them). @default bundles of about 250,000 characters, at boundaries the content chooses (`chunkShards`)
   */
  shards?: number;
  /** Characters of HTML a bundle aims at when `shards` is not given. @default `shardTarget(total)` */
  shardChars?: number;
  /** Pagefind processes running at once. @default the number of cores */
  parallel?: number;
  /** Characters of lesson HTML a grouped document holds at most (0: no groups). @default GROUP_CHARS */
  groupChars?: number;
  /** Where the exact-match index keeps its bundles' document summaries between builds (see `SummaryStore`). */
  summaries?: SummaryStore;
  /** Told each time a bundle is written (indexed or reused): bundles done, of how many. */
  onBundle?: (done: number, total: number) => void;
  /**
   * Bundles an earlier build wrote from the same documents (by `bundleKey`): `has` says whether
   * one is there intact, `place` puts each into its folder and returns their fragments
   * (`bundleList[k].refs`). The others are indexed.
   */
  reuse?: { has(key: string): boolean; place(bundles: { key: string; into: string }[]): Promise<[url: string, ref: string][][]> };
}

/**
 * What a bundle's files depend on: its documents (path and HTML, in order) and whether it is
 * merged into the main one (a merged bundle has no runtime of its own). Pagefind's version and
 * options are the code's, which the build cache checks separately.
 */
export function bundleKey(docs: readonly IndexDocument[], merged: boolean): string {
  return keyOfDigest(documentsDigest(docs), merged);
}

/** A digest of documents (path and HTML, in order), from which both of a bundle's keys derive. */
function documentsDigest(docs: readonly IndexDocument[]): string {
  const digest = createHash('sha256');
  for (const d of docs) digest.update(`${d.path}\0${d.html.length}\0`).update(d.html);
  return digest.digest('hex');
}

function keyOfDigest(docs: string, merged: boolean): string {
  return createHash('sha256').update(merged ? 'merged\0' : 'main\0').update(docs).digest('hex').slice(0, 32);
}

/**
 * Index `pages` (rendered from SiteData, see `indexDocuments`) with Pagefind and write
 * `pagefind/` and `ngram/` into `dir`. A source's short lessons are first joined into one
 * document each (see `groupDocuments`); the exact-match index still has one page per lesson.
 * Large corpora are split into shards (see `chunkShards`), indexed side by side by one Pagefind
 * process per core, each taking its shards in turn: Pagefind indexes and writes on one core, and
 * at 1,000 speeches one process for everything took 20 s and 2 GB. Shard k > 0 lands in `pagefind/s<k>/` without the runtime
 * (the browser merges it into the main bundle). Each shard's documents are sent in the given
 * order, so the output does not depend on timing or on the number of cores.
 *
 * The exact-match helper index is built from the documents themselves (the text Pagefind indexes
 * in them, see document-text.ts) while Pagefind runs; once it has written its bundles, only the
 * URL of each fragment is read, to point every page at its fragment (a lesson of a grouped
 * document at `<fragment>#<k>`). A page Pagefind indexed
 * that the documents do not account for, or the reverse, fails the build: the two would disagree.
 */
export async function buildDocumentIndex(dir: string, pages: Iterable<IndexDocument>, options: DocumentIndexOptions = {}): Promise<SearchIndexReport> {
  const started = performance.now();
  const docs = groupDocuments(pages, options.groupChars ?? GROUP_CHARS);
  // A grouped document's fragment stands for each of its lessons.
  const slotsOf = new Map(docs.filter((d) => d.slots).map((d) => [pageUrl(d.path), d.slots!]));
  const shards = options.shards === undefined ? chunkShards(docs, options.shardChars) : planShards(docs, options.shards);
  const out = join(dir, 'pagefind');
  const ngram = join(dir, 'ngram');
  await rm(out, { recursive: true, force: true });
  await rm(ngram, { recursive: true, force: true });
  const folders = ['', ...mergedBundles(shards.length)];
  // Hashed once: the Pagefind bundle's key and the helper index's summaries key derive from it.
  const digests = shards.map(documentsDigest);
  const keys = digests.map((d, k) => keyOfDigest(d, k > 0));
  const bundles: Bundle[] = [];
  const bundleDirs = shards.map((_, k) => (k === 0 ? out : join(dir, `pagefind-s${k}`)));
  // Bundles an earlier build wrote from the same documents are taken as they are, put in place
  // while Pagefind indexes the others.
  const reusable = shards.map((_, k) => options.reuse?.has(keys[k]!) === true);
  const reused = reusable.filter(Boolean).length;
  const toIndex = [...shards.keys()].filter((k) => !reusable[k]);
  let done = 0;
  const finished = (count: number) => {
    done += count;
    options.onBundle?.(done, shards.length);
  };
  const laneCount = Math.max(1, options.parallel ?? availableParallelism());
  const indexing = Promise.all([
    withPagefindLanes(laneCount, (lanes) =>
      runLimited(
        toIndex.map((k) => async (lane) => {
          await indexShard(await lanes(lane), bundleDirs[k]!, shards[k]!);
          bundles[k] = await readBundle(bundleDirs[k]!, k > 0, performance.now());
          finished(1);
        }),
        laneCount,
      ),
    ),
    (async () => {
      const taken = [...shards.keys()].filter((k) => reusable[k]);
      if (taken.length === 0) return;
      const refs = await options.reuse!.place(taken.map((k) => ({ key: keys[k]!, into: bundleDirs[k]! })));
      taken.forEach((k, i) => (bundles[k] = { refs: refs[i]!, bytes: dirBytes(bundleDirs[k]!), written: performance.now() }));
      finished(taken.length);
    })(),
  ]);
  // Settled below, after the helper index is built; a rejection must not count as unhandled.
  indexing.catch(() => undefined);
  let postings: Postings;
  try {
    postings = await buildPostings(shards, digests.map((d) => keyOfDigest(d, false)), join(ngram, WORK), HELPER_NICE, options.summaries);
  } catch (error) {
    // Let Pagefind finish first: the caller may remove the folder it writes into.
    await indexing.catch(() => undefined);
    await rm(ngram, { recursive: true, force: true });
    throw error;
  }
  await indexing;
  const pagefindEnd = Math.max(...bundles.map((b) => b.written));
  let report: Omit<SearchIndexReport, 'times' | 'bundleList' | 'reused' | 'documents'>;
  try {
    const refs = new Map<string, string>();
    for (const [k, bundle] of bundles.entries()) {
      for (const [docUrl, raw] of bundle.refs) {
        const ref = folders[k]! + raw;
        const slots = slotsOf.get(docUrl);
        for (const [url, pageRef] of slots ? slots.map((s, i) => [s.u, `${ref}#${i}`] as const) : [[docUrl, ref] as const]) {
          if (refs.has(url)) throw new Error(`搜索索引：Pagefind 为 ${url} 写了两个片段（${refs.get(url)}、${pageRef}）`);
          refs.set(url, pageRef);
        }
      }
    }
    for (const [k, folder] of folders.entries()) if (k > 0) await rename(join(dir, `pagefind-s${k}`), join(out, folder));
    report = await writeNgram(dir, postings, pageRefs(postings.urls, refs), shards.length, bundles.reduce((sum, b) => sum + b.bytes, 0));
  } catch (error) {
    await rm(ngram, { recursive: true, force: true });
    throw error;
  }
  const end = performance.now();
  const bundleList = bundles.map((b, k) => ({ key: keys[k]!, folder: folders[k]!, refs: b.refs }));
  return { ...report, documents: docs.length, times: { pagefind: pagefindEnd - started, ngram: end - pagefindEnd, ngramBuild: postings.ms }, bundleList, reused };
}

/** The helper index built from the documents, its buckets already written into the work folder. */
interface Postings {
  /** Page URLs in page-number order. */
  urls: string[];
  index: NgramIndex;
  /** The version digest, fed the buckets so far (page tables and facets follow). */
  digest: Hash;
  /** Milliseconds the helper index's process took. */
  ms: number;
}

// The folder under `ngram/` the files gather in until their version (content hash) is known.
const WORK = '.building';

const NGRAM_WORKER = new URL('./ngram-worker.ts', import.meta.url);


/** Documents per message to the helper index's process: one message of them all would be a second copy at once. */
const DOCS_PER_MESSAGE = 500;

/** Where the helper index keeps its bundles' document summaries between builds, and the code digest they are valid under. */
export interface SummaryStore {
  dir: string;
  code: string;
}

/**
 * Build the helper index from the documents in a process of its own (see ngram-worker.ts and
 * `documentPostings`), so that this one stays free to feed the Pagefind processes (their input
 * goes through pipes it writes to) and, in the build, to render pages with Astro. Then write the
 * buckets, which do not depend on Pagefind, into `work`. With a `store`, bundles summarised by
 * an earlier build are read from it rather than sent and read again.
 */
async function buildPostings(shards: readonly IndexDocument[][], keys: string[], work: string, nice: number, store?: SummaryStore): Promise<Postings> {
  if (store) await mkdir(store.dir, { recursive: true });
  const cached = keys.map((key) => store !== undefined && existsSync(join(store.dir, `${key}.bin`)));
  let answer = await runNgramChild(shards, keys, cached, nice, store);
  // A kept file that is not intact: summarise everything again.
  if ('stale' in answer) answer = await runNgramChild(shards, keys, keys.map(() => false), nice, store);
  if ('error' in answer) throw new Error(answer.error);
  if ('stale' in answer) throw new Error('搜索索引：精确匹配索引的摘要无法读取');
  return finishPostings(answer, work);
}

/** One run of the helper index's process. */
async function runNgramChild(shards: readonly IndexDocument[][], keys: string[], cached: boolean[], nice: number, store?: SummaryStore): Promise<NgramWorkerAnswer> {
  const child = fork(fileURLToPath(NGRAM_WORKER), [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const answer = new Promise<NgramWorkerAnswer>((resolve, reject) => {
    child.once('message', (message: NgramWorkerAnswer) => resolve(message));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`搜索索引：精确匹配索引的进程意外退出（${code}）`)));
  });
  // If this process ends first (a crash, an interrupt), the child goes too.
  const onExit = () => child.kill();
  process.once('exit', onExit);
  try {
    const send = (message: NgramWorkerMessage) => new Promise<void>((ok, fail) => child.send(message, (error) => (error ? fail(error) : ok())));
    for (const [k, shard] of shards.entries()) {
      if (cached[k]) continue;
      for (let i = 0; i < shard.length; i += DOCS_PER_MESSAGE) await send({ type: 'docs', shard: k, docs: shard.slice(i, i + DOCS_PER_MESSAGE) });
    }
    await send({ type: 'done', shards: keys.map((key, k) => ({ key, cached: cached[k]! })), nice, store });
    return await answer;
  } finally {
    process.off('exit', onExit);
    child.kill();
  }
}

/** The version digest fed the buckets, and the buckets written into `work`. */
async function finishPostings(result: { urls: string[]; index: NgramIndex; ms: number }, work: string): Promise<Postings> {
  const { urls, index, ms } = result;
  const digest = createHash('sha256');
  index.buckets.forEach((bucket, i) => digest.update(`b${i}.bin`).update(bucket));
  await mkdir(work, { recursive: true });
  for (const [i, bucket] of index.buckets.entries()) await writeFile(join(work, `b${i}.bin`), bucket);
  return { urls, index, digest, ms };
}

/** Each page's fragment ref, in page order; fails when Pagefind and the documents disagree on the pages. */
export function pageRefs(urls: readonly string[], refs: ReadonlyMap<string, string>): string[] {
  const known = new Set(urls);
  const missing = urls.filter((u) => !refs.has(u));
  const extra = [...refs.keys()].filter((u) => !known.has(u));
  const list = (xs: string[]) => xs.slice(0, 5).join('、') + (xs.length > 5 ? ` 等 ${xs.length} 个` : '');
  if (missing.length > 0) throw new Error(`搜索索引：Pagefind 没有索引这些页面，与搜索文档不一致：${list(missing)}`);
  if (extra.length > 0) throw new Error(`搜索索引：Pagefind 索引了搜索文档之外的页面：${list(extra)}`);
  return urls.map((u) => refs.get(u)!);
}

type PagefindApi = typeof import('pagefind');

/**
 * Run `work` with one Pagefind process per lane, started when the lane first asks for it and
 * closed at the end: a lane indexes its bundles one after another in the same process (a new
 * process per bundle cost a fork of this large process each, 47 at 1,000 speeches).
 */
async function withPagefindLanes<T>(count: number, work: (lane: (n: number) => Promise<PagefindApi>) => Promise<T>): Promise<T> {
  const apis: Promise<PagefindApi>[] = [];
  // If the process ends mid-build (a crash, an interrupt), stop Pagefind first, before the exit
  // handlers remove the work folder it writes into: it would otherwise outlive us and leave files.
  const closeAll = () => Promise.all(apis.map((a) => a.then((api) => api.close(), () => undefined)));
  const onExit = () => void closeAll();
  process.prependListener('exit', onExit);
  try {
    // Each module instance of Pagefind's API starts and talks to its own Pagefind process.
    return await work((n) => (apis[Math.min(n, count - 1)] ??= import(`${PAGEFIND_API}?process=${++processes}`) as Promise<PagefindApi>));
  } finally {
    process.off('exit', onExit);
    await closeAll();
  }
}

/** Index one shard with a Pagefind process and write its bundle to `out`; the process forgets it afterwards. */
async function indexShard(api: PagefindApi, out: string, docs: readonly IndexDocument[]): Promise<void> {
  const { index, errors } = await api.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
  try {
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
    await index.deleteIndex();
  }
}

const PAGEFIND_API = import.meta.resolve('pagefind');
let processes = 0;

/** Run the tasks, at most `limit` at a time (each told its lane, 0…limit-1); rejects with the first failure once all have ended. */
async function runLimited(tasks: ((lane: number) => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const lane = async (n: number) => {
    while (next < tasks.length) await tasks[next++]!(n);
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, tasks.length) }, (_, n) => lane(n)));
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Index the built pages of `siteDir` (those with `data-pagefind-body`, or every page under the
 * searchable folders when none has it) into `pagefind/` and `ngram/`, as `buildDocumentIndex`
 * does with documents.
 */
export async function buildSearchIndex(siteDir: string, options: DocumentIndexOptions = {}): Promise<SearchIndexReport> {
  const pages: IndexDocument[] = [];
  for (const path of await searchableFiles(siteDir)) pages.push({ path, html: await readFile(join(siteDir, path), 'utf8') });
  const marked = pages.filter((p) => p.html.includes(BODY));
  return buildDocumentIndex(siteDir, marked.length > 0 ? marked : pages, options);
}

/** Finish the helper index in `ngram/`: page tables, facets, the versioned folder and its meta. */
async function writeNgram(siteDir: string, postings: Postings, refs: readonly string[], bundles: number, pagefindBytes: number): Promise<Omit<SearchIndexReport, 'times' | 'bundleList' | 'reused' | 'documents'>> {
  const { index, digest } = postings;
  // The version hashes every file in this order: buckets (already in `digest`), page tables, facets.
  const files = new Map<string, string>();
  for (let k = 0; k * PAGES_PER_TABLE < refs.length; k++) {
    const table: PageTable = refs.slice(k * PAGES_PER_TABLE, (k + 1) * PAGES_PER_TABLE);
    files.set(`p${k}.json`, JSON.stringify(table));
  }
  files.set('facets.json', JSON.stringify(index.facets));
  for (const [name, content] of files) digest.update(name).update(content);
  const version = digest.digest('hex').slice(0, 12);

  const dir = join(siteDir, 'ngram');
  const work = join(dir, WORK);
  for (const [name, content] of files) await writeFile(join(work, name), content);
  await rename(work, join(dir, version));
  const meta: NgramMeta = {
    format: NGRAM_FORMAT,
    version,
    pages: refs.length,
    bundles,
    buckets: index.buckets.length,
    lengths: Buffer.from(index.lengths).toString('base64'),
    avgLength: index.avgLength,
  };
  await writeFile(join(dir, 'meta.json'), JSON.stringify(meta));
  return {
    pages: refs.length,
    bundles,
    pagefindBytes,
    ngramBytes: dirBytes(dir),
    ngramBuckets: index.buckets.length,
    ngramKeys: index.keys,
    ngramPostings: index.postings,
  };
}
