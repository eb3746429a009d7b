import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closeQuotes } from '../../../src/ingest/quotes.ts';

const apply = (text: string) => {
  const { inserts } = closeQuotes(text);
  let out = text;
  for (const i of [...inserts].reverse()) out = out.slice(0, i.at) + '”' + out.slice(i.at);
  return out;
};

test('a series of quoted terms gets its closing quotes, the last one included', () => {
  assert.equal(apply('重点“刹玩风、“树正风、“倡廉风、“治会风,机关作风明显好转。'), '重点“刹玩风”、“树正风”、“倡廉风”、“治会风”,机关作风明显好转。');
});

test('adjacent quoted terms close before the next opening mark', () => {
  assert.equal(apply('成为“开山斧“点金石“聚宝盆。'), '成为“开山斧”“点金石”“聚宝盆”。');
});

test('a last term longer than the others is ambiguous and left alone', () => {
  const text = '开展“十佳学习型单位、“十佳理论文章、“十佳理论标兵评比活动。';
  assert.equal(apply(text), '开展“十佳学习型单位”、“十佳理论文章”、“十佳理论标兵评比活动。');
  assert.deepEqual(closeQuotes(text).unclosed.map((q) => text.slice(q.open, q.open + 4)), ['“十佳理']);
});

test('a lone unclosed quote is flagged, not guessed', () => {
  const text = '坚持“三会一课制度,开展“执政为民,服务发展活动。';
  assert.equal(apply(text), text);
  assert.equal(closeQuotes(text).unclosed.length, 2);
});

test('balanced quotes are untouched', () => {
  const text = '深刻领悟“两个确立”的决定性意义，增强“四个意识”。';
  assert.deepEqual(closeQuotes(text), { inserts: [], unclosed: [] });
});
