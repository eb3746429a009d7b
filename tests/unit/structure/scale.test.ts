import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { structureSource } from '../../../src/structure/index.ts';

const FRONTMATTER = '---\ntitle: 大文件\ndate: 2026-01-05\nkind: 讲话\n---\n\n';
const corpus = readFileSync(new URL('../../../samples/corpus/jiguan-dangjian-jianghua.txt', import.meta.url), 'utf8').replace(/\s+/g, '');
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** CPU milliseconds of `fn` in this process: steadier than wall time on a busy machine. */
function cpuMs<T>(fn: () => T): [T, number] {
  const start = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(start);
  return [result, (used.user + used.system) / 1000];
}

/** About 5 MB of UTF-8 in sections of one heading and one paragraph each. */
function bigSource(heading: (n: number) => string): { text: string; headings: number } {
  const parts = [FRONTMATTER];
  let bytes = Buffer.byteLength(FRONTMATTER);
  let n = 0;
  while (bytes < 5_000_000) {
    n++;
    const at = (n * 161) % (corpus.length - 200);
    const piece = `${heading(n)}\n\n${corpus.slice(at, at + 160)}\n\n`;
    parts.push(piece);
    bytes += Buffer.byteLength(piece);
  }
  return { text: parts.join(''), headings: n };
}

for (const [mode, heading] of [
  ['`#` headings', (n: number) => `## ${CN[n % 9]}、第${n}部分`],
  ['numbered paragraphs', (n: number) => `${CN[n % 9]}、第${n}部分`],
] as const) {
  test(`a 5 MB source with over 10,000 ${mode} structures in seconds`, () => {
    const { text, headings } = bigSource(heading);
    assert.ok(headings > 10_000);
    const [result, ms] = cpuMs(() => structureSource('content/sources/big.md', text));
    assert.deepEqual(result.issues, []);
    assert.equal(result.doc!.sections.length, headings);
    assert.equal(result.doc!.paragraphs.length, headings);
    // Linear work is about two seconds here; anything quadratic would take minutes.
    assert.ok(ms < 20_000, `took ${Math.round(ms)} ms of CPU`);
  });
}

test('lists nested 1,000 deep are refused with a clear issue, fast and without a crash', () => {
  let list = '';
  for (let i = 0; i < 1000; i++) list += `${'  '.repeat(i)}- 第${i}层\n`;
  const oneLine = `${'- '.repeat(1000)}最深处\n`;
  const quotes = `${'>'.repeat(1000)} 引用\n`;
  for (const body of [list, oneLine, quotes]) {
    const [result, ms] = cpuMs(() => structureSource('content/sources/deep.md', `${FRONTMATTER}正文。\n\n${body}`));
    assert.equal(result.doc, undefined);
    assert.equal(result.issues.length, 1);
    assert.match(result.issues[0]!.message, /嵌套超过 100 层/);
    assert.ok(result.issues[0]!.line! >= 9, `line ${result.issues[0]!.line}`);
    assert.ok(ms < 5_000, `took ${Math.round(ms)} ms of CPU`);
  }
});

test('lists nested 60 deep are kept whole, every item a paragraph', () => {
  let list = '';
  for (let i = 0; i < 60; i++) list += `${'  '.repeat(i)}- 第${i}层\n`;
  const result = structureSource('content/sources/deep.md', `${FRONTMATTER}${list}`);
  assert.deepEqual(result.issues, []);
  assert.deepEqual(result.doc!.paragraphs.map((p) => p.text), Array.from({ length: 60 }, (_, i) => `第${i}层`));
  assert.deepEqual(result.doc!.paragraphs.map((p) => p.line), Array.from({ length: 60 }, (_, i) => 7 + i));
});
