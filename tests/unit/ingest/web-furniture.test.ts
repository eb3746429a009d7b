import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitLines } from '../../../src/ingest/lines.ts';
import { findWebFurniture, parseMetaLine } from '../../../src/ingest/web-furniture.ts';

const removed = (source: string) => {
  const { items, facts } = findWebFurniture(source, splitLines(source), new Set());
  return { items: items.map((i) => `${i.kind}:${source.slice(i.start, i.end)}`), facts: facts.map((f) => `${f.field}:${f.value}`) };
};
const BODY = '这是正文的第一段，讲的是加强机关党的建设的若干要求，内容很长很长，超过六十个字的一行才算正文开始的地方，后面还有很多话要说。';

test('a site menu with its font-size control, and share buttons, are furniture', () => {
  const r = removed(`下载 / 打印 / 全屏 / 收藏 / 【字号： 加大 还原 减小 】\n2026年河北省政府工作报告\n分享到:\n${BODY}`);
  assert.deepEqual(r.items, ['web-menu:下载 / 打印 / 全屏 / 收藏 / 【字号： 加大 还原 减小 】', 'web-menu:分享到:']);
});

test('metadata lines are removed and what they state is kept', () => {
  const r = removed(`某某条例\n作者:法律资料网 时间:2024-07-22 05:37:26  浏览:9174   来源:法律资料网\n发布者:机关党总支发布时间:2021-07-06浏览次数:319\n2016-05-27邸乘光\n1136\n${BODY}`);
  assert.equal(r.items.length, 4);
  assert.ok(r.items.includes('web-meta:1136'), 'a view count after a metadata line');
  assert.deepEqual(r.facts, ['page-date:2024-07-22', 'origin:法律资料网', 'page-date:2021-07-06', 'page-date:2016-05-27', 'author:邸乘光']);
});

test('a sentence with a colon is not a metadata line', () => {
  assert.equal(parseMetaLine('时间:就是生命，效率就是金钱。'), undefined);
  assert.equal(parseMetaLine('会议时间安排如下：'), undefined);
  assert.deepEqual(parseMetaLine('作者:来源:央视网')?.pairs, [{ label: '作者', value: '' }, { label: '来源', value: '央视网' }]);
});

test('breadcrumbs, column labels, repeated titles, credits, markers and related links', () => {
  const source = `综合新闻\n您的位置: 首页 » 法律资料网 » 法律法规 »\n某某工作条例\n某某工作条例\n【题注】 (2001年4月29日通过)\n${BODY}\n（文 王小俊 图 王小俊 审核 孙开进）\n新华社记者 谢环驰/摄\n代表们审议政府工作报告。本报记者 吕建荣摄\n${BODY}\n${BODY}\n相关报道：\n另一篇报道的标题\n`;
  assert.deepEqual(removed(source).items, [
    'column-label:综合新闻',
    'breadcrumb:您的位置: 首页 » 法律资料网 » 法律法规 »',
    'repeated-line:某某工作条例',
    'web-marker:【题注】',
    'credit:（文 王小俊 图 王小俊 审核 孙开进）',
    'credit:新华社记者 谢环驰/摄',
    'related-links:相关报道：',
    'related-links:另一篇报道的标题',
  ]);
});

test('lines the text itself repeats or shapes like furniture stay', () => {
  const source = `学习制度\n${BODY}\n学习制度\n${BODY}\n大\n关于我们的分享\n`;
  assert.deepEqual(removed(source).items, []);
});
