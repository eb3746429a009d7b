import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { renderSafe } from '../../../src/shared/markdown-html.ts';
import type { FlatDocument } from '../../../src/structure/collect-blocks.ts';
import { parseBlocks } from '../../../src/structure/parse-blocks.ts';
import { splitChunks } from '../../../src/structure/split-chunks.ts';

/** What the rest of the stage sees of the blocks (positions inside a chunk differ, by design). */
const view = (flat: FlatDocument) =>
  flat.blocks.map((b) =>
    b.kind === 'heading'
      ? ['h', b.depth, b.line, renderSafe(b.nodes).html]
      : ['t', b.line, b.prefix, b.headingEligible, b.content.type === 'phrasing' ? renderSafe(b.content.nodes, { definitions: flat.definitions }).html : b.content.type === 'code' ? b.content.value : b.content.node.value],
  );

const root = join(import.meta.dirname, '../../fixtures/structure');
const tricky = [
  '一、标题\n\n```\n代码第一行\n\n代码在空行之后\n```\n\n正文\n',
  '<script>\nx\n\ny\n</script>\n\n正文\n',
  '<!--\n注释\n\n仍是注释\n-->\n\n正文\n',
  '1. 宽松列表第一项\n\n2. 第二项\n\n   第二项的第二段\n\n正文\n',
  '- 甲\n\n- 乙\n\n> 引用\n\n正文\n',
  '~~~~\n```\n\n~~~\n~~~~\n\n正文\n',
];

test('parsing chunk by chunk gives the same blocks as one parse', () => {
  const inputs = [...tricky];
  for (const name of readdirSync(root)) {
    const text = readFileSync(join(root, name, 'input.md'), 'utf8');
    inputs.push(text.replace(/^---\n[\s\S]*?\n---\n/, ''));
  }
  for (const input of inputs) {
    assert.deepEqual(view(parseBlocks(input, 1, 1)), view(parseBlocks(input, 1, Infinity)), input.slice(0, 40));
  }
});

test('no cut inside fenced code, multi-paragraph HTML or a loose list', () => {
  for (const input of tricky) {
    const chunks = splitChunks(input, 1);
    assert.equal(chunks.map((c) => c.text).join(''), input);
    for (const chunk of chunks) {
      assert.ok(!/^(代码在空行之后|y|仍是注释|2\. 第二项|- 乙|~~~\n)/.test(chunk.text), JSON.stringify(chunk.text));
    }
  }
  assert.deepEqual(splitChunks('甲\n\n乙\n\n丙\n', 1).map((c) => [c.line, c.text]), [[1, '甲\n\n'], [3, '乙\n\n'], [5, '丙\n']]);
});

test('a document with link reference definitions is parsed whole', () => {
  assert.equal(splitChunks('见[原文][a]。\n\n正文\n\n[a]: https://example.com\n', 1).length, 1);
});
