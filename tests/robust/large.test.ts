/**
 * Large inputs stay usable, and nothing in them is lost: a 5 MB source builds well under a
 * minute; a one-line 1 MB copy imports in seconds; a 1 MB line without punctuation, HTML nested
 * 5,000 deep and 10,000 headings pass the pipeline. Inputs are generated here, not committed. Bounds are generous (the
 * machine may be busy); the measured times are printed as test diagnostics.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { readContent } from '../../src/content/read-content.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { PARAGRAPH_LIMIT, structureSource } from '../../src/structure/index.ts';
import { assertNoTrace, cli, leftovers, removeAll, source, tempDir, writeTree } from './support.ts';

const dirs: string[] = [];
after(() => removeAll(dirs));

const SENTENCE = '机关党建工作是一个系统性的工作，在千头万绪的工作中重点要提高机关党员的整体素质、激发机关党员的工作热情和塑造机关党员的良好形象。';
const PARTS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A source of at least `bytes` bytes: parts of 200 numbered paragraphs, each paragraph unique. */
function bigSource(bytes: number): { text: string; paragraphs: number } {
  const chunks: string[] = ['# 大文件测试\n'];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    if (i % 200 === 0) chunks.push(`## ${PARTS[(i / 200) % 10]}、第${i / 200 + 1}部分\n`);
    const p = `${SENTENCE}这是第${i}段。\n`;
    chunks.push(p);
    size += Buffer.byteLength(p) + 1;
    i++;
  }
  return { text: source(chunks.join('\n'), ['slug: da-wen-jian']), paragraphs: i };
}

/** A folder holding `content/sources/<name>.md`. */
async function contentWith(prefix: string, name: string, text: string): Promise<string> {
  const dir = await tempDir(prefix);
  dirs.push(dir);
  await writeTree(dir, { [`content/sources/${name}.md`]: text });
  return dir;
}

describe('large inputs', { concurrency: 2 }, () => {
  test('a 5 MB source builds in well under a minute, every paragraph in place', async (t) => {
    const big = bigSource(5 * 1024 * 1024);
    const dir = await contentWith('big', 'big', big.text);
    const run = await cli('build', ['--content', 'content', '--out', 'out', '--quiet'], { cwd: dir });
    t.diagnostic(`5 MB source (${big.paragraphs} paragraphs): build ${(run.ms / 1000).toFixed(1)} s`);
    assertNoTrace(run);
    assert.equal(run.code, 0, run.stderr);
    // About 10 s on an idle two-core machine; the bound leaves room for a busy one.
    assert.ok(run.ms < 90_000, `build took ${run.ms} ms`);
    const lessons = JSON.parse(await readFile(join(dir, 'out/data/lessons.json'), 'utf8')) as { text: string }[];
    const text = lessons.map((l) => l.text).join('\n');
    const missing = Array.from({ length: big.paragraphs }, (_, i) => i).filter((i) => !text.includes(`${SENTENCE}这是第${i}段。`));
    assert.deepEqual(missing, [], 'paragraphs missing from data/lessons.json');
    const page = await readFile(join(dir, 'out/sources/da-wen-jian/index.html'), 'utf8');
    for (const i of [0, Math.floor(big.paragraphs / 2), big.paragraphs - 1]) assert.ok(page.includes(`${SENTENCE}这是第${i}段。`), `paragraph ${i} on the source page`);
    assert.equal((await readdir(join(dir, 'out/lessons'))).length, lessons.length + 1, 'a page per lesson (and the index)');
    assert.deepEqual(await leftovers(join(dir, 'out')), []);
  });

  test('a one-line 1 MB copy imports in seconds, all of it', async (t) => {
    const dir = await tempDir('import-1m');
    dirs.push(dir);
    const line = `${'机关党建工作'.repeat(58_000)}${SENTENCE}`;
    await writeTree(dir, { 'copy.txt': `${line}\n` });
    const run = await cli('import', ['--out', 'sources', '--title', '一行', '--date', '2026-01-01', 'copy.txt'], { cwd: dir });
    t.diagnostic(`1 MB one-line import: ${(run.ms / 1000).toFixed(1)} s`);
    assertNoTrace(run);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.ms < 15_000, `import took ${run.ms} ms`);
    const [name] = await readdir(join(dir, 'sources'));
    const md = await readFile(join(dir, 'sources', name!), 'utf8');
    assert.ok(md.includes(line), 'the line, whole');
  });

  test('a 1 MB line without punctuation passes the pipeline in bounded pieces, every character kept', async (t) => {
    const line = '党'.repeat(350_000);
    const dir = await contentWith('line-1m', 'yi-hang', source(`# 长行\n\n## 一、唯一部分\n\n${line}\n`));
    const run = await cli('check', ['--content', 'content'], { cwd: dir });
    t.diagnostic(`1 MB line: check ${(run.ms / 1000).toFixed(1)} s`);
    assertNoTrace(run);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.ms < 30_000, `check took ${run.ms} ms`);
    const { files } = await readContent(join(dir, 'content'));
    const { data } = runPipeline(files);
    // Cut into pieces no longer than a lesson (`p1`, `p1-2`…), which the lessons put back in order.
    const paragraphs = data?.docs[0]?.paragraphs ?? [];
    assert.equal(paragraphs.map((p) => p.text).join(''), line, 'the pieces are the line');
    assert.equal(paragraphs.map((p) => p.html).join(''), line);
    assert.ok(paragraphs.length > 100 && paragraphs.every((p) => p.text.length <= PARAGRAPH_LIMIT), `${paragraphs.length} pieces`);
    assert.deepEqual(paragraphs.slice(0, 3).map((p) => p.id), ['p1', 'p1-2', 'p1-3']);
    assert.ok(data?.lessons.map((l) => l.text).join('').includes(line), 'the line, in order, across the lessons');
  });

  test('pasted HTML nested 5,000 deep keeps its words, and only its words', () => {
    const html = `${'<div><span>'.repeat(2500)}深层的文字<script>window.__pwned=1</script>${'</span></div>'.repeat(2500)}`;
    const { doc, issues } = structureSource('content/sources/a.md', source(`# 深层\n\n## 一、唯一部分\n\n${html}\n`));
    assert.deepEqual(issues, []);
    const p = doc?.paragraphs.find((x) => x.text.includes('深层的文字'));
    assert.ok(p, 'the paragraph is kept');
    assert.equal(p.text, '深层的文字');
    assert.doesNotMatch(p.html, /<|__pwned/);
  });

  test('10,000 headings pass the pipeline: 10,000 lessons, none lost', async (t) => {
    const body = Array.from({ length: 10_000 }, (_, i) => `## 第${i + 1}节\n\n内容${i + 1}。\n`).join('\n');
    const dir = await contentWith('headings', 'wan-ge-biao-ti', source(`# 万个标题\n\n${body}`));
    const run = await cli('check', ['--content', 'content'], { cwd: dir });
    t.diagnostic(`10,000 headings: check ${(run.ms / 1000).toFixed(1)} s`);
    assertNoTrace(run);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /检查通过：1 篇原文 · 10000 课/);
    assert.ok(run.ms < 60_000, `check took ${run.ms} ms`);
    const { files } = await readContent(join(dir, 'content'));
    const { data } = runPipeline(files);
    const lessons = data?.lessons ?? [];
    assert.equal(lessons.length, 10_000);
    lessons.forEach((l, i) => {
      assert.equal(l.title, `第${i + 1}节`);
      assert.ok(l.text.includes(`内容${i + 1}。`), `lesson ${i + 1}`);
    });
  });
});
