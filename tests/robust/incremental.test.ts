/**
 * Incremental builds: a build into a folder built before reuses what did not change and writes
 * byte for byte what a cold build of the same content writes — after an edit, an addition and a
 * removal of sources. A cache that is cut short, of another version or made under other code is
 * noticed and not used; a changed output file is rendered again; `--no-cache` builds cold.
 * The sample content plus two small sources, its search index split into several bundles (as a
 * large site's is) so that unchanged bundles are reused too.
 */
import assert from 'node:assert/strict';
import { cp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cacheDirOf } from '../../src/build/build-cache.ts';
import { decodeEntry, encodeEntry } from '../../src/build/cache-entry.ts';
import { assertNoTrace, cli, removeAll, ROOT, snapshot, source, tempDir, writeTree, type Run } from './support.ts';

const dirs: string[] = [];
after(() => removeAll(dirs));

const ENV = { XUEXI_SEARCH_SHARD_CHARS: '20000' };
const CACHE_ROOT = join(ROOT, '.cache', 'incremental');

const titled = (title: string, slug: string, body: string) => source(body, [`slug: ${slug}`]).replace('title: 测试讲话', `title: ${title}`);
const EXTRA_A = titled('作风建设讲话', 'zuofeng-jianghua', '# 作风建设讲话\n\n## 一、作风\n\n要刹玩风、树正风，持之以恒。\n\n## 二、纪律\n\n严明纪律，倡廉风。\n');
const EXTRA_B = titled('学习讲话', 'xuexi-jianghua', '# 学习讲话\n\n## 一、学习\n\n坚持学习，注重与业务工作相结合。\n');
const EXTRA_C = titled('会风讲话', 'huifeng-jianghua', '# 会风讲话\n\n## 一、会风\n\n治会风，开短会、讲短话。\n');

/** Build `content` in `dir` into `out` (relative to `dir`). */
async function build(dir: string, out: string, extra: string[] = []): Promise<Run> {
  const run = await cli('build', ['--content', 'content', '--out', out, ...extra], { cwd: dir, env: ENV });
  assertNoTrace(run);
  assert.equal(run.code, 0, run.stderr);
  return run;
}

/** Cold-build the content of `dir` elsewhere and require the same bytes as `out`. */
async function assertSameAsCold(dir: string, out: string): Promise<void> {
  const reference = await tempDir('incremental-cold');
  dirs.push(reference);
  await cp(join(dir, 'content'), join(reference, 'content'), { recursive: true });
  await build(reference, 'out', ['--no-cache']);
  const [got, want] = [await snapshot(join(dir, out)), await snapshot(join(reference, 'out'))];
  const differ = [...new Set([...got.keys(), ...want.keys()])].filter((k) => got.get(k) !== want.get(k));
  assert.deepEqual(differ, [], 'files that differ from a cold build');
  assert.ok(got.size > 100);
  // Not a folder more or less either (a recycled staging folder loses the folders it empties).
  assert.deepEqual(await folders(join(dir, out)), await folders(join(reference, 'out')));
}

/** Every folder under `root`, relative, sorted. */
async function folders(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => relative(root, join(e.parentPath, e.name))).sort();
}

/** The `N 个页面无需重新生成（共 M 个）` figures of an incremental build, or undefined for a cold one. */
function reusedPages(run: Run): { reused: number; total: number } | undefined {
  const m = /增量构建：\d+ 篇原文无需重新解析，\d+ 课无需重新出题，(\d+) 个页面无需重新生成（共 (\d+) 个）/.exec(run.stdout);
  return m ? { reused: Number(m[1]), total: Number(m[2]) } : undefined;
}

const reusedSources = (run: Run) => Number(/增量构建：(\d+) 篇原文无需重新解析/.exec(run.stdout)?.[1] ?? NaN);
const reusedLessons = (run: Run) => Number(/，(\d+) 课无需重新出题/.exec(run.stdout)?.[1] ?? NaN);
const reusedBundles = (run: Run) => Number(/其中 (\d+) 个沿用上次构建/.exec(run.stdout)?.[1] ?? 0);

describe('incremental build', () => {
  let dir = '';
  let cacheDir = '';
  before(async () => {
    dir = await tempDir('incremental');
    dirs.push(dir);
    await cp(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    await writeTree(dir, { 'content/sources/zuofeng.md': EXTRA_A, 'content/sources/xuexi.md': EXTRA_B });
    cacheDir = cacheDirOf(CACHE_ROOT, join(dir, 'out'));
    dirs.push(cacheDir);
    const first = await build(dir, 'out');
    assert.match(first.stdout, /完整构建：没有可用的缓存/);
  });

  test('one source edited: only what depends on it is rendered and indexed again, the output is a cold build’s', async () => {
    await writeFile(join(dir, 'content/sources/zuofeng.md'), EXTRA_A.replace('持之以恒。', '持之以恒，久久为功。'));
    const run = await build(dir, 'out');
    const pages = reusedPages(run);
    assert.ok(pages && pages.reused > pages.total / 2 && pages.reused < pages.total, run.stdout);
    assert.equal(reusedSources(run), 4);
    assert.ok(reusedLessons(run) > 10, run.stdout);
    assert.ok(reusedBundles(run) > 0, run.stdout);
    await assertSameAsCold(dir, 'out');
  });

  test('one source added and one removed: the output is a cold build’s', async () => {
    await writeFile(join(dir, 'content/sources/huifeng.md'), EXTRA_C);
    await rm(join(dir, 'content/sources/xuexi.md'));
    const run = await build(dir, 'out');
    assert.ok(reusedPages(run), run.stdout);
    assert.equal(reusedSources(run), 4);
    await assertSameAsCold(dir, 'out');
  });

  test('an output page cut short is rendered again', async () => {
    await build(dir, 'out');
    const page = join(dir, 'out/lessons/zuofeng-jianghua-1/index.html');
    await truncate(page, 100);
    const run = await build(dir, 'out');
    const pages = reusedPages(run)!;
    assert.equal(pages.reused, pages.total - 1, run.stdout);
    await assertSameAsCold(dir, 'out');
  });

  test('sources’ cache entries cut short are ignored: those sources are parsed again', async () => {
    const entries = await readdir(join(cacheDir, 'sources'));
    assert.equal(entries.length, 5);
    for (const name of entries.slice(0, 2)) await truncate(join(cacheDir, 'sources', name), 50);
    const run = await build(dir, 'out');
    assert.equal(reusedSources(run), 3, run.stdout);
    await assertSameAsCold(dir, 'out');
  });

  test('a search bundle’s kept summaries cut short are not used: they are made again', async () => {
    const kept = await readdir(join(cacheDir, 'ngram'));
    assert.ok(kept.length > 2, kept.join());
    // Nothing else changes: every bundle's summaries are read from the cache, this one too.
    await truncate(join(cacheDir, 'ngram', kept[0]!), 100);
    await build(dir, 'out');
    await assertSameAsCold(dir, 'out');
  });

  test('a manifest cut short, of another version or made under other code is not used', async () => {
    const manifest = join(cacheDir, 'manifest.json');
    const text = await readFile(manifest, 'utf8');
    const value = decodeEntry<{ code: string }>(text);
    assert.ok(value, 'an intact manifest decodes');
    const cases: [string, string, RegExp][] = [
      ['truncated', text.slice(0, text.length / 2), /完整构建：缓存无法使用（已损坏或版本不同）/],
      ['other version', text.replace(/^xuexi-cache \d+ /, 'xuexi-cache 999 '), /完整构建：缓存无法使用（已损坏或版本不同）/],
      ['other code', encodeEntry({ ...value, code: 'f'.repeat(64) }), /完整构建：代码、依赖或构建选项已改变/],
    ];
    for (const [name, corrupt, expected] of cases) {
      await writeFile(manifest, corrupt);
      const run = await build(dir, 'out');
      assert.match(run.stdout, expected, name);
      assert.equal(reusedPages(run), undefined, name);
    }
    await assertSameAsCold(dir, 'out');
  });

  test('a build that fails after writing into a folder recycled from the last outputs leaves the published site as it was', async () => {
    await build(dir, 'out');
    const before = await snapshot(join(dir, 'out'));
    await writeFile(join(dir, 'content/sources/zuofeng.md'), EXTRA_A.replace('严明纪律', '严明政治纪律'));
    // The last write fails, after Astro and Pagefind filled the staging folder.
    const failed = await cli('build', ['--content', 'content', '--out', 'out'], { cwd: dir, env: ENV, nodeArgs: ['--import', join(ROOT, 'tests/fixtures/robust/inject/write-fails.mjs')] });
    assertNoTrace(failed);
    assert.equal(failed.code, 1);
    assert.match(failed.stdout, /增量构建/);
    assert.deepEqual(await snapshot(join(dir, 'out')), before, 'the published site changed');
    const run = await build(dir, 'out');
    assert.ok(reusedPages(run), run.stdout);
    await assertSameAsCold(dir, 'out');
  });

  test('--no-cache builds cold, and the next build is incremental again', async () => {
    const cold = await build(dir, 'out', ['--no-cache']);
    assert.match(cold.stdout, /完整构建：已指定 --no-cache/);
    // What it replaced (the last output, the old cache) is removed in the background, soon.
    const trash = join(ROOT, '.cache', 'trash');
    const mine = async () => (await readdir(trash).catch(() => [] as string[])).filter((n) => n.includes(`-${cold.pid}-`));
    for (let i = 0; i < 100 && (await mine()).length > 0; i++) await new Promise((ok) => setTimeout(ok, 100));
    assert.deepEqual(await mine(), []);
    const next = await build(dir, 'out');
    const pages = reusedPages(next)!;
    assert.equal(pages.reused, pages.total);
    await assertSameAsCold(dir, 'out');
  });
});
