import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { escapeHtml, renderSafe, toSafeHtml } from '../../../src/shared/markdown-html.ts';

/** Render the first paragraph of a Markdown text. */
const inline = (markdown: string) => {
  const tree = fromMarkdown(markdown);
  const p = tree.children.find((c): c is Paragraph => c.type === 'paragraph')!;
  return renderSafe(p.children, { definitions: tree.children.filter((c) => c.type === 'definition') });
};
const block = (markdown: string) => toSafeHtml(fromMarkdown(markdown).children);

test('formatting and safe links survive; no newlines are added between inline nodes', () => {
  assert.deepEqual(inline('保留**加粗**和*强调*，`代码`，[链接](https://example.com/a?b=1)。'), {
    html: '保留<strong>加粗</strong>和<em>强调</em>，<code>代码</code>，<a href="https://example.com/a?b=1">链接</a>。',
    text: '保留加粗和强调，代码，链接。',
  });
  assert.deepEqual(inline('行一  \n行二'), { html: '行一<br>\n行二', text: '行一\n行二' });
});

test('scripts, styles, frames, event handlers and javascript: URLs never survive', () => {
  const cases = [
    '前<script>alert(1)</script>后',
    '前<style>body{display:none}</style>后',
    '前<iframe src="https://example.com"></iframe>后',
    '前<img src="x" onerror="alert(1)">后',
    '前<a href="javascript:alert(1)" onclick="alert(2)">链接</a>后',
    '前[链接](javascript:alert(1))后',
    '前[链接](JaVaScRiPt:alert(1))后',
    '前<a href="&#106;avascript:alert(1)">链接</a>后',
    '前<svg><script>alert(1)</script></svg>后',
    '前<object data="x"></object><embed src="x">后',
    // GitHub's schema keeps only a disabled checkbox of an `<input>` (task lists).
    '前<form action="https://evil"><input type="text" value="x"></form>后',
  ];
  for (const markdown of cases) {
    const { html, text } = inline(markdown);
    assert.doesNotMatch(html, /<script|<style|<iframe|<object|<embed|<form|<svg|\son\w+=|javascript:|alert|type="text"|action=/i, markdown);
    assert.ok(text.startsWith('前') && text.endsWith('后'), `${markdown} → ${text}`);
  }
  const blockHtml = block('<script>alert(1)</script>\n\n<div onclick="x()" style="color:red">块</div>\n\n<style>p{}</style>\n');
  assert.equal(blockHtml.trim(), '<div>块</div>');
});

test('text is what a reader sees: entities decoded, markup gone', () => {
  assert.deepEqual(inline('甲 &amp; 乙 <b>丙</b> &lt;丁&gt;'), { html: '甲 &#x26; 乙 <b>丙</b> &#x3C;丁>', text: '甲 & 乙 丙 <丁>' });
  assert.equal(inline('![图片说明](https://example.com/a.png)').text, '图片说明');
});

test('reference links resolve with the document definitions', () => {
  assert.equal(inline('见[原文][src]。\n\n[src]: https://example.com/a').html, '见<a href="https://example.com/a">原文</a>。');
});

test('the bare-text fast path matches the full renderer', () => {
  for (const text of ['普通文字', 'a < b & c > d "e" \'f\'', '&amp; 已转义', '\u00a0空格\u3000全角']) {
    const fast = renderSafe([{ type: 'text', value: text }]);
    const full = renderSafe([{ type: 'text', value: text }, { type: 'emphasis', children: [] }]);
    assert.equal(fast.html, full.html.replace('<em></em>', ''), text);
    assert.equal(fast.text, text);
  }
  assert.equal(escapeHtml('<a>&'), '&#x3C;a>&#x26;');
});

test('block content renders whole (for reading introductions)', () => {
  assert.equal(block('第一段\n\n- 甲\n- 乙\n'), '<p>第一段</p>\n<ul>\n<li>甲</li>\n<li>乙</li>\n</ul>');
});

test('a pathologically deep tree keeps its words instead of overflowing', () => {
  type Emphasis = { type: 'emphasis'; children: (Emphasis | { type: 'text'; value: string })[] };
  let node: Emphasis = { type: 'emphasis', children: [{ type: 'text', value: '最深处' }] };
  for (let i = 0; i < 100_000; i++) node = { type: 'emphasis', children: [node] };
  const { html, text } = renderSafe([{ type: 'text', value: '前' }, node]);
  assert.equal(text, '前最深处');
  assert.equal(html, '前最深处');
});
