import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, type CorpusFile } from './corpus.ts';
import type { Shape } from './shapes.ts';
import { dirSize } from './dir-size.ts';
import { loadSamples } from './load-samples.ts';
import { drawQueries } from './queries.ts';
import type { BenchResult } from './report.ts';
import { runMeasured } from './run-measured.ts';
import { CliError } from '../cli/run-cli.ts';
import { measureSiteSearch } from './search.ts';
import { chromiumPath } from '../shared/chromium.ts';
import { waitForRemovals } from './settle.ts';
import { largestLessonPage, pageWeight } from './page-weight.ts';
import { benchStarlight } from './starlight.ts';
import { editOneSource } from './edit-source.ts';
import { treeDiff } from './tree-diff.ts';
import type { BuildReuse } from '../cli/build.ts';
import { cacheDirOf } from '../build/build-cache.ts';

/** What build-child.ts writes. */
interface ChildResult {
  times: Record<string, number>;
  pages: number;
  rendered: number;
  reuse: BuildReuse;
  totalMs: number;
}

/** Options of one benchmark run. */
export interface BenchOptions {
  /** The project: its `content/` gives the samples, `.cache/bench/` the scratch area. */
  projectRoot: string;
  docs: number;
  /** What the generated documents look like (see shapes.ts). @default 'default' */
  shape?: Shape;
  /** Measure search in Chromium. @default true */
  search: boolean;
  /** Also build the same corpus with Astro Starlight. @default false */
  starlight: boolean;
  /** Write a V8 CPU profile of the build to `.cache/bench/prof-N/` (slows the build a little). @default false */
  profile?: boolean;
  /** Raw copies (`*.txt`) used as samples when `content/sources/` is empty. */
  fallbackSamples?: string;
  /**
   * Then edit one source, rebuild incrementally, build the edited corpus cold elsewhere and
   * compare: times, ratio, and whether the two outputs are byte-identical. @default false
   */
  incremental?: boolean;
  log: (message: string) => void;
}

/**
 * Write a content folder: the project's own content (its sources — the hand-written quizzes
 * point at their lessons —, themes, reading lists and quizzes) plus the generated corpus.
 */
export async function writeCorpus(dir: string, projectRoot: string, corpus: readonly CorpusFile[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  const content = join(projectRoot, 'content');
  if (existsSync(content)) await cp(content, dir, { recursive: true });
  await mkdir(join(dir, 'sources'), { recursive: true });
  for (const file of corpus) await writeFile(join(dir, 'sources', file.file), file.text);
}

/** The Markdown sources of a content folder, as the Starlight comparison builds them. */
async function readSources(dir: string): Promise<CorpusFile[]> {
  const names = (await readdir(join(dir, 'sources'))).filter((n) => n.endsWith('.md')).sort();
  return Promise.all(names.map(async (file) => ({ file, text: await readFile(join(dir, 'sources', file), 'utf8') })));
}

/** Generate the corpus, build it in a measured child process, then measure search and Starlight. */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { projectRoot, docs, log } = options;
  const shape = options.shape ?? 'default';
  // Before minutes of building: the search figures need a browser.
  if (options.search) {
    try {
      chromiumPath();
    } catch (error) {
      throw new CliError(`${(error as Error).message}不测搜索时可加 --no-search。`);
    }
  }
  const scratch = join(projectRoot, '.cache/bench');
  const { samples, from } = await loadSamples(join(projectRoot, 'content'), options.fallbackSamples);
  const corpus = generateCorpus(docs, samples, { shape });
  // Scratch files are named by shape and size, so runs of different shapes keep their own.
  const tag = shape === 'default' ? `${docs}` : `${shape}-${docs}`;
  const contentDir = join(scratch, `content-${tag}`);
  const siteDir = join(scratch, `site-${tag}`);
  await writeCorpus(contentDir, projectRoot, corpus);
  const corpusBytes = corpus.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  log(`${docs} 篇（${shape}）：语料 ${contentDir}（样本：${from}）`);

  await settle(projectRoot, log);
  log(`${docs} 篇：构建本站…`);
  const load = { before: loadavg()[0] ?? 0, cpus: availableParallelism() };
  const profile = (name: string) => (options.profile ? ['--cpu-prof', '--cpu-prof-dir', join(scratch, `prof-${tag}${name}`)] : []);
  // Cold, as a first build is: whatever an earlier run left in the cache is not used.
  const { run, built } = await buildChild(projectRoot, scratch, tag, contentDir, siteDir, { cold: true, profile: profile('') });
  if (run.code !== 0) throw new CliError(`构建失败（${docs} 篇）：\n${run.stderrTail}`);
  const result: BenchResult = {
    docs,
    shape,
    corpusBytes,
    times: built.times,
    totalMs: built.totalMs,
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    systemMs: run.systemMs,
    load,
    peakBytes: run.peakBytes,
    peakName: run.peakName,
    peakTotalBytes: run.peakTotalBytes,
    processes: run.processes,
    pages: built.pages,
    output: await dirSize(siteDir),
    index: await dirSize(join(siteDir, 'pagefind')),
    ngram: await dirSize(join(siteDir, 'ngram')),
  };
  const lesson = await largestLessonPage(siteDir);
  if (lesson) result.lessonPage = await pageWeight(siteDir, lesson);

  if (options.search) {
    await settle(projectRoot, log);
    log(`${docs} 篇：在 Chromium 中测量搜索…`);
    result.search = await measureSiteSearch(siteDir, drawQueries(corpus, 24));
  }
  if (options.starlight) {
    await settle(projectRoot, log);
    log(`${docs} 篇：用 Starlight 构建同一批 Markdown…`);
    const sl = await benchStarlight(join(scratch, 'starlight'), await readSources(contentDir), process.execPath);
    result.starlight = { wallMs: sl.run.wallMs, cpuMs: sl.run.cpuMs, systemMs: sl.run.systemMs, peakBytes: sl.run.peakBytes, peakName: sl.run.peakName, output: sl.output, index: sl.index };
  }
  if (options.incremental) {
    const edited = editOneSource(corpus);
    log(`${docs} 篇：修改 ${edited.file} 后增量构建…`);
    await writeFile(join(contentDir, 'sources', edited.file), edited.text);
    await settle(projectRoot, log);
    const inc = await buildChild(projectRoot, scratch, tag, contentDir, siteDir, { cold: false, profile: profile('-incremental') });
    if (inc.run.code !== 0) throw new CliError(`增量构建失败（${docs} 篇）：\n${inc.run.stderrTail}`);
    log(`${docs} 篇：完整构建修改后的语料，与增量构建的输出比较…`);
    const coldDir = join(scratch, `site-${tag}-cold`);
    await settle(projectRoot, log);
    const cold = await buildChild(projectRoot, scratch, tag, contentDir, coldDir, { cold: true, profile: [] });
    if (cold.run.code !== 0) throw new CliError(`构建失败（${docs} 篇）：\n${cold.run.stderrTail}`);
    const differing = await treeDiff(siteDir, coldDir);
    result.incremental = {
      file: edited.file,
      wallMs: inc.run.wallMs,
      totalMs: inc.built.totalMs,
      cpuMs: inc.run.cpuMs,
      peakBytes: inc.run.peakBytes,
      times: inc.built.times,
      rendered: inc.built.rendered,
      reuse: inc.built.reuse,
      coldWallMs: cold.run.wallMs,
      coldTotalMs: cold.built.totalMs,
      differing,
    };
    await rm(coldDir, { recursive: true, force: true });
    await rm(cacheDirOf(join(projectRoot, '.cache', 'incremental'), coldDir), { recursive: true, force: true });
  }
  await writeFile(join(scratch, `result-${tag}.json`), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

/**
 * Before a measurement: let the detached removal of an earlier build's replaced output end
 * (after a cold build it removes ~26,000 files at 1,000 lesson-heavy speeches), so that neither
 * this site nor Starlight is timed while it runs.
 */
async function settle(projectRoot: string, log: (message: string) => void): Promise<void> {
  const { waitedMs, settled } = await waitForRemovals(join(projectRoot, '.cache', 'trash'));
  if (waitedMs >= 1000) log(`      已等待 ${(waitedMs / 1000).toFixed(1)} 秒，${settled ? '上次构建的后台删除已结束' : '上次构建的后台删除仍未结束，照常测量'}`);
}

/** Build `contentDir` into `siteDir` in a measured child process (build-child.ts). */
async function buildChild(projectRoot: string, scratch: string, tag: string, contentDir: string, siteDir: string, opts: { cold: boolean; profile: string[] }): Promise<{ run: Awaited<ReturnType<typeof runMeasured>>; built: ChildResult }> {
  const resultFile = join(scratch, `times-${tag}.json`);
  await rm(resultFile, { force: true });
  const run = await runMeasured(process.execPath, [...opts.profile, 'src/bench/build-child.ts', '--content', contentDir, '--out', siteDir, '--result', resultFile, ...(opts.cold ? ['--no-cache'] : [])], {
    cwd: projectRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DEV_BACKGROUND: '0' },
  });
  const built = run.code === 0 ? (JSON.parse(await readFile(resultFile, 'utf8')) as ChildResult) : ({} as ChildResult);
  return { run, built };
}
