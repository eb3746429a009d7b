import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findFurniture } from '../../../src/ingest/furniture.ts';
import { removeSpans } from '../../../src/ingest/mapped-text.ts';
import { findPageJoins } from '../../../src/ingest/page-joins.ts';

/** The text after furniture removal and page joins, and the removed pieces. */
function clean(source: string): { text: string; removed: string[] } {
  const furniture = findFurniture(source);
  const joins = findPageJoins(source, furniture);
  return {
    text: removeSpans(source, [...furniture.items, ...joins]).text,
    removed: furniture.items.sort((a, b) => a.start - b.start).map((i) => `${i.kind}:${source.slice(i.start, i.end)}`),
  };
}

const PAGE = '机关党建工作是一个系统性的工作，在千头万绪的工作中重点要提高机关党员的整体素质、激发工作热情和塑造良好形象，'.repeat(2);

test('sequential page prefixes are removed and the pages rejoined, mid-word too', () => {
  const source = `1、标题 ${PAGE}机关党员干部的作\n2、风如何${PAGE}加强作风建设,监督\n3、党员。${PAGE}结束。 第3页 共3页`;
  const { text, removed } = clean(source);
  assert.deepEqual(removed, ['page-number:1、', 'page-number:2、', 'page-number:3、', 'page-footer:第3页 共3页']);
  assert.equal(text, `标题 ${PAGE}机关党员干部的作风如何${PAGE}加强作风建设,监督党员。${PAGE}结束。`);
});

test('numbered lines that are not page prefixes stay: short lines ending in sentences', () => {
  const source = '1、加强学习，提高素质。\n2、严格管理，改进作风。\n3、加强监督，严守纪律。';
  assert.deepEqual(clean(source).removed, []);
});

test('a page prefix sequence must start at 1 and count up on every line', () => {
  const source = `1、${PAGE}的\n3、${PAGE}的`;
  assert.deepEqual(clean(source).removed, []);
});

test('standalone page numbers, running headers and form feeds are removed; a cut sentence is rejoined', () => {
  const source = '学习制度\n第一段没有写完，全体干部\n- 1 -\n学习制度\n每周参加学习。\n- 2 -\n\f学习制度\n考核结果公开。\n';
  const { text, removed } = clean(source);
  assert.deepEqual(removed, ['page-number:- 1 -', 'running-header:学习制度', 'page-number:- 2 -', 'page-break:\f', 'running-header:学习制度']);
  assert.equal(text.replace(/\n+/g, '|'), '学习制度|第一段没有写完，全体干部每周参加学习。|考核结果公开。|');
});

test('bare numbers count as page numbers only when they count up', () => {
  assert.deepEqual(clean('甲。\n1\n乙。\n2\n丙。').removed, ['page-number:1', 'page-number:2']);
  assert.deepEqual(clean('甲。\n2024\n乙。').removed, []);
});

test('repeated short lines are headers only when the copy shows its pages', () => {
  const source = '（略）\n正文一。\n（略）\n正文二。\n（略）\n正文三。';
  assert.deepEqual(clean(source).removed, []);
});
