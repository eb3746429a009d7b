import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayWidth, EDIT_SENTENCE, editOneSource, formatBytes, formatMs, formatRatio, formatReport, formatTable, verdicts, type BenchResult } from '../../../src/bench/index.ts';

test('CJK characters take two columns', () => {
  assert.equal(displayWidth('abc'), 3);
  assert.equal(displayWidth('阶段'), 4);
  assert.equal(displayWidth('合计 1.0 s'), 10);
  assert.equal(displayWidth('（）'), 4);
});

test('formatTable aligns CJK labels left and figures right', () => {
  const table = formatTable(
    ['', '100 篇', '1000 篇'],
    [['构建'], ['  结构', '1.2 s', '12.0 s'], ['  搜索索引', '850 ms', '9.1 s']],
  );
  assert.equal(
    table,
    [
      '            100 篇  1000 篇',
      '──────────  ──────  ───────',
      '构建',
      '  结构       1.2 s   12.0 s',
      '  搜索索引  850 ms    9.1 s',
    ].join('\n'),
  );
});

test('number formats', () => {
  assert.equal(formatMs(850.4), '850 ms');
  assert.equal(formatMs(12_345), '12.3 s');
  assert.equal(formatMs(undefined), '—');
  assert.equal(formatBytes(512), '512 B');
  assert.equal(formatBytes(12 * 1024), '12.0 KB');
  assert.equal(formatBytes(3.5 * 1024 ** 2), '3.5 MB');
  assert.equal(formatBytes(1.8 * 1024 ** 3), '1.80 GB');
  assert.equal(formatRatio(9.412), '9.41×');
  assert.equal(formatRatio(10.44), '10.4×');
  assert.equal(formatRatio(Number.NaN), '—');
});

const size = (bytes: number, htmlFiles = 0, files = htmlFiles) => ({ bytes, files, htmlFiles });

function result(docs: number, scale: number, starlightMs?: number): BenchResult {
  return {
    docs,
    corpusBytes: docs * 12_288,
    times: { read: 10 * scale, structure: 100 * scale, lessons: 20 * scale, themes: 30 * scale, quiz: 40 * scale, reading: 5, data: 3 * scale, astro: 1000 * scale, pagefind: 500 * scale, output: 2 * scale },
    totalMs: 1710 * scale,
    wallMs: 2000 * scale,
    cpuMs: 2500 * scale,
    systemMs: 400 * scale,
    load: { before: 0.5, cpus: 2 },
    peakBytes: 300 * 1024 ** 2 * scale,
    peakName: 'node',
    peakTotalBytes: 400 * 1024 ** 2 * scale,
    processes: [],
    pages: docs * 5,
    output: size(docs * 100_000, docs * 5, docs * 11),
    index: size(docs * 20_000),
    search: { queries: 24, timed: 23, medianMs: 120, p95Ms: 180, firstQueryMs: 900, firstQueryBytes: 300_000, laterQueryBytes: 20_000, pageLoad: { medianMs: 210, p95Ms: 420 } },
    ...(starlightMs ? { starlight: { wallMs: starlightMs, cpuMs: starlightMs * 1.2, systemMs: starlightMs * 0.1, peakBytes: 1, peakName: 'node', output: size(1, 0, 2_400), index: size(1) } } : {}),
  };
}

test('the report has a column per size, a growth column and the verdicts', () => {
  const report = formatReport([result(100, 1), result(1000, 9.5, 40_000)]);
  const lines = report.split('\n');
  assert.match(lines[0]!, /100 篇\s+1000 篇\s+倍数 1000\/100$/);
  assert.match(report, /^ {2}生成页面 Astro\s+1\.0 s\s+9\.5 s\s+9\.50×$/m);
  assert.match(report, /^ {2}合计 buildSite\s+1\.7 s\s+16\.2 s\s+9\.50×$/m);
  assert.match(report, /^ {2}CPU 时间（用户\+系统）\s+2\.5 s\s+23\.8 s\s+9\.50×$/m);
  assert.match(report, /^ {2}CPU 时间（用户\+系统）.*\n {4}其中系统（内核）\s+400 ms\s+3\.8 s\s+9\.50×$/m);
  assert.match(report, /^ {2}Starlight CPU 时间\s+—?\s*48\.0 s.*\n {4}其中系统（内核）\s+—?\s*4\.0 s/m);
  assert.match(report, /^ {2}开始前负载（1 分钟）\s+0\.50 \/ 2 核\s+0\.50 \/ 2 核$/m);
  assert.match(report, /^ {2}中位数\s+120 ms\s+120 ms\s+1\.00×$/m);
  assert.match(report, /^ {2}索引大小 pagefind\/\s+1\.9 MB\s+19\.1 MB\s+10\.0×$/m);
  // Every file the build writes, beside the HTML pages: file creation is what the system time measures.
  assert.match(report, /^ {2}文件总数\s+1100\s+11000\s+10\.0×$/m);
  assert.match(report, /^ {2}Starlight 文件总数\s+—\s+2400\s+—$/m);
  assert.match(report, /^✓ 增长：1000 篇耗时是 100 篇的 9\.50×（目标 ≤ 11\.0×）$/m);
  assert.match(report, /^✓ 1000 篇：本站 19\.0 s，Starlight 40\.0 s，比值 0\.47×（目标 ≤ 0\.8×）$/m);
});

test('verdicts flag super-linear growth and a slow build', () => {
  const lines = verdicts([result(100, 1), result(1000, 12, 20_000)]);
  assert.deepEqual(lines, [
    '',
    '✗ 增长：1000 篇耗时是 100 篇的 12.0×（目标 ≤ 11.0×）',
    '✗ 1000 篇：本站 24.0 s，Starlight 20.0 s，比值 1.20×（目标 ≤ 0.8×）',
    '✗ 100 篇搜索：页面加载后中位数 120 ms（目标 ≤ 50 ms）',
    '✓ 100 篇搜索：首次查询传输 293.0 KB（目标 ≤ 300.0 KB）',
    '✗ 1000 篇搜索：页面加载后中位数 120 ms（目标 ≤ 50 ms）',
    '✓ 1000 篇搜索：首次查询传输 293.0 KB（目标 ≤ 300.0 KB）',
  ]);
});

test('a single size has no growth column', () => {
  const r = result(100, 1);
  delete r.search;
  const report = formatReport([r]);
  assert.doesNotMatch(report, /倍数/);
  assert.doesNotMatch(report, /Starlight/);
  assert.doesNotMatch(report, /搜索（/);
  assert.deepEqual(verdicts([r]), []);
});

test('search shows the loaded-page figures apart from the cold ones that include page load', () => {
  const r = result(1000, 1);
  r.search = { ...r.search!, medianMs: 38.4, p95Ms: 91, firstQueryBytes: 130 * 1024, laterQueryBytes: 36 * 1024 };
  const report = formatReport([r]);
  const lines = report.split('\n');
  const warm = lines.findIndex((l) => l.startsWith('搜索（Chromium，搜索页已打开'));
  const cold = lines.findIndex((l) => l.startsWith('搜索冷启动'));
  assert.ok(warm >= 0 && cold > warm, report);
  const section = (from: number, to: number) => lines.slice(from + 1, to).join('\n');
  assert.match(section(warm, cold), /^ {2}计时查询（另有 1 次预热）\s+23$/m);
  assert.match(section(warm, cold), /^ {2}中位数\s+38 ms$/m);
  assert.match(section(warm, cold), /^ {2}第 95 百分位\s+91 ms$/m);
  assert.match(section(warm, cold), /^ {2}后续查询传输（中位数）\s+36\.0 KB$/m);
  const coldRows = section(cold, lines.length);
  assert.match(coldRows, /^ {2}首次查询耗时\s+900 ms$/m);
  assert.match(coldRows, /^ {2}首次查询传输\s+130\.0 KB$/m);
  assert.match(coldRows, /^ {2}每次打开 \/search\/\?q= 中位数（含页面加载）\s+210 ms$/m);
  assert.match(coldRows, /^ {2}每次打开 \/search\/\?q= 第 95 百分位（含页面加载）\s+420 ms$/m);
  assert.deepEqual(verdicts([r]), ['', '✓ 1000 篇搜索：页面加载后中位数 38 ms（目标 ≤ 50 ms）', '✓ 1000 篇搜索：首次查询传输 130.0 KB（目标 ≤ 300.0 KB）']);
  r.search.firstQueryBytes = 301 * 1024;
  assert.match(verdicts([r]).join('\n'), /^✗ 1000 篇搜索：首次查询传输 301\.0 KB/m);
});

test('unknown stages reported by the build still show; the pipeline subtotal and missing stages do not', () => {
  const r = result(100, 1);
  r.times = { read: 1, pipeline: 99, astro: 2, sitemap: 3 };
  r.ngram = { bytes: 2048, files: 3, htmlFiles: 0 };
  const report = formatReport([r]);
  assert.match(report, /^ {2}sitemap\s+3 ms$/m);
  assert.match(report, /^ {2}索引大小 ngram\/\s+2\.0 KB$/m);
  assert.doesNotMatch(report, /pipeline/);
  assert.doesNotMatch(report, /结构 structure/);
});

test('the Pagefind row says when it includes the exact-match index', () => {
  const r = result(100, 1);
  r.ngram = { bytes: 2048, files: 3, htmlFiles: 0 };
  assert.match(formatReport([r]), /^ {2}搜索索引 Pagefind（含 ngram）\s+500 ms$/m);
  r.times = { ...r.times, ngram: 120 };
  assert.match(formatReport([r]), /^ {2}搜索索引 Pagefind\s+500 ms$/m);
  assert.match(formatReport([r]), /^ {2}精确匹配索引 ngram\s+120 ms$/m);
});

test('the heaviest lesson page is reported with its parts and checked against 30 KB', () => {
  const r = result(1000, 1);
  delete r.search;
  r.lessonPage = { page: 'lessons/a/index.html', html: 5 * 1024, css: 3 * 1024, js: 14 * 1024, total: 22 * 1024, files: [] };
  const report = formatReport([r]);
  assert.match(report, /^最大的课程页面（gzip；搜索程序按需加载，不计）$/m);
  assert.match(report, /^ {2}HTML\s+5\.0 KB$/m);
  assert.match(report, /^ {2}JavaScript\s+14\.0 KB$/m);
  assert.match(report, /^ {2}合计\s+22\.0 KB$/m);
  assert.deepEqual(verdicts([r]), ['', '✓ 1000 篇：最大的课程页面 lessons/a/index.html 连同 CSS 和脚本 22.0 KB（gzip，目标 ≤ 30.0 KB）']);
  r.lessonPage.total = 31 * 1024;
  assert.match(verdicts([r]).join('\n'), /^✗ 1000 篇：最大的课程页面 .* 31\.0 KB/m);
});

test('the wait for the search index after Astro shows under the Pagefind stage', () => {
  const r = result(1000, 1);
  r.times = { astro: 11_000, pagefind: 15_000, 'pagefind-wait': 4_000, offline: 800 };
  const lines = formatReport([r]).split('\n');
  const at = lines.findIndex((l) => /^ {2}搜索索引 Pagefind\s+15\.0 s$/.test(l));
  assert.ok(at > 0, lines.join('\n'));
  assert.match(lines[at + 1]!, /^ {4}Astro 结束后仍等待\s+4\.0 s$/);
});

test('the report says which corpus shape it measured', () => {
  assert.match(formatReport([result(100, 1)]), /^语料形态：default（/m);
  assert.match(formatReport([{ ...result(100, 1), shape: 'lessons' }]), /^语料形态：lessons（讲话，每篇 8–10 个一级标题，约 12 KB）$/m);
  assert.match(formatReport([{ ...result(100, 1), shape: 'nobreak' }]).split('\n')[0]!, /100 篇$/);
});

test('the incremental rebuild shows against the cold build of the same corpus, with its verdicts', () => {
  const r = result(1000, 1);
  r.incremental = {
    file: 'bench-0500.md',
    wallMs: 4000,
    totalMs: 3500,
    cpuMs: 6000,
    peakBytes: 500 * 1024 ** 2,
    times: { astro: 900, pagefind: 1200 },
    rendered: 30,
    reuse: { sources: 999, pages: 6650, bundles: 15 },
    coldWallMs: 20_000,
    coldTotalMs: 19_000,
    differing: [],
  };
  const report = formatReport([r]);
  assert.match(report, /^ {2}完整构建（进程总耗时）\s+20\.0 s$/m);
  assert.match(report, /^ {2}增量构建（进程总耗时）\s+4\.0 s$/m);
  assert.match(report, /^ {2}增量 \/ 完整\s+0\.20×$/m);
  assert.match(report, /^ {4}生成页面 Astro\s+900 ms$/m);
  assert.match(report, /^ {2}沿用的搜索包\s+15$/m);
  assert.match(report, /✓ 1000 篇：修改 bench-0500\.md 后增量构建 4\.0 s，完整构建 20\.0 s，比值 0\.20×（目标 ≤ 0\.25×）/);
  assert.match(report, /✓ 1000 篇：增量构建的输出与完整构建逐字节相同/);
  r.incremental.wallMs = 6000;
  r.incremental.differing = ['lessons/a/index.html'];
  const lines = verdicts([r]).join('\n');
  assert.match(lines, /✗ 1000 篇：修改 bench-0500\.md 后增量构建 6\.0 s/);
  assert.match(lines, /✗ 1000 篇：增量构建的输出有 1 个文件与完整构建不同：lessons\/a\/index\.html/);
});

test('the incremental measurement edits one sentence of the middle source, the same way every time', () => {
  const corpus = ['a', 'b', 'c'].map((n) => ({ file: `${n}.md`, text: `---\ntitle: ${n}\n---\n\n# ${n}\n\n第一段。\n\n第二段。\n` }));
  const edited = editOneSource(corpus);
  assert.equal(edited.file, 'b.md');
  assert.equal(edited.text, `---\ntitle: b\n---\n\n# b\n\n第一段。${EDIT_SENTENCE}\n\n第二段。\n`);
  assert.deepEqual(editOneSource(corpus), edited);
});

test('the lesson-heavy shape is held to 0.6 × Starlight, the others to 0.8 ×', () => {
  const lessons = { ...result(1000, 12, 30_000), shape: 'lessons' as const };
  assert.ok(verdicts([lessons]).includes('✗ 1000 篇：本站 24.0 s，Starlight 30.0 s，比值 0.80×（目标 ≤ 0.6×）'));
  assert.ok(verdicts([{ ...lessons, shape: 'long' as const }]).includes('✓ 1000 篇：本站 24.0 s，Starlight 30.0 s，比值 0.80×（目标 ≤ 0.8×）'));
});
