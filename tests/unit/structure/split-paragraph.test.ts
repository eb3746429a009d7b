import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PhrasingContent } from 'mdast';
import { plainText } from '../../../src/shared/markdown-html.ts';
import { splitContent } from '../../../src/structure/split-paragraph.ts';
import { structureSource } from '../../../src/structure/index.ts';
import type { BlockContent } from '../../../src/structure/collect-blocks.ts';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const phrasing = (...nodes: PhrasingContent[]): BlockContent => ({ type: 'phrasing', nodes });
const textOf = (pieces: BlockContent[]) => pieces.map((p) => (p.type === 'phrasing' ? plainText(p.nodes) : p.type === 'code' ? p.value : '')).join('');

test('content that fits stays one piece', () => {
  const content = phrasing(text('学习'.repeat(10)));
  assert.deepEqual(splitContent(content, 100), [content]);
});

test('a long text node is cut into pieces that join back to it', () => {
  const value = '学习机关党建工作。'.repeat(40);
  const pieces = splitContent(phrasing(text(value)), 50);
  assert.ok(pieces.length >= 8);
  assert.equal(textOf(pieces), value);
  for (const p of pieces) assert.ok(textOf([p]).length <= 50);
});

test('formatting is never cut: the cut falls in the text around a bold run or a link', () => {
  const strong: PhrasingContent = { type: 'strong', children: [text('刹玩风树正风倡廉风治会风')] };
  const link: PhrasingContent = { type: 'link', url: 'https://example.org/', children: [text('三会一课')] };
  const content = phrasing(text('学'.repeat(8)), strong, text('习'.repeat(8)), link, text('党'.repeat(8)));
  const pieces = splitContent(content, 10);
  assert.equal(textOf(pieces), plainText((content as { nodes: PhrasingContent[] }).nodes));
  const kept = pieces.flatMap((p) => (p.type === 'phrasing' ? p.nodes : []));
  assert.ok(kept.includes(strong) && kept.includes(link), 'the bold run and the link are kept as they are');
});

test('inline raw HTML and HTML blocks stay whole; code blocks are cut like text', () => {
  const withHtml = phrasing(text('学'.repeat(30)), { type: 'html', value: '<span>' }, text('习'.repeat(30)), { type: 'html', value: '</span>' });
  assert.deepEqual(splitContent(withHtml, 10), [withHtml]);
  const block: BlockContent = { type: 'html', node: { type: 'html', value: `<div>${'学'.repeat(40)}</div>` } };
  assert.deepEqual(splitContent(block, 10), [block]);
  const code: BlockContent = { type: 'code', value: 'x'.repeat(25) };
  assert.equal(textOf(splitContent(code, 10)), code.value);
  assert.equal(splitContent(code, 10).length, 3);
});

test('a source paragraph too long to keep whole becomes pieces p1, p1-2… that follow each other; later ids do not move', () => {
  const line = '学习'.repeat(4000);
  const md = ['---', 'title: 长段', 'date: 2026-01-01', 'kind: 讲话', '---', '', '## 一、唯一部分', '', line, '', '短的一段。', ''].join('\n');
  const { doc, issues } = structureSource('content/sources/a.md', md);
  assert.deepEqual(issues, []);
  const ps = doc!.paragraphs;
  assert.deepEqual(ps.map((p) => p.id), ['p1', 'p1-2', 'p1-3', 'p2']);
  assert.deepEqual(ps.map((p) => p.continued ?? false), [false, true, true, false]);
  assert.equal(ps.slice(0, 3).map((p) => p.text).join(''), line);
  assert.ok(ps.every((p) => p.line === ps[0]!.line || p.id === 'p2'));
  assert.deepEqual(doc!.sections[0]!.paragraphIds, ['p1', 'p1-2', 'p1-3', 'p2']);
});
