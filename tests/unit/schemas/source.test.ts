import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isIsoDate, sourceFrontmatterSchema, validateSourceFrontmatter } from '../../../src/schemas/source.ts';
import { parseFrontmatter } from '../../../src/shared/frontmatter.ts';

const validate = (yaml: string) => validateSourceFrontmatter('content/sources/a.md', parseFrontmatter('content/sources/a.md', `---\n${yaml}---\n正文\n`));

test('isIsoDate accepts only real calendar dates', () => {
  for (const ok of ['2026-01-05', '2024-02-29', '2000-02-29', '1999-12-31']) assert.ok(isIsoDate(ok), ok);
  for (const bad of ['2026-13-45', '2026-02-30', '2025-02-29', '1900-02-29', '2026-04-31', '2026-00-10', '2026-01-00', '2026-1-5', '20260105', '2026-01-05T00:00', ' 2026-01-05']) {
    assert.ok(!isIsoDate(bad), bad);
  }
});

test('a complete frontmatter validates; empty optional fields are left out', () => {
  const result = validate('title: 标题\ndate: 2026-01-05\nkind: 讲话\nspeaker: 张三\norganization: ""\nslug: jiguan-dangjian\nextra: 忽略\n');
  assert.deepEqual(result, { value: { title: '标题', date: '2026-01-05', kind: '讲话', speaker: '张三', slug: 'jiguan-dangjian' }, issues: [] });
});

test('each problem is reported on the line of its key', () => {
  const result = validate('title: ""\ndate: 2026-02-30\nkind: 讲话\nslug: ../x\nspeaker: [a]\n');
  assert.deepEqual(result.issues, [
    { file: 'content/sources/a.md', line: 2, message: 'title 不能为空' },
    { file: 'content/sources/a.md', line: 3, message: 'date 必须是 YYYY-MM-DD 格式的真实日期' },
    { file: 'content/sources/a.md', line: 5, message: 'slug 只能由小写字母、数字和单个连字符组成（如 jiguan-dangjian）' },
    { file: 'content/sources/a.md', line: 6, message: 'speaker 必须是文本' },
  ]);
});

test('missing keys point at the frontmatter start; kind must not be blank', () => {
  const result = validate('date: 2026-01-05\nkind: "  "\n');
  assert.deepEqual(result.issues.map((i) => `${i.line}:${i.message}`), ['1:frontmatter 缺少 title', '3:kind 不能为空']);
});

test('slugs cannot escape the output folder', () => {
  for (const slug of ['../x', 'a/b', '..', 'A-b', 'a_b', '-a', 'a-', 'a--b', '拼音', 'a b', '']) {
    assert.equal(sourceFrontmatterSchema.safeParse({ title: 't', date: '2026-01-05', kind: 'k', slug }).success, false, slug);
  }
  assert.equal(sourceFrontmatterSchema.safeParse({ title: 't', date: '2026-01-05', kind: 'k', slug: 'a-1-b2' }).success, true);
});

test('an unquoted number or date-like value is not text', () => {
  const result = validate('title: 2024\ndate: 2026-01-05\nkind: 讲话\n');
  assert.deepEqual(result.issues.map((i) => `${i.line}:${i.message}`), ['2:title 必须是文本']);
});

test('a source the importer left values to review in is refused on its review line, naming each', () => {
  const result = validate('title: a\ndate: 1970-01-01\nkind: 文件\nreview:\n  - title：正文中没有标题行，暂用文件名「a」\n  - date：正文中没有找到日期，暂用 1970-01-01\n');
  assert.deepEqual(result, {
    issues: [{ file: 'content/sources/a.md', line: 5, message: '导入时留下 2 项需核对：title：正文中没有标题行，暂用文件名「a」；date：正文中没有找到日期，暂用 1970-01-01。请改好这些字段后删去 review，再构建' }],
  });
  // Once the editor has emptied or removed it, the source is an ordinary one.
  assert.deepEqual(validate('title: 标题\ndate: 2026-01-05\nkind: 讲话\nreview: []\n').issues, []);
  assert.deepEqual(validate('title: 标题\ndate: 2026-01-05\nkind: 讲话\nreview: 已核对\n').issues, [{ file: 'content/sources/a.md', line: 5, message: 'review 必须是列表' }]);
});
