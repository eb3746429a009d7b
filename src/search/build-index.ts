import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { decodeFragmentFile, type PagefindFragment } from './fragments.ts';
import type { IndexDocument } from './index-documents.ts';
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

const SEARCHABLE_FOLDERS = /^\{([^}]*)\}/.exec(SEARCHABLE_PAGES)![1]!.split(',');
const BODY = 'data-pagefind-body';
/** How often to look for pages the site generator has finished while it runs. */
const POLL_MS = 400;

/** The `.html` files under the searchable folders, as paths relative to the site (`/` separators). */
async function searchableFiles(siteDir: string): Promise<string[]> {
  const out: string[] = [];
  for (const folder of SEARCHABLE_FOLDERS) {
    const names = await readdir(join(siteDir, folder), { recursive: true }).catch(() => [] as string[]);
    for (const name of names) if (name.endsWith('.html')) out.push(`${folder}/${name.split(sep).join('/')}`);
  }
  return out.sort();
}

/** `/lessons/a/` → `lessons/a/index.html` (the file `format: 'directory'` writes). */
function fileOfUrl(url: string): string {
  return `${url.replace(/^\/+/, '').replace(/\/?$/, '/')}index.html`;
}

/**
 * Feeds Pagefind the searchable pages one by one (`addHTMLFile`, same URL as `addDirectory` would
 * give) so that its indexing, in its own process, overlaps the site generator still writing
 * pages: the build is otherwise single-threaded. Pagefind's output depends on the order pages
 * arrive in, so they are sent in a fixed order (the expected pages in the given order, waiting
 * for each to be written; then any others, sorted) whatever the timing. Only pages with
 * `data-pagefind-body` are sent (Pagefind would parse and then drop the others, such as the
 * lesson list), unless no page has one, when Pagefind indexes every page as `addDirectory` did.
 */
class PagefindFeeder {
  private readonly siteDir: string;
  private readonly index: pagefind.PagefindIndex;
  private readonly expected: string[];
  private next = 0;
  private readonly sent = new Set<string>();
  private readonly withoutBody: string[] = [];
  private readonly pending: Promise<void>[] = [];
  private readonly errors: string[] = [];
  private withBody = 0;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private stopped = false;

  constructor(siteDir: string, index: pagefind.PagefindIndex, expected: string[]) {
    this.siteDir = siteDir;
    this.index = index;
    this.expected = expected;
  }

  /** Look for finished pages every few hundred milliseconds until `finish`. */
  watch(): void {
    if (this.expected.length === 0) return;
    const tick = () => {
      this.polling = this.advance().finally(() => {
        if (!this.stopped) this.timer = setTimeout(tick, POLL_MS);
      });
    };
    this.timer = setTimeout(tick, POLL_MS);
  }

  /** Send what is left (every page now) and wait for Pagefind to take it all. */
  async finish(): Promise<void> {
    this.stop();
    await this.polling;
    for (; this.next < this.expected.length; this.next++) {
      const path = this.expected[this.next]!;
      const html = await readFile(join(this.siteDir, path), 'utf8').catch(() => undefined);
      if (html !== undefined) this.take(path, html);
    }
    for (const path of await searchableFiles(this.siteDir)) {
      if (!this.sent.has(path)) this.take(path, await readFile(join(this.siteDir, path), 'utf8'));
    }
    if (this.withBody === 0) for (const path of this.withoutBody) this.send(path, await readFile(join(this.siteDir, path), 'utf8'));
    await Promise.all(this.pending);
    if (this.errors.length > 0) throw new Error(`Pagefind 索引失败：${this.errors.join('；')}`);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Send the expected pages that are written, in order, up to the first one that is not yet. */
  private async advance(): Promise<void> {
    while (!this.stopped && this.next < this.expected.length) {
      const path = this.expected[this.next]!;
      const html = await readFile(join(this.siteDir, path), 'utf8').catch(() => undefined);
      // A page without its closing tag may be half written: look again later.
      if (html === undefined || !html.trimEnd().endsWith('</html>')) return;
      this.take(path, html);
      this.next++;
    }
  }

  private take(path: string, html: string): void {
    this.sent.add(path);
    if (html.includes(BODY)) {
      this.withBody++;
      this.send(path, html);
    } else {
      this.withoutBody.push(path);
    }
  }

  private send(path: string, content: string): void {
    this.pending.push(
      this.index.addHTMLFile({ sourcePath: path, content }).then(
        (r) => void this.errors.push(...r.errors.map((e) => `${path}: ${e}`)),
        (e: unknown) => void this.errors.push(`${path}: ${String(e)}`),
      ),
    );
  }
}

/** A search index being built while the site is generated; see `startSearchIndex`. */
export interface SearchIndexSession {
  /** Index the remaining pages, write `pagefind/` and `ngram/`. Call once the site is complete. */
  finish(): Promise<SearchIndexReport>;
  /** Give up (the build failed): stop Pagefind, write nothing. */
  abort(): Promise<void>;
}

/**
 * Start Pagefind now and feed it the searchable pages of `siteDir` as they appear, so that
 * indexing runs alongside the site generator; `finish()` once every page is written. `urls`
 * lists the searchable pages to expect (`/lessons/a/`…), ideally in the order they are written;
 * pages not listed are indexed at `finish()`.
 */
export async function startSearchIndex(siteDir: string, urls: readonly string[] = []): Promise<SearchIndexSession> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) {
    await pagefind.close();
    throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
  }
  const feeder = new PagefindFeeder(siteDir, index, [...new Set(urls.map(fileOfUrl))]);
  feeder.watch();
  let done = false;
  return {
    async finish() {
      if (done) throw new Error('搜索索引已完成');
      done = true;
      const out = join(siteDir, 'pagefind');
      try {
        await feeder.finish();
        await rm(out, { recursive: true, force: true });
        const written = await index.writeFiles({ outputPath: out });
        if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join('；')}`);
      } finally {
        feeder.stop();
        await pagefind.close();
      }
      const fragments = await readFragments(out);
      return writeNgram(siteDir, fragments, performance.now() - started);
    },
    async abort() {
      if (done) return;
      done = true;
      feeder.stop();
      await pagefind.close();
    },
  };
}

/** The fragments Pagefind wrote (one per indexed page), minus the files the site does not use. */
async function readFragments(out: string): Promise<PagefindFragment[]> {
  for (const name of UNUSED) await rm(join(out, name), { force: true });
  const fragments: PagefindFragment[] = [];
  const dir = join(out, 'fragment');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.pf_fragment')).sort();
  for (const name of names) fragments.push(...decodeFragmentFile(name.slice(0, -'.pf_fragment'.length), await readFile(join(dir, name))));
  return fragments;
}

/**
 * Index `docs` (rendered from SiteData, see `indexDocuments`) with Pagefind in its own process and
 * write `pagefind/` and `ngram/` into `dir` (a folder outside the site generator's output, which
 * it may clean), all while the site generator runs; move both into the site afterwards. The
 * documents are sent in the given order, so the output does not depend on timing.
 */
export async function buildDocumentIndex(dir: string, docs: readonly IndexDocument[]): Promise<SearchIndexReport> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) {
    await pagefind.close();
    throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
  }
  const out = join(dir, 'pagefind');
  // If the process ends mid-build (a crash, an interrupt), stop Pagefind first, before the exit
  // handlers remove the work folder it writes into: it would otherwise outlive us and leave files.
  const onExit = () => void pagefind.close();
  process.prependListener('exit', onExit);
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
    process.off('exit', onExit);
    await pagefind.close();
  }
  const fragments = await readFragments(out);
  return writeNgram(dir, fragments, performance.now() - started);
}

/**
 * Index the built pages with Pagefind's Node API (Chinese segmentation) into `pagefind/`, then
 * build the exact-match helper index into `ngram/` from the very text Pagefind indexed (its
 * fragments), so that what the browser verifies and what the index says always agree.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  const session = await startSearchIndex(siteDir);
  return session.finish();
}

/** Build the exact-match helper index into `ngram/` from Pagefind's fragments. */
async function writeNgram(siteDir: string, fragments: PagefindFragment[], pagefindMs: number): Promise<SearchIndexReport> {
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
