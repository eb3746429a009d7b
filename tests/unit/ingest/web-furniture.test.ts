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

test('a long breadcrumb, navigation rows, search shortcuts, widgets, notices and footers are furniture', () => {
  const crumb = '您当前的位置: 首页 > 法规草案征求意见 > 关于《厦门经济特区社会信用条例(草案修改二稿 征求意见稿)》公开征求意见的公告';
  const r = removed(`${crumb}\n中心智库 数据检索 在线投稿 设为首页 加入收藏\nTOP\n今天是:\n快捷搜索:论文 合同 演讲 心得\n【字体:\n【阅读全文】\n某某会议上的讲话\n导语:某某讲话一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。\nadmin 分享 时间: 加入收藏 共计1799个字,预计阅读时长6分钟\n${BODY}\n${BODY}\nCOPYRIGHT © 黄山学院`);
  assert.deepEqual(r.items, [
    `breadcrumb:${crumb}`,
    'web-menu:中心智库 数据检索 在线投稿 设为首页 加入收藏',
    'web-menu:TOP',
    'web-meta:今天是:',
    'web-menu:快捷搜索:论文 合同 演讲 心得',
    'web-menu:【字体:',
    'web-menu:【阅读全文】',
    'site-notice:导语:某某讲话一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。',
    'web-meta:admin 分享 时间: 加入收藏 共计1799个字,预计阅读时长6分钟',
    'web-meta:COPYRIGHT © 黄山学院',
  ]);
  const notice = removed(`下面是小编为大家整理的主题教育专题党课讲稿(精选文档),供大家参考。\n主题教育专题党课讲稿\n${BODY}`);
  assert.deepEqual(notice.items, ['site-notice:下面是小编为大家整理的主题教育专题党课讲稿(精选文档),供大家参考。']);
});

test('stamps led by a column, stamps with the byline glued on, empty widgets and unknown sources', () => {
  const r = removed(`某文\n心得体会范文2018-10-26王新老师\n2024-07-09 06:44刘文波奚婷霞高嘉\n刘文波 奚婷霞 高嘉\n2019-03-14 18:04:08 来源:未知 作者:王向阳 【 】 浏览:0次 评论:0\n编辑:肖艳 发表时间:2016-10-18 10:32\n${BODY}`);
  assert.deepEqual(r.items, [
    'web-meta:心得体会范文2018-10-26王新老师',
    'web-meta:2024-07-09 06:44刘文波奚婷霞高嘉',
    'web-meta:2019-03-14 18:04:08 来源:未知 作者:王向阳 【 】 浏览:0次 评论:0',
    'web-meta:编辑:肖艳 发表时间:2016-10-18 10:32',
  ]);
  // Which of `心得体会范文` and `王新老师` is the author the line does not say; `来源:未知` is no source.
  assert.deepEqual(r.facts, ['page-date:2018-10-26', 'page-date:2024-07-09', 'page-date:2019-03-14', 'author:王向阳', 'page-date:2016-10-18']);
  assert.equal(parseMetaLine('会议时间2024-05-06'), undefined, 'a lead that says what the date is makes it text');
  assert.equal(removed(`某文\n2024-07-09 北京召开会议\n${BODY}`).items.length, 0, 'a stamp and words that are no byline stay');
});

test('a site header above a title the page repeats, a page summary and a site watermark', () => {
  const header = removed(`文似观山不喜平 — — 观山文库◆记住我,来上我~\n交流发言:深刻理解党纪学习教育的时代意义\n时间:2024-06-01\n交流发言:深刻理解党纪学习教育的时代意义\n同志们:\n${BODY}`);
  assert.deepEqual(header.items, ['web-meta:时间:2024-06-01', 'repeated-line:交流发言:深刻理解党纪学习教育的时代意义', 'site-header:文似观山不喜平 — — 观山文库◆记住我,来上我~']);
  const summary = removed('在全县会议上的讲话用心用爱用功答好"强县之问"(2019年3月31日) 同志们: 县不图强,必有远忧。当前,全国各地都在深入学习贯彻习\n在全县会议上的讲话\n用心用爱用功答好“强县之问”\n(2019年3月31日)\n同志们:\n县不图强,必有远忧。当前,全国各地都在深入学习贯彻XXX,高质量发展的浪潮中百舸争流。\n');
  assert.equal(summary.items.length, 1);
  assert.match(summary.items[0]!, /^page-summary:在全县会议上的讲话用心用爱/u);
  const stamped = removed(`今天讲党课。\n稿子汇 www.gaozihui.com\n一、全面从严治党是优良传统。 稿子汇 www.gaozihui.com\n${BODY} 稿子汇,范文学习文库\n稿子汇编了一本书，收录很多篇目，供大家学习使用，也欢迎大家提出意见。`);
  assert.deepEqual(stamped.items, ['watermark:稿子汇 www.gaozihui.com', 'watermark: 稿子汇 www.gaozihui.com', 'watermark: 稿子汇,范文学习文库']);
  assert.deepEqual(removed(`通知\n${BODY}\n详见中国政府网 www.gov.cn`).items, [], 'a site named once belongs to the text');
});
