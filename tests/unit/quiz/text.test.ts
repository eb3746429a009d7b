import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseWindow, sentenceSpans, shortestCover, toSentences } from '../../../src/quiz/text.ts';

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

test('sentences end at 。！？ with closing quotes kept, and at line breaks', () => {
  const text = '他说：“好。”然后走了！\n\n新段落没有句号\n第三句？';
  assert.deepEqual(sentenceSpans(text).map((s) => slice(text, s)), ['他说：“好。”', '然后走了！', '新段落没有句号', '第三句？']);
});

test('toSentences widens a range to whole sentences', () => {
  const text = '第一句。第二句话很长。第三句。';
  const spans = sentenceSpans(text);
  assert.equal(slice(text, toSentences(spans, 6, 8)), '第二句话很长。');
  assert.equal(slice(text, toSentences(spans, 2, 13)), '第一句。第二句话很长。第三句。');
});

test('clauseWindow grows by clauses around the target up to min, never past max', () => {
  const s = '各单位要采取切实有效的措施,认真处理涉及群众切身利益的突出问题,狠刹拖拉懒散的作风。';
  const at = s.indexOf('突出问题');
  assert.equal(slice(s, clauseWindow(s, at, at + 4, 10, 80)), '认真处理涉及群众切身利益的突出问题');
  assert.equal(slice(s, clauseWindow(s, at, at + 4, 30, 80)), '各单位要采取切实有效的措施,认真处理涉及群众切身利益的突出问题');
  assert.equal(slice(s, clauseWindow(s, at, at + 4, 30, 20)), '认真处理涉及群众切身利益的突出问题');
});

test('shortestCover finds the tightest span holding every item (and in order when asked)', () => {
  const text = '刹玩风在前。后来重点刹玩风、树正风、倡廉风。最后树正风。';
  const cover = shortestCover(text, [['刹玩风'], ['树正风'], ['倡廉风']])!;
  assert.equal(slice(text, cover), '刹玩风、树正风、倡廉风');
  const ordered = shortestCover(text, [['倡廉风'], ['树正风']], true)!;
  assert.equal(slice(text, ordered), '倡廉风。最后树正风');
  assert.equal(shortestCover(text, [['刹玩风'], ['治会风']]), undefined);
  // Any spelling of an item will do.
  assert.equal(slice(text, shortestCover(text, [['治会风', '刹玩风'], ['树正风']])!), '刹玩风、树正风');
});
