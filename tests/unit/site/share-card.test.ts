import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLValidator } from 'fast-xml-parser';
import { firstSentences, shareCardSvg, wrapTitle } from '../../../src/site/share-card.ts';

test('a card is valid SVG with the title as text, markup in a title escaped', () => {
  const svg = shareCardSvg({ title: '关于<script>alert(1)</script>&“四风”问题的通报', kind: '通报', date: '2026-01-01', organization: '县纪委' });
  assert.equal(XMLValidator.validate(svg), true);
  assert.ok(!svg.includes('<script>'));
  assert.match(svg, /&lt;script&gt;/);
  assert.match(svg, /通报 · 2026-01-01 · 县纪委/);
  assert.doesNotMatch(svg, /@import|url\(|<image|href=/, 'no web fonts or outside images');
});

test('titles wrap by display width into at most three lines, the last cut with …', () => {
  assert.deepEqual(wrapTitle('机关党建工作会上讲话', 15, 3), ['机关党建工作会上讲话']);
  const long = wrapTitle('中共中央办公厅关于印发《中国共产党发展党员工作细则》的通知以及附件和相关说明材料汇编第二版修订本', 15, 3);
  assert.equal(long.length, 3);
  assert.ok(long[2]!.endsWith('…'));
  assert.deepEqual(wrapTitle('Party building work conference', 8, 3).map((l) => l.length <= 15), [true, true, true]);
});

test('descriptions are the first whole sentences, or a cut sentence when the first is too long', () => {
  assert.equal(firstSentences('同志们：今天我们召开会议。主要任务是总结工作。明年还要再接再厉。', 26), '同志们：今天我们召开会议。主要任务是总结工作。');
  const cut = firstSentences('学'.repeat(300), 110);
  assert.equal([...cut].length, 110);
  assert.ok(cut.endsWith('…'));
  assert.equal(firstSentences('  短句  '), '短句');
});
