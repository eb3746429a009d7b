import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFrontmatter } from '../../../src/shared/frontmatter.ts';

test('splits frontmatter and body with the body line', () => {
  const fm = parseFrontmatter('a.md', '---\ntitle: 标题\ndate: 2026-01-05\n---\n\n正文\n');
  assert.deepEqual(fm.issues, []);
  assert.deepEqual(fm.data, { title: '标题', date: '2026-01-05' });
  assert.equal(fm.present, true);
  assert.equal(fm.body, '\n正文\n');
  assert.equal(fm.bodyLine, 5);
  assert.equal(fm.lineOf(['date']), 3);
  assert.equal(fm.lineOf(['missing']), 1);
});

test('a BOM, CRLF line ends and a `...` closing fence are fine', () => {
  const fm = parseFrontmatter('a.md', '\uFEFF---\r\ntitle: 标题\r\n...\r\n正文\r\n');
  assert.deepEqual(fm.issues, []);
  assert.deepEqual(fm.data, { title: '标题' });
  assert.equal(fm.body, '正文\r\n');
  assert.equal(fm.bodyLine, 4);
});

test('no frontmatter: the whole text is the body', () => {
  const fm = parseFrontmatter('a.md', '# 标题\n\n---\n');
  assert.equal(fm.present, false);
  assert.equal(fm.body, '# 标题\n\n---\n');
  assert.equal(fm.bodyLine, 1);
  assert.deepEqual(fm.data, {});
});

test('an unclosed frontmatter is an error on line 1', () => {
  const fm = parseFrontmatter('content/sources/a.md', '---\ntitle: 标题\n\n正文\n');
  assert.deepEqual(fm.issues, [{ file: 'content/sources/a.md', line: 1, message: 'frontmatter 没有结束：缺少单独一行的 ---' }]);
});

test('broken YAML is reported on its line', () => {
  const lineOf = (text: string) => parseFrontmatter('a.md', text).issues.map((i) => i.line);
  assert.deepEqual(lineOf('---\ntitle: 标题\nkind: [讲话\nspeaker: 张三\n---\n'), [3]);
  assert.deepEqual(lineOf('---\ntitle: "标题\ndate: 2026-01-05\n---\n'), [2]);
  assert.deepEqual(lineOf('---\ntitle: a\ntitle: b\n---\n'), [3]);
  assert.deepEqual(lineOf('---\na: b: c\n---\n'), [2]);
  const issue = parseFrontmatter('a.md', '---\ntitle: a\ntitle: b\n---\n').issues[0]!;
  assert.match(issue.message, /^frontmatter 的 YAML 有误：/);
});

test('frontmatter must be a mapping; an empty one is empty data', () => {
  assert.equal(parseFrontmatter('a.md', '---\n- a\n- b\n---\n').issues[0]!.message, 'frontmatter 必须是“键: 值”形式的 YAML 映射');
  const empty = parseFrontmatter('a.md', '---\n---\n正文\n');
  assert.deepEqual(empty.issues, []);
  assert.deepEqual(empty.data, {});
  assert.equal(empty.bodyLine, 3);
});

test('lineOf follows nested paths', () => {
  const fm = parseFrontmatter('a.md', '---\nbooks:\n  - title: 甲\n  - title: 乙\n    author: 某\n---\n');
  assert.equal(fm.lineOf(['books']), 2);
  assert.equal(fm.lineOf(['books', 1]), 4);
  assert.equal(fm.lineOf(['books', 1, 'author']), 5);
  assert.equal(fm.lineOf(['books', 1, 'isbn']), 4);
});

test('an alias bomb is refused, not expanded', () => {
  let yaml = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 12; i++) yaml += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
  const fm = parseFrontmatter('a.md', `---\n${yaml}---\n`);
  assert.equal(fm.issues.length, 1);
  assert.match(fm.issues[0]!.message, /YAML/);
});
