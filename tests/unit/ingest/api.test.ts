import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as ingest from '../../../src/ingest/index.ts';

test('public API of the ingest stage', () => {
  assert.deepEqual(Object.keys(ingest).sort(), ['ImportError', 'SUBSTITUTIONS', 'formatReport', 'importText', 'parseManifest', 'slugForFile']);
});

test('importText returns markdown, slug and report; bad input throws ImportError', () => {
  const result = ingest.importText(new TextEncoder().encode('标题\n正文。'), { fileName: '例子.txt', date: '2024-01-02', kind: '文件' });
  assert.equal(result.slug, 'li-zi');
  assert.equal(result.report.output, 'li-zi.md');
  assert.match(result.markdown, /^---\ntitle: 标题\n/u);
  assert.throws(() => ingest.importText(new Uint8Array(), { fileName: 'x.txt' }), ingest.ImportError);
});

test('the text report is Chinese, one line per change and flag', () => {
  const { report } = ingest.importText(new TextEncoder().encode('1、讲话标题 同志们: 今年工作很多，我们要加强学\n2、习，改革开展。'.replace('今年', '今年'.repeat(40))), { fileName: 'a.txt', fallbackDate: '2026-01-01' });
  const text = ingest.formatReport(report);
  assert.match(text, /^a\.txt → a\.md（UTF-8，换行 LF）$/mu);
  assert.match(text, /第2行第1列 删除页码：「…很多，我们要加强学⏎2、习，改革开展。」→「…很多，我们要加强学习，改革开展。」/u);
  assert.match(text, /疑似替换词：「.*」中的「开展」疑为「发展」（未修改）/u);
  assert.match(text, /日期需核对/u);
});
