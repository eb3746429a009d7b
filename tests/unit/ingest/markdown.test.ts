import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { parse } from 'yaml';
import { escapeMarkdown } from '../../../src/ingest/escape.ts';
import { slugForFile } from '../../../src/ingest/index.ts';
import { renderMarkdown, yamlScalar } from '../../../src/ingest/to-markdown.ts';

test('escaped paragraphs read back as the same single paragraph of text', () => {
  for (const text of ['1. 不是标题的一行', '1) 也不是', '* 星号', '# 井号', '- 横线', '+ 加号', '---', '<b>标签</b>', 'a_b_c *强调* `代码`', '[链接](x) ![图](y)', '&amp; 实体', 'a\\b 反斜杠', '表格 | 竖线', '~~删除~~']) {
    const tree = fromMarkdown(escapeMarkdown(text).text);
    assert.equal(tree.children.length, 1, text);
    assert.equal(tree.children[0]!.type, 'paragraph', text);
    assert.equal(toString(tree), text);
  }
});

test('plain Chinese text is not escaped', () => {
  const text = '一、深化认识（一）1、2024年3.5%增长。';
  assert.deepEqual(escapeMarkdown(text), { text, escaped: [] });
  assert.equal(escapeMarkdown('1.5倍').text, '1.5倍');
});

test('frontmatter values are valid YAML strings', () => {
  for (const value of ['机关党建工作会上讲话', '《通知》解读', 'a: b', '- 列表', '2024', 'true', '“引号”标题', '#标签', ' 空格']) {
    assert.equal(parse(`v: ${yamlScalar(value)}`).v, value, value);
  }
  assert.equal(yamlScalar('2024-05-01', true), '2024-05-01');
});

test('rendered Markdown: frontmatter, headings and paragraphs separated by blank lines', () => {
  const md = renderMarkdown({ title: '标题', date: '2024-05-01', kind: '讲话', origin: 'a.txt' }, [
    { depth: 1, markdown: '标题' },
    { depth: 0, markdown: '同志们：' },
    { depth: 2, markdown: '一、认识' },
  ]);
  assert.equal(md, '---\ntitle: 标题\ndate: 2024-05-01\nkind: 讲话\norigin: a.txt\n---\n\n# 标题\n\n同志们：\n\n## 一、认识\n');
});

test('slugs: ASCII stems as they are, Chinese names as pinyin', () => {
  assert.equal(slugForFile('samples/corpus/jiguan-dangjian-jianghua.txt'), 'jiguan-dangjian-jianghua');
  assert.equal(slugForFile('My Speech_2024.TXT'), 'my-speech-2024');
  assert.equal(slugForFile('机关讲话.txt'), 'ji-guan-jiang-hua');
  assert.equal(slugForFile('！！.txt'), 'source');
});
