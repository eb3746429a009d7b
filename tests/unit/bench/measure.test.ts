import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { descendants, drawQueries, spreadPhrases, generateCorpus, loadSamples, parseGnuTimeMaxRss, parseGnuTimes, parseStatTimes, parseStatus, roughMarkdown, runMeasured, toStarlightDoc } from '../../../src/bench/index.ts';
import { parseDocCounts } from '../../../src/cli/bench.ts';
import { SAMPLES } from './samples.ts';

test('parseStatus reads the name and the memory figures in bytes', () => {
  const status = 'Name:\tpagefind_extend\nUmask:\t0022\nVmPeak:\t 2000000 kB\nVmHWM:\t  1843200 kB\nVmRSS:\t   921600 kB\n';
  assert.deepEqual(parseStatus(status), { name: 'pagefind_extend', hwm: 1843200 * 1024, rss: 921600 * 1024 });
});

test('descendants walks the whole tree from a root', () => {
  const parents = new Map([[2, 1], [3, 2], [4, 2], [5, 3], [6, 1], [7, 99]]);
  assert.deepEqual(descendants(2, parents).sort(), [2, 3, 4, 5]);
});

test('GNU time maximum RSS is read in bytes, CPU time in ms', () => {
  const report = '\tUser time (seconds): 19.92\n\tSystem time (seconds): 5.07\n\tMaximum resident set size (kbytes): 1843200\n';
  assert.equal(parseGnuTimeMaxRss(report), 1843200 * 1024);
  assert.equal(parseGnuTimeMaxRss('nothing'), undefined);
  const times = parseGnuTimes(report)!;
  assert.ok(Math.abs(times.user - 19_920) < 1e-6 && Math.abs(times.system - 5_070) < 1e-6, JSON.stringify(times));
  assert.equal(parseGnuTimes('nothing'), undefined);
});

test('runMeasured sees the largest process of a tree, a child included', async () => {
  // The parent stays small; its child allocates about 200 MB, keeps it and spins until it has
  // used 0.8 s of CPU (CPU, not wall time, so that a busy machine cannot make the test flaky).
  const script = `const { spawnSync } = require('node:child_process');
spawnSync(process.execPath, ['-e', 'const b = Buffer.alloc(200 * 1024 * 1024, 1); while (process.cpuUsage().user + process.cpuUsage().system < 800000); b.length'], { stdio: 'inherit' });`;
  const run = await runMeasured(process.execPath, ['-e', script], { cwd: process.cwd() });
  assert.equal(run.code, 0);
  assert.ok(run.peakBytes > 200 * 1024 * 1024, `peak ${run.peakBytes}`);
  assert.ok(run.wallMs >= 800);
  assert.ok(run.processes.length >= 2, JSON.stringify(run.processes));
  assert.ok(run.cpuMs !== undefined && run.cpuMs >= 700, `cpu ${run.cpuMs}`);
});

test('runMeasured tells the time a process spends in the kernel from the time it computes', async () => {
  // About 0.4 s of arithmetic (user time), then about 0.4 s of creating and removing files (kernel time).
  const script = `const fs = require('node:fs'); const os = require('node:os'); const path = require('node:path');
let x = 0; const start = process.cpuUsage();
while (process.cpuUsage(start).user < 400000) for (let i = 0; i < 1e6; i++) x += i;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xuexi-sys-'));
for (let i = 0; process.cpuUsage(start).system < 400000; i++) { const f = path.join(dir, 'f' + (i % 64)); fs.writeFileSync(f, 'x'); fs.rmSync(f); }
fs.rmSync(dir, { recursive: true });`;
  const run = await runMeasured(process.execPath, ['-e', script], { cwd: process.cwd() });
  assert.equal(run.code, 0);
  const { cpuMs = 0, systemMs = 0 } = run;
  assert.ok(systemMs >= 350, `system ${systemMs} of ${cpuMs}`);
  assert.ok(cpuMs - systemMs >= 350, `user ${cpuMs - systemMs} of ${cpuMs}`);
});

test('CPU time of a process is read from its stat line, a command name with spaces included', () => {
  const stat = '1234 (pagefind ext) S 1 1234 1234 0 -1 4194304 100 0 0 0 2450 43 0 0 20 0 9 0 100 0 0';
  assert.deepEqual(parseStatTimes(stat), { user: 24_500, system: 430 });
});

test('queries are deterministic, distinct short Chinese phrases from the corpus', () => {
  const corpus = generateCorpus(20, SAMPLES);
  const a = drawQueries(corpus, 24);
  assert.deepEqual(a, drawQueries(corpus, 24));
  assert.equal(a.length, 24);
  assert.equal(new Set(a).size, 24);
  const text = corpus.map((f) => f.text).join('');
  for (const q of a) {
    assert.match(q, /^\p{Script=Han}{2,6}$/u);
    assert.ok(text.includes(q), q);
  }
});

test('a corpus without short clauses (one line without punctuation) still gives queries, spread over the line', () => {
  const corpus = generateCorpus(1, SAMPLES, { shape: 'nobreak' });
  const line = corpus[0]!.text.trimEnd().split('\n').at(-1)!;
  const queries = drawQueries(corpus, 24);
  assert.equal(queries.length, 24);
  for (const q of queries) assert.ok(line.includes(q), q);
  assert.deepEqual(spreadPhrases('一二三四五六七八九十', 3), ['一二', '五六七', '七八九十']);
});

test('Starlight documents keep the body and only the title in frontmatter', () => {
  const doc = '---\ntitle: "注重三个结合（第1号讲话）"\ndate: 2015-01-04\nkind: 讲话\n---\n\n## 一、甲\n\n正文。\n';
  assert.equal(toStarlightDoc(doc), '---\ntitle: "注重三个结合（第1号讲话）"\n---\n\n## 一、甲\n\n正文。\n');
});

test('the rough fallback drops page markers, rejoins cut words and finds headings', () => {
  const raw = '1、会议讲话 同志们: 今天开会。 一、深化认识 机关党员干部的作\n2、风如何,关系全局。 1、加强思想建设,教育党员。一是要学习。二是要实践。\n3、第9页 共9页';
  const md = roughMarkdown('x', raw);
  assert.match(md, /^title: "会议讲话"$/m);
  assert.match(md, /^## 一、深化认识$/m);
  assert.match(md, /机关党员干部的作风如何,关系全局。/);
  assert.match(md, /^### 1、加强思想建设,教育党员$/m);
  assert.match(md, /^一是要学习。二是要实践。$/m);
  assert.doesNotMatch(md, /第9页/);
});

test('--docs takes one size or a comma-separated list', () => {
  assert.deepEqual(parseDocCounts('1000'), [1000]);
  assert.deepEqual(parseDocCounts('1000, 100,100'), [100, 1000]);
  assert.throws(() => parseDocCounts('abc'), /正整数/);
  assert.throws(() => parseDocCounts('0'), /正整数/);
});

test('npm run bench rejects an unknown --compare target without building', () => {
  const out = spawnSync(process.execPath, ['src/cli/bench.ts', '--docs', '1', '--compare', 'hugo'], { encoding: 'utf8' });
  assert.equal(out.status, 1);
  assert.match(out.stderr, /--compare 只支持 starlight/);
});

test('npm run bench without a browser says so in one line before building, and ends', () => {
  const out = spawnSync(process.execPath, ['src/cli/bench.ts', '--docs', '1'], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' } });
  assert.equal(out.status, 1, `ended with ${out.status ?? out.signal}: ${out.stderr}`);
  assert.equal(out.stderr.trim().split('\n').length, 1, out.stderr);
  assert.match(out.stderr, /未找到 Chromium（\/nonexistent\/chromium）.*--no-search/);
  assert.doesNotMatch(out.stdout, /构建本站/);
});

test('samples come from content/sources, else from raw copies when asked, else none', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bench-samples-'));
  try {
    await mkdir(join(dir, 'content/sources'), { recursive: true });
    await mkdir(join(dir, 'raw'));
    await writeFile(join(dir, 'raw/a.txt'), '标题 一、认识问题 正文一句。');
    assert.deepEqual((await loadSamples(join(dir, 'content'))).samples, []);
    const raw = await loadSamples(join(dir, 'content'), join(dir, 'raw'));
    assert.deepEqual(raw.samples.map((s) => s.name), ['a']);
    assert.match(raw.samples[0]!.markdown, /^## 一、认识问题$/m);
    await writeFile(join(dir, 'content/sources/b.md'), '---\ntitle: 乙\n---\n\n正文。\n');
    const imported = await loadSamples(join(dir, 'content'), join(dir, 'raw'));
    assert.deepEqual(imported.samples, [{ name: 'b', markdown: '---\ntitle: 乙\n---\n\n正文。\n' }]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
