import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ImportError } from '../../../src/ingest/index.ts';
import { fallbackDate, findDates, isIsoDate, resolveMeta, type MetaEvidence } from '../../../src/ingest/metadata.ts';
import type { MetaBlock } from '../../../src/ingest/metadata-blocks.ts';
import { detectKind } from '../../../src/ingest/metadata-kind.ts';
import { importText } from '../../../src/ingest/import-text.ts';

/** Evidence from block texts: `# ` marks the title, `## ` a heading, anything else a paragraph. */
const blocks = (...texts: string[]): MetaBlock[] =>
  texts.map((t, k) => (t.startsWith('# ') ? { type: 'title', text: t.slice(2), line: k + 1 } : t.startsWith('## ') ? { type: 'heading', text: t.slice(3), line: k + 1 } : { type: 'paragraph', text: t, line: k + 1 }));
const evidence = (...texts: string[]): MetaEvidence => ({ blocks: blocks(...texts), facts: [], articleMode: false });
const kindOf = (title: string | undefined, ...texts: string[]) => detectKind(evidence(...(title ? [`# ${title}`] : []), ...texts), title, false)?.value;

test('dates in arabic and Chinese numerals, only real ones', () => {
  assert.deepEqual(findDates('（2014年5月8日批准　2026年5月11日发布）'), ['2014-05-08', '2026-05-11']);
  assert.deepEqual(findDates('二〇二一年五月十日'), ['2021-05-10']);
  assert.deepEqual(findDates('2021-02-30 和 2021/3/1'), ['2021-03-01']);
  assert.ok(isIsoDate('2024-02-29'));
  assert.ok(!isIsoDate('2023-02-29'));
});

test('kind from the title, else from how the text reads', () => {
  assert.equal(kindOf('在全县机关党建工作会上的讲话'), '讲话');
  assert.equal(kindOf('中国共产党发展党员工作细则'), '文件');
  assert.equal(kindOf('关于开展学习活动的通知'), '通知');
  assert.equal(kindOf('政府工作报告'), '报告');
  assert.equal(kindOf('贵州省渔业条例'), '法规');
  assert.equal(kindOf('中央纪委通报13起违反中央八项规定精神问题'), '通报');
  assert.equal(kindOf('司法部负责人就《条例》答记者问'), '解读');
  assert.equal(kindOf('如何推进决定性的伟大工程?习近平这样“典”明'), undefined, '决定性 does not make a 决定');
  assert.equal(kindOf('立足更高定位 彰显更大作为', '2022年城市管理和综合执法工作报告'), '报告', 'a subtitle names the kind');
  assert.equal(kindOf(undefined, '同志们：', '今天开会。'), '讲话');
  assert.equal(kindOf(undefined, '各二级单位党委：', '为做好工作，现就有关事项通知如下。'), '通知');
  assert.equal(kindOf(undefined, '## 一、是什么？', '## 二、为什么？'), '解读');
  assert.equal(kindOf('某文', '摘要:本文讨论。', '正文。'), '文章');
  assert.equal(kindOf(undefined, '一段话。'), undefined);
});

test('metadata is taken from options, then the text, else a fallback flagged for review', () => {
  const found = resolveMeta(evidence('# 某某细则', '（2024年3月1日印发）'), { fileName: 'dir/a.txt', fallbackDate: '2026-01-01' });
  assert.deepEqual(found.meta, { title: '某某细则', date: '2024-03-01', kind: '文件', origin: 'a.txt' });
  assert.deepEqual(found.notes, []);
  const missing = resolveMeta(evidence('一段话。'), { fileName: 'notes.txt', fallbackDate: '2026-01-01' });
  assert.deepEqual(missing.meta, { title: 'notes', date: '2026-01-01', kind: '文件', origin: 'notes.txt' });
  assert.deepEqual(missing.notes.map((n) => n.field), ['title', 'date', 'kind']);
  const given = resolveMeta(evidence('# 正文标题'), { fileName: 'a.txt', title: '指定标题', date: '2024-06-30', kind: '解读', fallbackDate: '2026-01-01' });
  assert.deepEqual(given.from, { title: 'option', date: 'option', kind: 'option' });
  assert.deepEqual(given.notes.map((n) => n.field), ['title'], 'a title that differs from the text is noted');
  assert.throws(() => resolveMeta(evidence('一段话。'), { fileName: 'a.txt', date: '2024-13-01', fallbackDate: '2026-01-01' }), ImportError);
});

test('fallback date: SOURCE_DATE_EPOCH, else today', () => {
  assert.equal(fallbackDate('1767225600'), '2026-01-01');
  // Never the clock: the same copy imported on any day gives the same file.
  assert.equal(fallbackDate(undefined), '1970-01-01');
  assert.equal(fallbackDate(''), '1970-01-01');
  assert.throws(() => fallbackDate('soon'), ImportError);
});

const meta = (text: string) => importText(new TextEncoder().encode(text), { fileName: 'a.txt' }).report.meta;

test('the title: a document named by number in 《》, a 全文 label, a spread title, the name under a page title', () => {
  assert.equal(meta('鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》\n各市人民政府:\n现就有关事项提出意见。').title, '山东省人民政府关于深化预算管理制度改革的实施意见');
  assert.equal(meta('中央八项规定实施细则全文\n一、改进调查研究\n正文。').title, '中央八项规定实施细则');
  assert.equal(meta('政 府 工 作 报 告\n各位代表:\n现在,我代表区人民政府,向大会报告工作。').title, '政府工作报告');
  assert.equal(meta('基层党建工作调研报告(2)\n基层党建工作调研报告\n正文很长。').title, '基层党建工作调研报告');
  assert.equal(meta('四个意识四个自信心得体会,四个意识+四个自信个人心得体会\n四个意识四个自信心得体会\n正文很长。').title, '四个意识四个自信心得体会');
  assert.equal(meta('【阅读全文】\n甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定\n正文。').title, '甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定', 'a menu in brackets is no author tag');
  assert.equal(meta('什么是中心组学习?学习的内容都有啥?\n正文。').title, '什么是中心组学习?学习的内容都有啥?', 'a headline may ask');
});

test('kind: what a title names, not what it writes about; lectures, study notes, reports to a congress or a superior', () => {
  assert.equal(kindOf('违反中央八项规定精神相关问题解析'), '解读');
  assert.equal(kindOf('关于典型案例通报的实践思考'), undefined, 'writing about 通报 is not one');
  assert.equal(kindOf('深刻理解准确把握二十大报告的基本精神'), undefined, 'studying a report is not one');
  assert.equal(kindOf('学习总书记重要讲话精神'), undefined);
  assert.equal(kindOf('2023年主题教育专题党课讲稿:把学习贯彻主题教育不断引向深入'), '讲话');
  assert.equal(kindOf('关于开展专题党课的通知'), '通知');
  assert.equal(kindOf('四个意识四个自信心得体会'), '心得体会');
  assert.equal(kindOf('赓续红色血脉', '争当“茶乡奋斗者”', '--八里畈镇党课'), '讲话', 'the second subtitle line names the kind');
  assert.equal(kindOf(undefined, '各位代表:', '现在,我代表区人民政府向大会作工作报告,请予审议。'), '报告');
  assert.equal(kindOf(undefined, '按照安排,我们开展了调研。现将有关情况报告如下。'), '报告');
  assert.equal(kindOf(undefined, '今天,根据领导干部上党课的要求,我谈几点体会。'), '讲话');
  assert.equal(kindOf('某文', '[摘 要]十八大以来巡视工作有了突破。', '正文。'), '文章');
  const journal: MetaEvidence = { blocks: blocks('# 某文', '正文。'), facts: [{ field: 'origin', value: '《政治学研究》2018年第6期', line: 2 }], articleMode: false };
  assert.equal(detectKind(journal, '某文', false)?.value, '文章', 'a page that names a journal issue as its source');
});

test('people: a post and name (spaced, after a colon, without a unit), a unit and name, names set apart by spaces, an author note', () => {
  assert.equal(meta('2015年政府工作报告\n2015年2月3日在禹王台区第二届人民代表大会第四次会议上\n禹王台区人民政府区长 汤 超\n各位代表:\n现在报告工作。').speaker, '禹王台区人民政府区长 汤超');
  assert.equal(meta('赓续红色血脉\n新县纪委副书记、县监委副主任:范俊巍\n2023年6月30日\n今天讲党课。').speaker, '新县纪委副书记、县监委副主任 范俊巍');
  assert.equal(meta('政府工作报告\n武汉市硚口区第十四届人民代表大会\n(05)\n──201516日在区第十四届人民代表大会第四次会议上\n区长  景新华\n各位代表:\n现在报告工作。').speaker, '区长 景新华');
  assert.equal(meta('政府工作报告\n武汉市硚口区第十四届人民代表大会\n各位代表:\n现在报告工作。').organization, undefined, 'a congress under a title is the session, not the author');
  assert.deepEqual([meta('关于典型案例通报的实践思考\n\n中国海洋石油集团有限公司纪检监察组 陈雷\n\n正文很长。').speaker, meta('关于典型案例通报的实践思考\n\n中国海洋石油集团有限公司纪检监察组 陈雷\n\n正文很长。').kind], ['陈雷', '文章']);
  assert.equal(meta('党建引领小微公共空间更新的机制与路径研究\n刘文波 奚婷霞 高嘉\n正文很长。').speaker, '刘文波、奚婷霞、高嘉');
  assert.equal(meta('某某讲话\n不忘初心 牢记使命\n正文很长。').speaker, undefined, 'a motto is no byline');
  assert.equal(meta('巡视工作研究\n[关键词]巡视工作\n[作者简介]陈燕(1977- ),女,湖南宁乡人,中共中央党校博士生。\n正文很长。').speaker, '陈燕');
  assert.equal(meta('关于组织大合唱的通知\n机关各党支部:\n现就相关要求通知如下:\n特此通知\n中共黄山学院机关委员会\n2021521').organization, '中共黄山学院机关委员会', 'a date line that lost its 年月日 still closes a signature');
});

test('dates: a report delivered on a day at a session; a page published before it was updated', () => {
  assert.equal(meta('政府工作报告\n2015年2月3日在禹王台区第二届人民代表大会第四次会议上\n各位代表:').date, '2015-02-03');
  assert.equal(meta('政府工作报告\n更新时间:2015-01-21 09:48  发布时间:2015-01-09 09:31 信息来源:区政府办\n各位代表:').date, '2015-01-09');
});

test('the frontmatter lists for review exactly the values the importer could not find or doubts, not those given as options', () => {
  const copy = new TextEncoder().encode('同志们：\n\n今天我们开会，认真学习。\n');
  const frontOf = (markdown: string) => markdown.slice(0, markdown.indexOf('\n---\n', 4) + 5);
  const guessed = frontOf(importText(copy, { fileName: 'a.txt', fallbackDate: '1970-01-01' }).markdown);
  assert.match(guessed, /\nreview:\n {2}- title：正文中没有标题行，暂用文件名「a」\n {2}- date：正文中没有找到日期，暂用 1970-01-01\n---\n$/);
  assert.doesNotMatch(guessed, /- kind/, 'the kind is read from 同志们：');
  const given = frontOf(importText(copy, { fileName: 'a.txt', fallbackDate: '1970-01-01', title: '开会讲话', date: '2026-03-01' }).markdown);
  assert.doesNotMatch(given, /review/);
});
