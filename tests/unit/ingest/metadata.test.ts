import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ImportError } from '../../../src/ingest/index.ts';
import { fallbackDate, findDates, isIsoDate, resolveMeta, type MetaEvidence } from '../../../src/ingest/metadata.ts';
import type { MetaBlock } from '../../../src/ingest/metadata-blocks.ts';
import { detectKind } from '../../../src/ingest/metadata-kind.ts';

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
