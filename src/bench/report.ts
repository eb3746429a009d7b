import type { DirSize } from './dir-size.ts';
import type { ProcessPeak } from './process-tree.ts';
import type { PageWeight } from './page-weight.ts';
import type { SearchResult } from './search.ts';
import { SHAPE_LABELS, type Shape } from './shapes.ts';
import { formatBytes, formatCount, formatMs, formatRatio, formatTable } from './table.ts';

/** Figures of one benchmark run at one corpus size. */
export interface BenchResult {
  docs: number;
  /** The corpus shape (see shapes.ts). @default 'default' */
  shape?: Shape;
  corpusBytes: number;
  /** Wall time of each build stage in ms, as `buildSite` reports them. */
  times: Record<string, number>;
  /** `buildSite` from start to finish, in ms. */
  totalMs: number;
  /** The build process from spawn to exit (Node start-up and module loading included), in ms. */
  wallMs: number;
  /** User + system CPU time of the build's process tree, in ms. */
  cpuMs?: number;
  /** The system (kernel) part of `cpuMs`: creating files is kernel work, and some file systems make it costly. */
  systemMs?: number;
  /** 1-minute load average just before the build, and the machine's CPU count: wall times mean little on a busy machine. */
  load: { before: number; cpus: number };
  peakBytes: number;
  peakName: string;
  peakTotalBytes: number;
  processes: ProcessPeak[];
  pages: number;
  output: DirSize;
  /** `pagefind/`: Pagefind's runtime and index. */
  index: DirSize;
  /** `ngram/`: the exact-match helper index, when the build writes one. */
  ngram?: DirSize;
  /** The heaviest lesson page with its CSS and scripts, gzipped (the search runtime loads on demand). */
  lessonPage?: PageWeight;
  search?: SearchResult;
  starlight?: { wallMs: number; cpuMs?: number; systemMs?: number; peakBytes: number; peakName: string; output: DirSize; index: DirSize };
  /** `--incremental`: one source edited, rebuilt into the same folder, against a cold build of the edited corpus. */
  incremental?: IncrementalResult;
}

/** The incremental rebuild after one edited source, and the cold build it is compared with. */
export interface IncrementalResult {
  /** The source edited. */
  file: string;
  /** The incremental build process from spawn to exit, and `buildSite` alone, in ms. */
  wallMs: number;
  totalMs: number;
  cpuMs?: number;
  peakBytes: number;
  times: Record<string, number>;
  /** Pages Astro rendered. */
  rendered: number;
  reuse: { cold?: string; sources: number; pages: number; bundles: number };
  /** The cold build of the same (edited) corpus. */
  coldWallMs: number;
  coldTotalMs: number;
  /** Files whose bytes differ between the incremental and the cold output (none, if it works). */
  differing: string[];
}

/** Build stages in pipeline order, with the label printed for each. */
export const STAGES: readonly (readonly [string, string])[] = [
  ['read', '读取内容'],
  ['structure', '结构 structure'],
  ['lessons', '分课 lessons'],
  ['themes', '专题 themes'],
  ['quiz', '测验 quiz'],
  ['reading', '书单 reading'],
  ['data', '准备输出目录'],
  ['views', '页面视图（比对上次构建）'],
  ['astro', '生成页面 Astro'],
  ['pagefind', '搜索索引 Pagefind'],
  ['pagefind-wait', '  Astro 结束后仍等待'],
  ['ngram', '精确匹配索引 ngram'],
  ['output', '数据文件 output'],
  ['offline', '离线包 offline'],
  ['commit', '替换输出目录'],
  ['cache', '保存增量构建缓存'],
];

/**
 * Growth targets: 1,000 documents at most 11× the cost of 100 (10× is linear); our build ≤ 0.8 ×
 * Starlight (≤ 0.6 × on the lesson-heavy shape, see `starlightTarget`); search on the loaded page ≤ 50 ms median, the first query ≤ 300 KB transferred; a
 * lesson page with its CSS and scripts ≤ 30 KB gzipped; one source changed, the rebuild ≤ 25 % of a
 * cold build.
 */
export const TARGETS = { growthSlack: 1.1, starlightRatio: 0.8, searchMedianMs: 50, firstQueryBytes: 300 * 1024, lessonPageBytes: 30 * 1024, incrementalRatio: 0.25 };

/** The Starlight ratio a corpus shape must reach: lesson-heavy speeches are where a member's site spends its pages. */
export function starlightTarget(shape: Shape | undefined): number {
  return shape === 'lessons' ? 0.6 : TARGETS.starlightRatio;
}

/** The figures as a table, one column per corpus size and a growth column when there are two or more. */
export function formatReport(results: readonly BenchResult[]): string {
  const first = results[0];
  const last = results[results.length - 1];
  const growth = results.length > 1 && first && last;
  const header = ['', ...results.map((r) => `${r.docs} 篇`), ...(growth ? [`倍数 ${last.docs}/${first.docs}`] : [])];
  const row = (label: string, values: (r: BenchResult) => number | undefined, fmt: (v: number | undefined) => string) => {
    const cells = results.map((r) => fmt(values(r)));
    if (growth) {
      const a = values(first);
      const b = values(last);
      cells.push(a !== undefined && b !== undefined && a > 0 ? formatRatio(b / a) : '—');
    }
    return [label, ...cells];
  };
  const shapes = [...new Set(results.map((r) => SHAPE_LABELS[r.shape ?? 'default']))];
  const rows: string[][] = [[`语料形态：${shapes.join('；')}`], ['构建（各阶段墙钟时间）']];
  // Stages the build did not report are left out; stages it reports that are not listed here still show.
  const known = new Set(STAGES.map(([key]) => key));
  const extra = [...new Set(results.flatMap((r) => Object.keys(r.times)))].filter((key) => !known.has(key) && key !== 'pipeline');
  // Until the build reports the exact-match index on its own, its time is inside the Pagefind stage.
  const ngramInside = !results.some((r) => r.times.ngram !== undefined) && results.some((r) => (r.ngram?.files ?? 0) > 0);
  for (const [key, label] of [...STAGES, ...extra.map((key) => [key, key] as const)]) {
    const shown = key === 'pagefind' && ngramInside ? `${label}（含 ngram）` : label;
    if (results.some((r) => r.times[key] !== undefined)) rows.push(row(`  ${shown}`, (r) => r.times[key], formatMs));
  }
  rows.push(row('  合计 buildSite', (r) => r.totalMs, formatMs));
  rows.push(row('  进程总耗时（含 Node 启动）', (r) => r.wallMs, formatMs));
  rows.push(row('  CPU 时间（用户+系统）', (r) => r.cpuMs, formatMs));
  rows.push(row('    其中系统（内核）', (r) => r.systemMs, formatMs));
  rows.push(['  开始前负载（1 分钟）', ...results.map((r) => `${r.load.before.toFixed(2)} / ${r.load.cpus} 核`), ...(growth ? [''] : [])]);
  rows.push(row('  峰值内存（最大进程）', (r) => r.peakBytes, formatBytes));
  rows.push(['    最大进程', ...results.map((r) => r.peakName), ...(growth ? [''] : [])]);
  rows.push(row('  峰值内存（进程树合计）', (r) => r.peakTotalBytes, formatBytes));
  rows.push(['输出']);
  rows.push(row('  语料大小', (r) => r.corpusBytes, formatBytes));
  rows.push(row('  编入索引的页面', (r) => r.pages, formatCount));
  rows.push(row('  HTML 文件', (r) => r.output.htmlFiles, formatCount));
  rows.push(row('  文件总数', (r) => r.output.files, formatCount));
  rows.push(row('  站点大小', (r) => r.output.bytes, formatBytes));
  rows.push(row('  索引大小 pagefind/', (r) => r.index.bytes, formatBytes));
  if (results.some((r) => r.ngram && r.ngram.files > 0)) rows.push(row('  索引大小 ngram/', (r) => r.ngram?.bytes, formatBytes));
  if (results.some((r) => r.lessonPage)) {
    rows.push(['最大的课程页面（gzip；搜索程序按需加载，不计）']);
    rows.push(row('  HTML', (r) => r.lessonPage?.html, formatBytes));
    rows.push(row('  CSS', (r) => r.lessonPage?.css, formatBytes));
    rows.push(row('  JavaScript', (r) => r.lessonPage?.js, formatBytes));
    rows.push(row('  合计', (r) => r.lessonPage?.total, formatBytes));
  }
  if (results.some((r) => r.search)) {
    rows.push(['搜索（Chromium，搜索页已打开、程序已加载：从提交查询到结果显示）']);
    rows.push(row('  计时查询（另有 1 次预热）', (r) => r.search?.timed, formatCount));
    rows.push(row('  中位数', (r) => r.search?.medianMs, formatMs));
    rows.push(row('  第 95 百分位', (r) => r.search?.p95Ms, formatMs));
    rows.push(row('  后续查询传输（中位数）', (r) => r.search?.laterQueryBytes, formatBytes));
    rows.push(['搜索冷启动（Chromium，空缓存，打开 /search/?q=，含页面加载）']);
    rows.push(row('  首次查询耗时', (r) => r.search?.firstQueryMs, formatMs));
    rows.push(row('  首次查询传输', (r) => r.search?.firstQueryBytes, formatBytes));
    rows.push(row('  每次打开 /search/?q= 中位数（含页面加载）', (r) => r.search?.pageLoad.medianMs, formatMs));
    rows.push(row('  每次打开 /search/?q= 第 95 百分位（含页面加载）', (r) => r.search?.pageLoad.p95Ms, formatMs));
  }
  if (results.some((r) => r.starlight)) {
    rows.push(['Starlight 对照（同一批 Markdown，含其 Pagefind）']);
    rows.push(row('  Starlight 构建', (r) => r.starlight?.wallMs, formatMs));
    rows.push(row('  Starlight CPU 时间', (r) => r.starlight?.cpuMs, formatMs));
    rows.push(row('    其中系统（内核）', (r) => r.starlight?.systemMs, formatMs));
    rows.push(row('  Starlight 峰值内存（最大进程）', (r) => r.starlight?.peakBytes, formatBytes));
    rows.push(row('  Starlight 站点大小', (r) => r.starlight?.output.bytes, formatBytes));
    rows.push(row('  Starlight 文件总数', (r) => r.starlight?.output.files, formatCount));
    rows.push(row('  Starlight 索引大小', (r) => r.starlight?.index.bytes, formatBytes));
    rows.push(row('  本站 / Starlight（进程总耗时）', (r) => (r.starlight ? r.wallMs / r.starlight.wallMs : undefined), formatRatio));
  }
  if (results.some((r) => r.incremental)) {
    rows.push(['增量构建（修改一篇原文后构建到同一目录；对照：完整构建修改后的语料）']);
    rows.push(row('  完整构建（进程总耗时）', (r) => r.incremental?.coldWallMs, formatMs));
    rows.push(row('  增量构建（进程总耗时）', (r) => r.incremental?.wallMs, formatMs));
    rows.push(row('  增量 / 完整', (r) => (r.incremental ? r.incremental.wallMs / r.incremental.coldWallMs : undefined), formatRatio));
    for (const [key, label] of STAGES) {
      if (results.some((r) => r.incremental?.times[key] !== undefined)) rows.push(row(`    ${label}`, (r) => r.incremental?.times[key], formatMs));
    }
    rows.push(row('  增量构建 CPU 时间', (r) => r.incremental?.cpuMs, formatMs));
    rows.push(row('  增量构建峰值内存（最大进程）', (r) => r.incremental?.peakBytes, formatBytes));
    rows.push(row('  重新生成的页面', (r) => r.incremental?.rendered, formatCount));
    rows.push(row('  沿用的页面', (r) => r.incremental?.reuse.pages, formatCount));
    rows.push(row('  沿用的搜索包', (r) => r.incremental?.reuse.bundles, formatCount));
    rows.push(row('  与完整构建不同的文件', (r) => r.incremental?.differing.length, formatCount));
  }
  return [formatTable(header, rows), ...verdicts(results)].join('\n');
}

/** One line per target: met or not, with the figures. */
export function verdicts(results: readonly BenchResult[]): string[] {
  const lines: string[] = [];
  const first = results[0];
  const last = results[results.length - 1];
  if (first && last && last.docs > first.docs) {
    const ratio = last.wallMs / first.wallMs;
    const limit = (last.docs / first.docs) * TARGETS.growthSlack;
    lines.push(`${ratio <= limit ? '✓' : '✗'} 增长：${last.docs} 篇耗时是 ${first.docs} 篇的 ${formatRatio(ratio)}（目标 ≤ ${formatRatio(limit)}）`);
  }
  for (const r of results) {
    if (!r.starlight) continue;
    const ratio = r.wallMs / r.starlight.wallMs;
    const target = starlightTarget(r.shape);
    lines.push(`${ratio <= target ? '✓' : '✗'} ${r.docs} 篇：本站 ${formatMs(r.wallMs)}，Starlight ${formatMs(r.starlight.wallMs)}，比值 ${formatRatio(ratio)}（目标 ≤ ${target}×）`);
  }
  for (const r of results) {
    if (!r.lessonPage) continue;
    const { total, page } = r.lessonPage;
    lines.push(`${total <= TARGETS.lessonPageBytes ? '✓' : '✗'} ${r.docs} 篇：最大的课程页面 ${page} 连同 CSS 和脚本 ${formatBytes(total)}（gzip，目标 ≤ ${formatBytes(TARGETS.lessonPageBytes)}）`);
  }
  for (const r of results) {
    if (!r.search) continue;
    const { medianMs, firstQueryBytes } = r.search;
    lines.push(`${medianMs <= TARGETS.searchMedianMs ? '✓' : '✗'} ${r.docs} 篇搜索：页面加载后中位数 ${formatMs(medianMs)}（目标 ≤ ${TARGETS.searchMedianMs} ms）`);
    lines.push(`${firstQueryBytes <= TARGETS.firstQueryBytes ? '✓' : '✗'} ${r.docs} 篇搜索：首次查询传输 ${formatBytes(firstQueryBytes)}（目标 ≤ ${formatBytes(TARGETS.firstQueryBytes)}）`);
  }
  for (const r of results) {
    const inc = r.incremental;
    if (!inc) continue;
    const ratio = inc.wallMs / inc.coldWallMs;
    lines.push(`${ratio <= TARGETS.incrementalRatio ? '✓' : '✗'} ${r.docs} 篇：修改 ${inc.file} 后增量构建 ${formatMs(inc.wallMs)}，完整构建 ${formatMs(inc.coldWallMs)}，比值 ${formatRatio(ratio)}（目标 ≤ ${TARGETS.incrementalRatio}×）`);
    lines.push(
      inc.differing.length === 0
        ? `✓ ${r.docs} 篇：增量构建的输出与完整构建逐字节相同`
        : `✗ ${r.docs} 篇：增量构建的输出有 ${inc.differing.length} 个文件与完整构建不同：${inc.differing.slice(0, 5).join('、')}${inc.differing.length > 5 ? ' 等' : ''}`,
    );
  }
  return lines.length > 0 ? ['', ...lines] : [];
}
