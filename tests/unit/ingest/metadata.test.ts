import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ImportError } from '../../../src/ingest/index.ts';
import { detectKind, fallbackDate, findDates, isIsoDate, resolveMeta, type MetaEvidence } from '../../../src/ingest/metadata.ts';

const evidence = (over: Partial<MetaEvidence> = {}): MetaEvidence => ({ head: [], tail: [], headings: [], articleMode: false, ...over });

test('dates in arabic and Chinese numerals, only real ones', () => {
  assert.deepEqual(findDates('（2014年5月8日批准　2026年5月11日发布）'), ['2014-05-08', '2026-05-11']);
  assert.deepEqual(findDates('二〇二一年五月十日'), ['2021-05-10']);
  assert.deepEqual(findDates('2021-02-30 和 2021/3/1'), ['2021-03-01']);
  assert.ok(isIsoDate('2024-02-29'));
  assert.ok(!isIsoDate('2023-02-29'));
});

test('kind from the title, else from how the text reads', () => {
  assert.equal(detectKind(evidence({ title: '在全县机关党建工作会上的讲话' }))?.kind, '讲话');
  assert.equal(detectKind(evidence({ title: '中国共产党发展党员工作细则' }))?.kind, '文件');
  assert.equal(detectKind(evidence({ title: '关于开展学习活动的通知' }))?.kind, '通知');
  assert.equal(detectKind(evidence({ title: '政府工作报告' }))?.kind, '报告');
  assert.equal(detectKind(evidence({ firstParagraph: '同志们：' }))?.kind, '讲话');
  assert.equal(detectKind(evidence({ headings: ['一、是什么？', '二、为什么？'] }))?.kind, '解读');
  assert.equal(detectKind(evidence()), undefined);
});

test('metadata is taken from options, then the text, else a fallback flagged for review', () => {
  const found = resolveMeta(evidence({ title: '某某细则', head: ['（2024年3月1日印发）'] }), { fileName: 'dir/a.txt', fallbackDate: '2026-01-01' });
  assert.deepEqual(found.meta, { title: '某某细则', date: '2024-03-01', kind: '文件', origin: 'a.txt' });
  assert.deepEqual(found.notes, []);
  const missing = resolveMeta(evidence(), { fileName: 'notes.txt', fallbackDate: '2026-01-01' });
  assert.deepEqual(missing.meta, { title: 'notes', date: '2026-01-01', kind: '文件', origin: 'notes.txt' });
  assert.deepEqual(missing.notes.map((n) => n.field), ['title', 'date', 'kind']);
  const given = resolveMeta(evidence({ title: '正文标题' }), { fileName: 'a.txt', title: '指定标题', date: '2024-06-30', kind: '解读', fallbackDate: '2026-01-01' });
  assert.deepEqual(given.from, { title: 'option', date: 'option', kind: 'option' });
  assert.deepEqual(given.notes.map((n) => n.field), ['title'], 'a title that differs from the text is noted');
  assert.throws(() => resolveMeta(evidence(), { fileName: 'a.txt', date: '2024-13-01', fallbackDate: '2026-01-01' }), ImportError);
});

test('fallback date: SOURCE_DATE_EPOCH, else today', () => {
  assert.equal(fallbackDate('1767225600'), '2026-01-01');
  // Never the clock: the same copy imported on any day gives the same file.
  assert.equal(fallbackDate(undefined), '1970-01-01');
  assert.equal(fallbackDate(''), '1970-01-01');
  assert.throws(() => fallbackDate('soon'), ImportError);
});
