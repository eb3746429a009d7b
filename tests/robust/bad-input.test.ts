/**
 * Bad input, as editors will feed it: every file the tool reads (sources, themes.yaml, reading
 * lists, quiz files, import copies) and the command line. Each case runs the real commands in a
 * child process and asserts the exact outcome: `file:line: message`, exit code 1, no stack
 * trace, and an earlier output folder left byte-identical with no staging folder beside it.
 *
 * Content that fails in the pipeline fails before Astro starts, so a failing `npm run build` is
 * as cheap as `npm run check`; both run for every content case and must report the same issues.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { withoutReview } from '../support/real-corpus.ts';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import {
  assertFailure,
  assertNoTrace,
  assertNothingWritten,
  cli,
  content,
  GOOD_BODY,
  issueLines,
  previousSite,
  removeAll,
  snapshot,
  source,
  tempDir,
  writeTree,
  type Failure,
  type Tree,
} from './support.ts';

const dirs: string[] = [];
after(() => removeAll(dirs));

/** A case folder holding `tree`, with `out/` made to look like an earlier build. */
async function caseDir(name: string, tree: Tree): Promise<{ dir: string; before: Map<string, string> }> {
  const dir = await tempDir(name);
  dirs.push(dir);
  await writeTree(dir, tree);
  return { dir, before: await previousSite(join(dir, 'out')) };
}

/**
 * Build the case's `content/` over an earlier output: it fails with exactly `expected`, and the
 * earlier output is untouched. With `check`, `npm run check` must report the very same issues.
 */
async function assertRejected(name: string, tree: Tree, expected: Failure, options: { check?: boolean } = {}): Promise<void> {
  const { dir, before } = await caseDir(name, tree);
  const [built, checked] = await Promise.all([
    cli('build', ['--content', 'content', '--out', 'out', '--quiet'], { cwd: dir }),
    options.check ? cli('check', ['--content', 'content'], { cwd: dir }) : undefined,
  ]);
  assertFailure(built, expected);
  assert.match(built.stderr, /错误：发现 \d+ 个问题，未写入任何输出。\n$/);
  await assertNothingWritten(built, join(dir, 'out'), before);
  if (checked) {
    assertFailure(checked, expected);
    assert.deepEqual(issueLines(checked), issueLines(built), 'build and check report the same issues');
  }
}

/** `npm run check` passes on the case's `content/` (the full builds are in good-build.test.ts). */
async function assertAccepted(name: string, tree: Tree, summary: RegExp): Promise<void> {
  const { dir } = await caseDir(name, tree);
  const run = await cli('check', ['--content', 'content'], { cwd: dir });
  assertNoTrace(run);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, summary);
}

const A = 'content/sources/a.md';
const enc = new TextEncoder();
const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...enc.encode(p)] : p)));
const hex = (h: string) => [...h.matchAll(/../g)].map((m) => parseInt(m[0], 16));
// 测试讲话, 讲话, 正文 in GBK (what Windows editors save as "ANSI" on a Chinese system).
const GBK = { title: hex('b2e2cad4bdb2bbb0'), kind: hex('bdb2bbb0'), body: hex('d5fdcec4') };
const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)).flatMap((u) => [u & 0xff, u >> 8])]);
const nested = (mark: (depth: number) => string, depth: number) => Array.from({ length: depth }, (_, i) => `${mark(i)}第${i}层`).join('\n');

// The groups run side by side, and the cases within each: every case has its own folders.
describe('bad input', { concurrency: 3 }, () => {
  describe('sources', { concurrency: 3 }, () => {
    test('an empty file', () => assertRejected('empty', content({ 'content/sources/a.md': '' }), { file: A, line: 1, message: /缺少 frontmatter/ }));

    test('a whitespace-only file', () => assertRejected('blank', content({ 'content/sources/a.md': '  \n\t\n\u3000\n' }), { file: A, line: 1, message: /缺少 frontmatter/ }));

    test('binary data (a PNG saved as .md)', () =>
      assertRejected('binary', content({ 'content/sources/a.md': bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR') }), { file: A, line: 3, message: /不是文本文件/ }));

    test('a GBK-encoded .md: names the first line that is not UTF-8 and suggests the import', () =>
      assertRejected('gbk-md', content({ 'content/sources/a.md': bytes('---\ntitle: ', GBK.title, '\ndate: 2026-01-01\nkind: ', GBK.kind, '\n---\n\n', GBK.body, '\n') }), {
        file: A,
        line: 2,
        message: /不是 UTF-8 编码.*GBK.*npm run import/,
      }, { check: true }));

    test('a UTF-16 .md (Notepad’s "Unicode")', () =>
      assertRejected('utf16-md', content({ 'content/sources/a.md': utf16le(source(GOOD_BODY)) }), { file: A, line: 1, message: /UTF-16.*UTF-8/ }));

    test('a plain Markdown file without frontmatter', () =>
      assertRejected('no-fm', content({ 'content/sources/a.md': GOOD_BODY }), { file: A, line: 1, message: /缺少 frontmatter.*title、date、kind/ }));

    test('broken frontmatter YAML: the line of the unclosed bracket', () =>
      assertRejected('broken-fm', content({ 'content/sources/a.md': '---\ntitle: [测试\ndate: 2026-01-01\nkind: 讲话\n---\n\n正文。\n' }), { file: A, line: 2, message: /YAML 有误/ }));

    test('frontmatter that never ends', () =>
      assertRejected('unclosed-fm', content({ 'content/sources/a.md': '---\ntitle: 测试\ndate: 2026-01-01\nkind: 讲话\n\n正文。\n' }), { file: A, line: 1, message: /没有结束/ }));

    test('frontmatter that is a list, not a mapping', () =>
      assertRejected('list-fm', content({ 'content/sources/a.md': '---\n- 测试\n- 讲话\n---\n\n正文。\n' }), { file: A, line: 2, message: /映射/ }));

    test('a key given twice', () =>
      assertRejected('twice-fm', content({ 'content/sources/a.md': '---\ntitle: 甲\ntitle: 乙\ndate: 2026-01-01\nkind: 讲话\n---\n\n正文。\n' }), { file: A, line: 3, message: /YAML 有误/ }));

    test('a missing required field (title)', () =>
      assertRejected('no-title', content({ 'content/sources/a.md': '---\ndate: 2026-01-01\nkind: 讲话\n---\n\n正文。\n' }), { file: A, line: 1, message: /缺少 title/ }));

    test('an impossible date (2026-13-45)', () =>
      assertRejected('date-13-45', content({ 'content/sources/a.md': source(GOOD_BODY).replace('2026-01-01', '2026-13-45') }), { file: A, line: 3, message: /date 必须是 YYYY-MM-DD 格式的真实日期/ }));

    test('a date that does not exist (2026-02-30)', () =>
      assertRejected('date-02-30', content({ 'content/sources/a.md': source(GOOD_BODY).replace('2026-01-01', '2026-02-30') }), { file: A, line: 3, message: /真实日期/ }));

    test('a slug that tries to leave the output folder (../../etc)', async () => {
      await assertRejected('slug-escape', content({ 'content/sources/a.md': source(GOOD_BODY, ['slug: ../../etc']) }), { file: A, line: 5, message: /slug 只能由小写字母、数字和单个连字符组成/ });
    });

    test('two sources with the same slug: the second is named, at its slug line', () =>
      assertRejected('dup-slug', content({ 'content/sources/a.md': source(GOOD_BODY, ['slug: same']), 'content/sources/b.md': source(GOOD_BODY, ['slug: same']) }), {
        file: 'content/sources/b.md',
        line: 5,
        message: /slug「same」与 content\/sources\/a\.md 重复/,
      }));

    test('a slug that repeats another file’s name', () =>
      assertRejected('dup-name', content({ 'content/sources/ceshi-2.md': source(GOOD_BODY), 'content/sources/z.md': source(GOOD_BODY, ['slug: ceshi-2']) }), {
        file: 'content/sources/z.md',
        line: 5,
        message: /slug「ceshi-2」与 content\/sources\/ceshi-2\.md 重复/,
      }));

    test('frontmatter and no body', () => assertRejected('no-body', content({ 'content/sources/a.md': source('') }), { file: A, line: 6, message: /正文为空/ }));

    test('lists nested 1,000 deep: refused at the first level too deep', () =>
      assertRejected('deep-list', content({ 'content/sources/a.md': source(nested((i) => `${'  '.repeat(i)}- `, 1000)) }), { file: A, line: 107, message: /嵌套超过 100 层/ }, { check: true }));

    test('block quotes nested 1,000 deep', () =>
      assertRejected('deep-quote', content({ 'content/sources/a.md': source(nested((i) => `${'>'.repeat(i + 1)} `, 1000)) }), { file: A, line: 107, message: /嵌套超过 100 层/ }));

    test('a folder named like a source', () => assertRejected('dir-md', content({ 'content/sources/x.md/readme.txt': '' }), { file: 'content/sources/x.md', line: null, message: /是目录/ }));

    test('a raw .txt copy dropped into sources/ is reported, not silently skipped', () =>
      assertRejected('stray-txt', content({ 'content/sources/讲话稿.txt': '机关党建工作讲话\n' }), { file: 'content/sources/讲话稿.txt', line: null, message: /不是 \.md 文件，不会被读取；原始稿件请先用 npm run import 转换/ }));

    test('an upper-case .MD and a sub-folder of sources', () =>
      assertRejected('stray-case', content({ 'content/sources/B.MD': source(GOOD_BODY), 'content/sources/2026/c.md': source(GOOD_BODY) }), {
        file: 'content/sources/B.MD',
        line: null,
        message: /扩展名要写成小写的 \.md/,
        issues: 2,
      }));

    test('every bad file is reported, not just the first', () =>
      assertRejected('many', content({ 'content/sources/a.md': '', 'content/sources/b.md': source(GOOD_BODY).replace('2026-01-01', '2026-13-45'), 'content/themes.yaml': 'foo: bar\n' }), {
        file: 'content/sources/b.md',
        line: 3,
        message: /真实日期/,
        issues: 3,
      }, { check: true }));
  });

  describe('themes.yaml', { concurrency: 3 }, () => {
    const T = 'content/themes.yaml';
    test('broken YAML: the line of the unclosed bracket', () =>
      assertRejected('themes-yaml', content({ [T]: '- id: si-feng\n  name: [四风\n  members: [甲, 乙]\n' }), { file: T, line: 2, message: /YAML 语法错误/ }, { check: true }));

    test('a typo in a field name (membrs)', () =>
      assertRejected('themes-typo', content({ [T]: '- id: si-feng\n  name: 四风\n  membrs:\n    - 甲\n    - 乙\n' }), { file: T, line: 1, message: /未知字段 membrs（可用：id、name、members、aliases、summary）/, issues: 2 }));

    test('a duplicate id', () =>
      assertRejected('themes-dup', content({ [T]: '- id: si-feng\n  name: 四风\n  members: [甲, 乙]\n- id: si-feng\n  name: 三清\n  members: [丙, 丁]\n' }), { file: T, line: 4, message: /id「si-feng」重复/ }));

    test('a mapping instead of a list', () => assertRejected('themes-map', content({ [T]: 'id: si-feng\nname: 四风\n' }), { file: T, line: 1, message: /必须是列表/ }));

    test('saved as UTF-16', () => assertRejected('themes-utf16', content({ [T]: utf16le('- id: x\n  name: 甲\n  members: [a]\n') }), { file: T, line: 1, message: /UTF-16/ }));

    test('themes.yml instead of themes.yaml: reported, or every configured theme would vanish', () =>
      assertRejected('themes-yml', content({ 'content/themes.yml': '- id: si-feng\n  name: 四风\n  members: [甲, 乙]\n' }), { file: 'content/themes.yml', line: null, message: /要命名为 themes\.yaml/ }));

    test('an empty themes.yaml means no configured themes', () => assertAccepted('themes-empty', content({ [T]: '' }), /检查通过：1 篇原文 · 2 课/));
  });

  describe('reading lists', { concurrency: 3 }, () => {
    const R = 'content/reading/2026-09.md';
    const month = (front: string) => `---\n${front}---\n`;
    const book = '  - title: 书名\n    author: 作者\n    reason: 推荐理由。\n';
    test('an empty file', () => assertRejected('reading-empty', content({ [R]: '' }), { file: R, line: 1, message: /缺少 frontmatter/ }));

    test('a month that does not exist', () =>
      assertRejected('reading-13', content({ 'content/reading/2026-13.md': month(`month: 2026-13\nbooks:\n${book}`) }), { file: 'content/reading/2026-13.md', line: 2, message: /不是真实的月份/ }, { check: true }));

    test('a file name that is not YYYY-MM.md', () =>
      assertRejected('reading-name', content({ 'content/reading/september.md': month(`month: 2026-09\nbooks:\n${book}`) }), { file: 'content/reading/september.md', line: 1, message: /文件名必须是 YYYY-MM\.md/ }));

    test('a book without its required reason', () =>
      assertRejected('reading-reason', content({ [R]: month('month: 2026-09\nbooks:\n  - title: 书名\n    author: 作者\n') }), { file: R, line: 4, message: /reason/ }));

    test('a book pointing at a theme that does not exist', () =>
      assertRejected('reading-theme', content({ [R]: month(`month: 2026-09\nbooks:\n${book}    themes: [bu-cun-zai]\n`) }), { file: R, line: 7, message: /bu-cun-zai 不存在/ }));

    test('GBK-encoded', () => assertRejected('reading-gbk', content({ [R]: bytes('---\nmonth: 2026-09\nbooks:\n  - title: ', GBK.title, '\n') }), { file: R, line: 4, message: /不是 UTF-8/ }));
  });

  describe('quiz files', { concurrency: 3 }, () => {
    const Q = 'content/quizzes/a.yaml';
    const question = (id: string) =>
      `- id: ${id}\n  type: single\n  prompt: 第一部分讲了什么？\n  options: [第一部分的正文, 第二部分的正文]\n  answer: 第一部分的正文\n  explanation: 见原文。\n  source:\n    lessonId: ceshi-1\n    quote: 第一部分的正文。\n`;
    test('broken YAML: the line of the unclosed bracket', () =>
      assertRejected('quiz-yaml', content({ [Q]: '- id: q1\n  type: single\n  prompt: 问\n  options: [甲, 乙\n' }), { file: Q, line: 4, message: /YAML 格式错误/ }, { check: true }));

    test('a question about a lesson that does not exist', () =>
      assertRejected('quiz-lesson', content({ [Q]: question('q1').replace('ceshi-1', 'bu-cun-zai') }), { file: Q, line: 8, message: /未知的课程 lessonId“bu-cun-zai”/ }));

    test('an answer that is not among the options', () =>
      assertRejected('quiz-answer', content({ [Q]: question('q1').replace('answer: 第一部分的正文', 'answer: 第三部分') }), { file: Q, line: 5, message: /不在选项中/ }));

    test('the same id in two files', () =>
      assertRejected('quiz-dup', content({ [Q]: question('q1'), 'content/quizzes/b.yaml': question('q1') }), { file: 'content/quizzes/b.yaml', line: 1, message: /id“q1”重复（已在 content\/quizzes\/a\.yaml:1 使用）/ }));

    test('an empty quiz file adds no questions', () => assertAccepted('quiz-empty', content({ [Q]: '' }), /检查通过：1 篇原文 · 2 课 · 0 个专题 · 0 道题/));

    test('a valid hand-written question is accepted', () => assertAccepted('quiz-good', content({ [Q]: question('q1') }), /检查通过：1 篇原文 · 2 课 · 0 个专题 · 1 道题/));
  });

  describe('content folder and command line', { concurrency: 3 }, () => {
    test('a content folder that does not exist', async () => {
      const { dir, before } = await caseDir('no-content', {});
      const run = await cli('build', ['--content', 'nei-rong', '--out', 'out'], { cwd: dir });
      assertFailure(run, { file: 'nei-rong', line: null, message: /内容目录不存在/ });
      await assertNothingWritten(run, join(dir, 'out'), before);
      assertFailure(await cli('check', ['--content', 'nei-rong'], { cwd: dir }), { file: 'nei-rong', line: null, message: /内容目录不存在/ });
    });

    test('a content folder without sources/', () =>
      assertRejected('no-sources', { 'content/themes.yaml': '', 'content/sources.md': source(GOOD_BODY) }, { file: 'content/sources', line: null, message: /没有找到任何原文/ }));

    /** A usage error: one `错误：` line, exit 1, nothing written. */
    async function assertUsage(name: string, args: string[], message: RegExp, command: 'build' | 'check' = 'build'): Promise<void> {
      const { dir, before } = await caseDir(name, content());
      const run = await cli(command, args, { cwd: dir });
      assertNoTrace(run);
      assert.equal(run.code, 1, run.stderr);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.match(run.stderr, message);
      await assertNothingWritten(run, join(dir, 'out'), before);
    }

    test('an unknown option (build)', () => assertUsage('cli-unknown', ['--contnet', 'content', '--out', 'out'], /^错误：未知选项 --contnet；可用的选项：--content、--out、--base、--site、--quiet、--search-shards、--no-cache\n$/));

    test('an unknown option (check)', () => assertUsage('cli-unknown-check', ['--contnet', 'content'], /^错误：未知选项 --contnet；可用的选项：--content\n$/, 'check'));

    test('a bare argument instead of --out', () => assertUsage('cli-positional', ['out'], /^错误：多余的参数「out」/));

    test('an option without its value', () => assertUsage('cli-missing', ['--content', 'content', '--out'], /^错误：选项 --out 缺少取值\n$/));

    test('a base path that would break every link', () => assertUsage('cli-base', ['--content', 'content', '--out', 'out', '--base', '/a"><script>/'], /^错误：--base「.*」无效/));

    test('a search shard count that is not one', () => assertUsage('cli-shards', ['--content', 'content', '--out', 'out', '--search-shards', '0'], /^错误：--search-shards 应为 1 到 999 之间的整数（收到「0」）\n$/));

    test('a site URL that is not one', () => assertUsage('cli-site', ['--content', 'content', '--out', 'out', '--site', 'localhost:4321'], /^错误：--site「localhost:4321」无效/));

    test('--out pointing at a file: refused, the file untouched', async () => {
      const { dir } = await caseDir('out-file', content({ 'site.html': '<p>别的文件</p>\n' }));
      const run = await cli('build', ['--content', 'content', '--out', 'site.html'], { cwd: dir });
      assertFailure(run, { file: 'site.html', line: null, message: /是一个文件，不是目录/ });
      assert.equal(await readFile(join(dir, 'site.html'), 'utf8'), '<p>别的文件</p>\n');
      assert.deepEqual((await readdir(dir)).filter((n) => n.startsWith('.')), []);
    });

    test('--out pointing at a folder of other files: refused, nothing deleted', async () => {
      const { dir } = await caseDir('out-other', content({ 'documents/report.docx': 'not a site' }));
      const before = await snapshot(join(dir, 'documents'));
      const run = await cli('build', ['--content', 'content', '--out', 'documents'], { cwd: dir });
      assertFailure(run, { file: 'documents', line: null, message: /不是以前构建的站点/ });
      assert.deepEqual(await snapshot(join(dir, 'documents')), before);
    });

    test('--out pointing at the working directory or the content folder: refused', async () => {
      const { dir } = await caseDir('out-cwd', content());
      const before = await snapshot(dir);
      for (const out of ['.', 'content', dir]) {
        const run = await cli('build', ['--content', 'content', '--out', out], { cwd: dir });
        assertFailure(run, { file: out, line: null, message: /不能是内容目录、项目目录或当前目录/ });
      }
      assert.deepEqual(await snapshot(dir), before);
    });
  });

  describe('import', { concurrency: 3 }, () => {
    /** Run the import in a fresh folder holding `tree`; `--out` is `sources`. */
    async function importCase(name: string, tree: Tree, files: string[], extra: string[] = []) {
      const { dir } = await caseDir(name, tree);
      const run = await cli('import', ['--out', 'sources', ...extra, ...files], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1767225600' } });
      return { dir, run };
    }
    const GBK_COPY = hex('bbfab9d8b5b3bda8b9a4d7f7bdb2bbb00a0acdacd6bec3c7a3ba0a0ad2bba1a2cce1b8dfc8cfcab60a0abbfab9d8b5b3bda8b9a4d7f7caaeb7d6d6d8d2aaa3acced2c3c7d2aac8cfd5e6d1a7cfb0a1a30a');

    test('a GBK .txt copy imports to a UTF-8 source that passes the check once its placeholder date is reviewed', async () => {
      const { dir, run } = await importCase('import-gbk', { 'copy.txt': new Uint8Array(GBK_COPY) }, ['copy.txt']);
      assertNoTrace(run);
      assert.equal(run.code, 0, run.stderr);
      const [name] = await readdir(join(dir, 'sources'));
      const text = await readFile(join(dir, 'sources', name!), 'utf8');
      for (const words of ['机关党建工作讲话', '同志们：', '一、提高认识', '机关党建工作十分重要，我们要认真学习。']) assert.ok(text.includes(words), words);
      // The copy gives no date: the source says so in `review`, and check refuses it until the editor has looked.
      const pending = await cli('check', ['--content', '.'], { cwd: dir });
      const reviewLine = text.split('\n').indexOf('review:') + 1;
      assert.ok(reviewLine > 0, text);
      assertFailure(pending, { file: `sources/${name}`, line: reviewLine, message: /需核对：date：正文中没有找到日期，暂用 2026-01-01。请改好这些字段后删去 review/ });
      await writeFile(join(dir, 'sources', name!), withoutReview(text));
      const check = await cli('check', ['--content', '.'], { cwd: dir });
      assert.equal(check.code, 0, check.stderr);
      assert.match(check.stdout, /检查通过：1 篇原文/);
    });

    test('a UTF-16 .txt copy imports', async () => {
      const { dir, run } = await importCase('import-utf16', { 'copy.txt': utf16le('学习体会\n\n一、提高认识\n\n认真学习，𠮷字也在。\n') }, ['copy.txt']);
      assertNoTrace(run);
      assert.equal(run.code, 0, run.stderr);
      const [name] = await readdir(join(dir, 'sources'));
      assert.match(await readFile(join(dir, 'sources', name!), 'utf8'), /认真学习，𠮷字也在。/);
    });

    test('an empty copy: refused, nothing written', async () => {
      const { dir, run } = await importCase('import-empty', { 'empty.txt': '' }, ['empty.txt']);
      assertFailure(run, { file: 'empty.txt', line: null, message: /空/ });
      assert.equal(existsSync(join(dir, 'sources')), false);
    });

    test('a binary file: refused, nothing written', async () => {
      const { dir, run } = await importCase('import-binary', { 'scan.txt': bytes('%PDF-1.7\n', [0, 1, 2, 0xff, 0]) }, ['scan.txt']);
      assertFailure(run, { file: 'scan.txt', line: null, message: /PDF|二进制/ });
      assert.equal(existsSync(join(dir, 'sources')), false);
    });

    test('one bad file among good ones: nothing written at all', async () => {
      const { dir, run } = await importCase('import-mixed', { 'good.txt': new Uint8Array(GBK_COPY), 'empty.txt': '' }, ['good.txt', 'empty.txt']);
      assertFailure(run, { file: 'empty.txt', line: null, message: /空/ });
      assert.equal(existsSync(join(dir, 'sources')), false);
    });

    test('--out pointing at a file: refused, the file untouched', async () => {
      const { dir } = await caseDir('import-out-file', { 'copy.txt': new Uint8Array(GBK_COPY), 'sources': '别的文件\n' });
      const run = await cli('import', ['--out', 'sources', 'copy.txt'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1767225600' } });
      assertFailure(run, { file: 'sources', line: null, message: /已有同名文件，不是目录/ });
      assert.equal(await readFile(join(dir, 'sources'), 'utf8'), '别的文件\n');
    });

    test('a file that does not exist', async () => {
      const { run } = await importCase('import-missing', {}, ['missing.txt']);
      assertFailure(run, { file: 'missing.txt', line: null, message: /文件不存在/ });
    });

    test('an unknown option: a usage error (exit 2), no trace', async () => {
      const { dir, run } = await importCase('import-unknown', { 'copy.txt': new Uint8Array(GBK_COPY) }, ['copy.txt'], ['--titel', '标题']);
      assertNoTrace(run);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^import: 参数错误：.*--titel.*用法：npm run import/);
      assert.equal(existsSync(join(dir, 'sources')), false);
    });
  });
});
