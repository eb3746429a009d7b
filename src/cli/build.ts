import { cp, mkdir, open, rename, stat, writeFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent } from '../content/read-content.ts';
import { runPipeline } from '../pipeline/run-pipeline.ts';
import { clearDeadWork, createStaging, outputProblem } from '../build/atomic-output.ts';
import { dataFiles, type OutputFile } from '../build/data-files.ts';
import { quizFiles } from '../build/quiz-files.ts';
import { buildDocumentIndex } from '../search/build-index.ts';
import { iconFiles, prehashSite, prepareServiceWorker, writeOffline } from '../offline/index.ts';
import { pagesRendered, providePublicSite, provideSiteData } from '../site/data.ts';
import { shareCardFiles } from '../build/share-cards.ts';
import { filterViews, siteViews, type SiteViews } from '../site/views/index.ts';
import { fileOfUrl, searchDocuments } from '../search/index-documents.ts';
import { BuildCache } from '../build/build-cache.ts';
import { codeHash } from '../build/code-hash.ts';
import { cleanFolder } from '../build/place-files.ts';
import { pageFingerprints } from '../build/page-fingerprints.ts';
import type { SiteData } from '../shared/types.ts';
import { CliError, ContentErrors, parseOptions, runCli } from './run-cli.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Options of `npm run build`. */
export interface BuildOptions {
  /** @default 'content' */
  content: string;
  /** @default 'dist' */
  out: string;
  /** Deployment sub-path. @default '/' */
  base: string;
  /**
   * Public site URL: the feed's links, and share cards' absolute URLs (without it, cards point
   * at site-relative paths). @default 'http://localhost:4321' for the feed
   */
  site?: string;
  /** Print stage progress. @default true */
  progress: boolean;
  /** Split the Pagefind index into this many bundles. @default about one per 250,000 characters of searchable pages */
  searchShards?: number;
  /**
   * Reuse what the last build into the same output folder left (parsed sources, pages and
   * search bundles that did not change); `false` (`--no-cache`) builds everything. The output is
   * the same either way. @default true
   */
  cache?: boolean;
}

/** What a build reused from the last one into the same folder. */
export interface BuildReuse {
  /** Why nothing was reused (no cache, code changed, `--no-cache`…), when nothing was. */
  cold?: string;
  sources: number;
  pages: number;
  bundles: number;
}

/** What `buildSite` reports. */
export interface BuildReport {
  times: BuildTimes;
  /** Searchable pages. */
  pages: number;
  /** Pages Astro rendered (the others were reused). */
  rendered: number;
  reuse: BuildReuse;
}

/** Wall time per stage, in milliseconds. */
export type BuildTimes = Record<string, number>;

/** Run the whole pipeline and write the site to `options.out`, atomically. */
export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  const log = (msg: string) => options.progress && console.log(msg);
  const times: BuildTimes = {};
  const base = `/${options.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  // The base lands in every link and the site URL in the feed: refuse what would break them.
  if (!/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(base) || /(^|\/)\.\.?\//.test(base)) {
    throw new CliError(`--base「${options.base}」无效：只能由字母、数字和 . _ ~ - 组成的路径段，如 /xuexi/`);
  }
  const site = options.site ?? 'http://localhost:4321';
  if (!/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/.test(site) || !URL.canParse(site)) {
    throw new CliError(`--site「${site}」无效：应为 http:// 或 https:// 开头的网址，如 https://example.org`);
  }
  const problem = await outputProblem(options.out, [options.content, projectRoot, process.cwd()]);
  if (problem) throw new ContentErrors([{ file: options.out, message: problem }]);
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    times[name] = now - t;
    t = now;
  };

  // Tests make small sites split their search index as a large one's would be.
  const shardChars = /^[1-9]\d*$/.test(process.env.XUEXI_SEARCH_SHARD_CHARS ?? '') ? Number(process.env.XUEXI_SEARCH_SHARD_CHARS) : undefined;
  log(`[1/5] 读取内容：${options.content}`);
  // Everything besides the content that shapes the output: a cache made under other code or options is not used.
  // Characters of lesson HTML per grouped search document (0: none), for measuring the grouping.
  const groupChars = /^\d+$/.test(process.env.XUEXI_SEARCH_GROUP_CHARS ?? '') ? Number(process.env.XUEXI_SEARCH_GROUP_CHARS) : undefined;
  const code = await codeHash(projectRoot, [`base ${base}`, `site ${options.site}`, `shards ${options.searchShards ?? ''}`, `shard chars ${shardChars ?? ''}`, `group chars ${groupChars ?? ''}`]);
  const trash = join(projectRoot, '.cache', 'trash');
  const cache = await BuildCache.open(join(projectRoot, '.cache', 'incremental'), options.out, code, { ignore: options.cache === false, trash });
  // The files are read and processed in a function of their own, so that their text (140 MB at
  // 10,000 speeches) is garbage once the pipeline has turned it into site data.
  const processed = await (async () => {
    const { files, issues: readIssues } = await readContent(resolve(options.content));
    if (readIssues.length > 0) throw new ContentErrors(readIssues);
    await Promise.all([cache.sources.preload(files.sources), cache.questions.preload()]);
    lap('read');
    log(`[2/5] 处理 ${files.sources.length} 篇原文（结构、分课、专题、测验、书单）`);
    return runPipeline(files, { structure: cache.sources.structure, questions: cache.questions });
  })();
  const { data, issues, times: stageTimes } = processed;
  if (!data) throw new ContentErrors(issues);
  Object.assign(times, stageTimes);
  lap('pipeline');
  log(`      ${data.docs.length} 篇原文 · ${data.lessons.length} 课 · ${data.themes.length} 个专题 · ${data.questions.length} 道题 · ${data.reading.length} 个月书单`);


  const work = join(projectRoot, '.cache', `build-${process.pid}`);
  await clearDeadWork(join(projectRoot, '.cache'), 'build-');
  // The output this build replaces is kept as the next one's starting point (a spare whose
  // unchanged files are the same files as the output's); a cold build does not start from it.
  const staging = await createStaging(options.out, { scratch: [work], spare: { path: cache.spareDir, use: cache.state.warm }, trash });
  try {
    await mkdir(work, { recursive: true });
    lap('data');

    const searchDocs = searchDocuments(data);
    log(`[3/5] 生成页面（Astro），同时为 ${data.lessons.length + data.themes.length + data.reading.length} 个页面建立搜索索引（Pagefind）`);
    // Pagefind indexes documents rendered from SiteData in its own process and writes its index
    // outside Astro's output folder, all while Astro renders the pages: neither waits for the other.
    const searchDir = join(work, 'search');
    await mkdir(searchDir, { recursive: true });
    // Progress of the search index, for the lines printed while it is built.
    let bundlesDone = 0;
    let bundlesTotal = 0;
    const searchProgress = () => (bundlesTotal > 1 ? `，搜索索引 ${bundlesDone}/${bundlesTotal} 个包` : '');
    const indexing = buildDocumentIndex(searchDir, searchDocs, {
      shards: options.searchShards,
      shardChars,
      groupChars,
      reuse: cache.state.warm ? cache.bundles : undefined,
      summaries: { dir: cache.summaryDir, code },
      onBundle: (done, total) => {
        bundlesDone = done;
        bundlesTotal = total;
      },
    });
    // Settled here so that a failing Astro does not leave an unhandled rejection behind.
    indexing.catch(() => undefined);

    // A parametrized page whose view did not change is taken from the last output, not rendered.
    const views = siteViews(data);
    const fingerprints = pageFingerprints(views);
    const reusable = cache.reusablePages(fingerprints, fileOfUrl);
    const toRender = reusable.size > 0 ? filterViews(views, (url) => !reusable.has(url)) : views;
    log(
      cache.state.warm
        ? `      增量构建：${cache.sources.hits} 篇原文无需重新解析，${cache.questions.hits} 课无需重新出题，${reusable.size} 个页面无需重新生成（共 ${fingerprints.size} 个）`
        : `      完整构建：${cache.state.reason}`,
    );
    lap('views');
    // Reused pages go into the staging folder while Astro renders the others. A staging folder
    // recycled from the spare already holds most of them: it loses everything else first, so that
    // no file Astro or this build writes is one the published output shares.
    const pairs = cache.pagePairs(staging.dir, reusable, fileOfUrl);
    const pending = staging.recycled ? await cleanFolder(staging.dir, pairs) : pairs;
    const placing = cache.placePages(pending, reusable.size);
    placing.catch(() => undefined);
    const astroStart = performance.now();
    // A line every few seconds while Astro renders: a large site takes a while.
    const ticker = options.progress ? setInterval(() => log(`      已生成 ${pagesRendered()} 个页面…${searchProgress()}`), PROGRESS_MS) : undefined;
    try {
      // Astro moves its assets from the work folder into its output by renaming them, which
      // fails across file systems (an output on another disk): it then writes into the work
      // folder, and the pages are copied over.
      const crossDevice = (await stat(work)).dev !== (await stat(staging.dir)).dev;
      const astroOut = crossDevice ? join(work, 'site') : staging.dir;
      await runAstro({ data, views: toRender, outDir: astroOut, base, site, publicSite: options.site, workDir: work });
      if (crossDevice) await moveInto(astroOut, staging.dir);
    } catch (error) {
      await Promise.allSettled([indexing, placing]);
      throw error;
    } finally {
      clearInterval(ticker);
    }
    const rendered = pagesRendered();
    log(`      已生成 ${rendered} 个页面（${seconds(performance.now() - astroStart)}）`);
    lap('astro');

    log(`[4/5] 收尾搜索索引，写入数据文件`);
    // While Pagefind finishes in its own processes, this one writes the data files, hashes the
    // pages for the offline bundle (which leaves pagefind/ and ngram/ out), renders the icons and
    // gets the service worker (bundled by Workbox once per base, then reused from .cache/).
    const side = (async () => {
      const start = performance.now();
      await placing;
      await writeOutputFiles(staging.dir, [...dataFiles(data, base), ...quizFiles(data, base), ...shareCardFiles(data)]);
      times.output = performance.now() - start;
      const serviceWorker = await prepareServiceWorker(base, join(projectRoot, '.cache', 'service-worker'));
      return { hashes: await prehashSite(staging.dir, cache.hashCache()), serviceWorker, icons: await cache.icons(iconFiles) };
    })();
    // Wait for both before failing, so that Pagefind never writes into a work folder being removed.
    // A large site's index takes a while after Astro: say how far it is.
    const waiting = options.progress ? setInterval(() => log(`      搜索索引：已完成 ${bundlesDone}/${bundlesTotal} 个包…`), PROGRESS_MS) : undefined;
    const [sideDone] = await Promise.allSettled([side, indexing]).finally(() => clearInterval(waiting));
    if (sideDone.status === 'rejected') throw sideDone.reason;
    const { serviceWorker, icons } = sideDone.value;
    // The search index's files, reused bundles among them, were not hashed ahead: the last output's hashes serve for those that are the same file.
    const hashes = new Map([...cache.hashCache(), ...sideDone.value.hashes]);
    const searched = await indexing;
    for (const name of ['pagefind', 'ngram']) await moveDir(join(searchDir, name), join(staging.dir, name));
    const { pages, bundles, times: searchTimes } = searched;
    const reusedBundles = searched.reused > 0 ? `，其中 ${searched.reused} 个沿用上次构建` : '';
    log(`      搜索索引：${pages} 个页面${bundles > 1 ? `，分 ${bundles} 个包并行建立${reusedBundles}` : reusedBundles}（${seconds(searchTimes.pagefind + searchTimes.ngram)}）`);
    lap('pagefind');
    // Pagefind ran beside Astro: the table shows what it cost in its own lane (start to index
    // written) and the wait after Astro separately, as `pagefind-wait`.
    times['pagefind-wait'] = times.pagefind ?? 0;
    times.pagefind = searchTimes.pagefind;
    times.ngram = searchTimes.ngram;

    log(`[5/5] 离线缓存`);
    const offline = await writeOffline(staging.dir, { base, hashes, serviceWorker, icons });
    lap('offline');

    // The manifest describes the output about to be replaced: drop it first, so that a crash
    // between the swap and the new manifest leaves no cache that lies about the output.
    await cache.invalidate();
    // The replaced output is kept as the next build's spare when this one reused its files;
    // after a cold build it has nothing in common with the new output and goes.
    await staging.commit({ spare: reusable.size > 0 });
    lap('commit');
    log(`完成：站点共 ${offline.files} 个文件（${megabytes(offline.bytes)}），${pages} 个页面可搜索，已写入 ${options.out}`);
    try {
      const bundleRecords = Object.fromEntries(searched.bundleList.map((b) => [b.key, { folder: b.folder, refs: b.refs }]));
      await cache.save({ code, pages: fingerprints, bundles: bundleRecords, hashes: new Map(offline.listed.map((f) => [f.path, f.hash])) });
    } catch (error) {
      // The site is written; only the next build's head start is lost.
      log(`      注意：未能保存增量构建缓存（${error instanceof Error ? error.message.split('\n')[0] : String(error)}），下次将完整构建`);
    }
    lap('cache');
    const reuse: BuildReuse = cache.state.warm ? { sources: cache.sources.hits, pages: cache.reusedPages, bundles: searched.reused } : { cold: cache.state.reason, sources: 0, pages: 0, bundles: 0 };
    return { times, pages, rendered, reuse };
  } catch (error) {
    await staging.discard();
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Copy a folder's files into another (on another file system), then remove it. */
async function moveInto(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true, force: true });
  await rm(from, { recursive: true, force: true });
}

/** Move a folder, copying when it lies on another file system. */
async function moveDir(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

/**
 * Pages Astro renders at once. Each page waits on a directory and a file write in libuv's thread
 * pool, and with Pagefind busy on both cores those waits left Astro's thread idle three quarters
 * of the time: rendering several pages at once overlaps them (1,000 speeches: Astro 13-17.6 s →
 * 11-13 s). The output does not depend on it.
 */
const RENDER_CONCURRENCY = 8;

/** How often the build reports pages rendered while Astro runs. */
const PROGRESS_MS = 3000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} 秒`;
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

async function writeOutputFiles(dir: string, files: OutputFile[]): Promise<void> {
  for (const file of files) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    if (!file.chunks) {
      await writeFile(path, file.text);
      continue;
    }
    // A large file in pieces of about a megabyte, never whole in memory.
    const handle = await open(path, 'w');
    try {
      let pending = '';
      for (const chunk of file.chunks()) {
        pending += chunk;
        if (pending.length >= 1 << 19) {
          await handle.write(pending);
          pending = '';
        }
      }
      if (pending) await handle.write(pending);
    } finally {
      await handle.close();
    }
  }
}

async function runAstro(opts: { data: SiteData; views: SiteViews; outDir: string; base: string; site: string; publicSite: string | undefined; workDir: string }): Promise<void> {
  provideSiteData(opts.data, opts.views);
  providePublicSite(opts.publicSite);
  process.env.XUEXI_BASE = opts.base;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  // Astro puts its prerender chunks in `<cwd>/.astro/` when the output folder lies outside the
  // working directory: two builds at once would delete each other's chunks. Each build works in
  // its own folder instead.
  const cwd = process.cwd();
  process.chdir(opts.workDir);
  try {
    // Astro's own logger prints stack traces; editors get one line from us instead.
    // The output folder is a fresh staging folder that the build fills beside Astro (pages reused
    // from the last build are put there while Astro renders the others): Astro must not empty it.
    await build({ build: { concurrency: RENDER_CONCURRENCY }, vite: { build: { emptyOutDir: false } }, root: projectRoot, outDir: opts.outDir, base: opts.base, site: opts.site, logLevel: process.env.XUEXI_DEBUG ? 'error' : 'silent', mode: 'production' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`生成页面失败：${message.split('\n')[0]}`);
  } finally {
    process.chdir(cwd);
    provideSiteData(undefined);
    providePublicSite(undefined);
  }
}

if (import.meta.main) {
  await runCli(async () => {
    const values = parseOptions(process.argv.slice(2), {
      content: { type: 'string', default: 'content' },
      out: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.XUEXI_BASE ?? '/' },
      site: { type: 'string', default: process.env.XUEXI_SITE },
      quiet: { type: 'boolean', default: false },
      'search-shards': { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
    });
    const shards = values['search-shards'];
    if (shards !== undefined && !/^[1-9]\d{0,2}$/.test(shards)) throw new CliError(`--search-shards 应为 1 到 999 之间的整数（收到「${shards}」）`);
    const start = performance.now();
    await buildSite({ content: values.content, out: values.out, base: values.base, site: values.site, progress: !values.quiet, searchShards: shards === undefined ? undefined : Number(shards), cache: !values['no-cache'] });
    if (!values.quiet) console.log(`总耗时 ${seconds(performance.now() - start)}`);
  });
}
