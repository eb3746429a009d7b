/**
 * Odd but valid input builds, and no character is lost on the way: a BOM, CRLF line ends, zero-
 * width spaces, emoji (with joiners), traditional characters, CJK Extension B, U+2028, full-width
 * letters, control characters from copied page breaks, pasted HTML (sanitised: formatting kept, code gone), empty themes and quiz files, and
 * a GBK copy run through `npm run import`. One full build; every paragraph is looked up in
 * `data/lessons.json`, the lesson pages and the source page.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { assertNoTrace, cli, leftovers, previousSite, removeAll, tempDir, workLeftovers, writeTree, type Run } from './support.ts';

const BOM = '\uFEFF';
const ZWSP = '\u200B';
const LS = '\u2028';

/** Paragraphs of the odd source, exactly as they must come out (as text). */
const ODD = [
  `零${ZWSP}宽${ZWSP}空格不丢，表情😀和家庭👨‍👩‍👧‍👦也在。`,
  '繁體字「黨的建設」與簡體字並存，異體字「着」「著」不變。',
  `行分隔符${LS}之后的文字也在。`,
  '全角ＡＢＣ１２３、半角abc123、扩展B区𠮷𩸽字。',
  '第2行末尾有回车换行，第3行照样保留。',
  '复制来的分页符\f、退格\b和转义\u001b字符也原样保留。',
];
const HTML_PARAGRAPH = '保留<strong>加粗文字</strong>和<em>强调文字</em>，去掉<script>window.__pwned=1</script>脚本和<img src="x" onerror="window.__pwned=2" alt="图片说明">事件。';
const ODD_SOURCE = [
  '---',
  'title: 繁體與表情😀測試',
  'date: 2026-02-28',
  'kind: 講話',
  'speaker: 某同志',
  '---',
  '',
  '# 繁體與表情😀測試',
  '',
  '一、第一部分',
  '',
  ODD[0],
  '',
  ODD[1],
  '',
  '二、第二部分',
  '',
  ODD[2],
  '',
  ODD[3],
  '',
  HTML_PARAGRAPH,
  '',
  '<iframe src="https://example.com/"></iframe>',
  '',
  '<style>body{display:none}</style>',
  '',
  `[危险链接](javascript:alert(1))和[正常链接](https://example.com/)。`,
  '',
  ODD[4],
  '',
  ODD[5],
  '',
].join('\r\n');

const READING = `${BOM}---\r\nmonth: 2026-09\r\nbooks:\r\n  - title: 书名😀繁體\r\n    author: 作者\r\n    reason: "推荐理由${ZWSP}保留，\\f分页符也在。"\r\n---\r\n\r\n本月导语：${ZWSP}零宽空格和😀，\f分页符。\r\n`;

// The GBK copy of bad-input.test.ts: 机关党建工作讲话 / 同志们： / 一、提高认识 / 机关党建工作十分重要，我们要认真学习。
const GBK_COPY = new Uint8Array(
  [...'bbfab9d8b5b3bda8b9a4d7f7bdb2bbb00a0acdacd6bec3c7a3ba0a0ad2bba1a2cce1b8dfc8cfcab60a0abbfab9d8b5b3bda8b9a4d7f7caaeb7d6d6d8d2aaa3acced2c3c7d2aac8cfd5e6d1a7cfb0a1a30a'.matchAll(/../g)].map((m) => parseInt(m[0], 16)),
);

let dir = '';
let out = '';
let run: Run;
const dirs: string[] = [];
after(() => removeAll(dirs));

before(async () => {
  dir = await tempDir('good');
  dirs.push(dir);
  out = join(dir, 'out');
  await writeTree(dir, {
    'content/sources/odd.md': `${BOM}${ODD_SOURCE}`,
    'content/themes.yaml': '',
    'content/quizzes/empty.yaml': '',
    'content/reading/2026-09.md': READING,
    'copy.txt': GBK_COPY,
  });
  const imported = await cli('import', ['--out', 'content/sources', '--title', '机关党建工作讲话', '--date', '2026-03-01', 'copy.txt'], { cwd: dir });
  assert.equal(imported.code, 0, imported.stderr);
  await previousSite(out);
  run = await cli('build', ['--content', 'content', '--out', 'out', '--quiet'], { cwd: dir });
});

/** Text of a page with tags removed and the entities hast-util-to-html writes decoded. */
const pageText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

test('the build succeeds and replaces the earlier site, leaving nothing behind', async () => {
  assertNoTrace(run);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '');
  assert.deepEqual(await leftovers(out), []);
  assert.deepEqual(await workLeftovers(run.pid), []);
  assert.ok(!(await readdir(out)).includes('MARKER.txt'));
});

test('every paragraph survives, character for character, in data/lessons.json', async () => {
  const lessons = JSON.parse(await readFile(join(out, 'data/lessons.json'), 'utf8')) as { id: string; title: string; source: { title: string; kind: string }; text: string }[];
  const all = lessons.map((l) => l.text).join('\n');
  for (const p of ODD) assert.ok(all.includes(p), `lost: ${JSON.stringify(p)}`);
  assert.ok(all.includes('保留加粗文字和强调文字，去掉脚本和图片说明事件。'), 'the visible text of the HTML paragraph');
  assert.ok(all.includes('危险链接和正常链接。'));
  assert.ok(!all.includes('__pwned'), 'script text is not lesson text');
  const odd = lessons.filter((l) => l.source.title === '繁體與表情😀測試');
  assert.deepEqual(odd.map((l) => l.title), ['一、第一部分', '二、第二部分']);
  assert.equal(odd[0]!.source.kind, '講話');
  assert.ok(!all.includes('\r') && !all.includes(BOM), 'CRLF and BOM are not content');
  for (const words of ['同志们：', '机关党建工作十分重要，我们要认真学习。']) assert.ok(all.includes(words), `imported GBK text: ${words}`);
});

test('the lesson pages and the source page carry every paragraph; pasted HTML is sanitised', async () => {
  const source = await readFile(join(out, 'sources/odd/index.html'), 'utf8');
  const lessonPages = await Promise.all(['odd-1', 'odd-2'].map((id) => readFile(join(out, 'lessons', id, 'index.html'), 'utf8')));
  const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  for (const html of [main(source), lessonPages.map(main).join('\n')]) {
    const text = pageText(html);
    for (const p of ODD) assert.ok(text.includes(p), `lost: ${JSON.stringify(p)}`);
    assert.match(html, /<strong>加粗文字<\/strong>和<em>强调文字<\/em>/);
    assert.match(html, /<a href="https:\/\/example\.com\/">正常链接<\/a>/);
    assert.doesNotMatch(html, /__pwned|onerror|javascript:|<iframe|<style|display:none/);
  }
  assert.ok(pageText(source).includes('繁體與表情😀測試'));
});

test('the reading list keeps its emoji and zero-width space', async () => {
  const html = pageText(await readFile(join(out, 'reading/2026-09/index.html'), 'utf8'));
  for (const words of ['书名😀繁體', `推荐理由${ZWSP}保留，\f分页符也在。`, `本月导语：${ZWSP}零宽空格和😀，\f分页符。`]) assert.ok(html.includes(words), words);
});

test('the reading feed stays well-formed XML despite control characters in the text', async () => {
  const feed = await readFile(join(out, 'reading/feed.xml'), 'utf8');
  assert.equal(XMLValidator.validate(feed), true);
  assert.ok(feed.includes('书名😀繁體'));
});
