import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importText } from '../../../src/ingest/index.ts';
import { findLineJoins } from '../../../src/ingest/line-joins.ts';
import { removeSpans } from '../../../src/ingest/mapped-text.ts';
import { bodyOf, importSample } from './helpers.ts';

const PARAGRAPHS = [
  '今年以来，全县各级机关认真贯彻落实县委关于加强作风建设的部署要求，坚持把作风建设作为推动高质量发展的重要抓手，机关干部的精神面貌焕然一新。',
  '机关作风建设关系到党和政府的形象，关系到经济社会发展大局。机关是联系上下、沟通左右的重要枢纽，机关干部的一言一行直接影响着群众的评价。',
  '各单位主要负责同志要切实履行第一责任人职责，亲自部署、亲自过问、亲自督办，形成一级抓一级、层层抓落实的工作格局，确保各项措施落到实处。',
];

/** Cut Chinese text into lines of `width` characters, as a PDF copy does. */
const cut = (text: string, width: number): string[] => Array.from({ length: Math.ceil(text.length / width) }, (_, i) => text.slice(i * width, (i + 1) * width));

/** The text with the joins made, or `null` when the copy is not read as hard-wrapped. */
function joined(text: string): string | null {
  const wrap = findLineJoins(text);
  return wrap ? removeSpans(text, wrap.joins).text : null;
}

const body = (text: string) => bodyOf(importText(new TextEncoder().encode(text), { fileName: 'a.txt', fallbackDate: '2026-01-01' }).markdown);

test('a hard-wrapped copy without blank lines or indents: joined where the line is full and no sentence ends', () => {
  const text = ['学习体会', ...PARAGRAPHS.flatMap((p) => cut(p, 30))].join('\n');
  assert.equal(joined(text), ['学习体会', ...PARAGRAPHS].join('\n'));
  assert.equal(findLineJoins(text)?.marks, 'none');
  assert.equal(findLineJoins(text)?.width, 30);
});

test('copies that are not hard-wrapped are left alone', () => {
  // One paragraph per line, each ending a sentence.
  assert.equal(findLineJoins(['学习体会', ...PARAGRAPHS, ...PARAGRAPHS].join('\n')), null);
  // Slogans of about the same length, with commas and no end punctuation.
  const slogans = ['机关党建工作标语', '坚持以人民为中心，推动经济高质量发展', '坚持全面从严治党，永葆党的先进纯洁', '坚持改革创新，不断激发干事创业的活力', '坚持真抓实干，努力创造经得起检验的业绩', '坚持人民至上，切实解决群众急难愁盼问题'];
  assert.equal(findLineJoins(slogans.join('\n')), null);
  // Verse: short lines.
  assert.equal(findLineJoins(['春风吹绿了沿河的田野', '机关干部走进了新的村庄', '一张张笑脸迎来送往', '一句句嘱托记在心上', '我们把初心写进泥土'].join('\n')), null);
});

test('the regulation sample is not hard-wrapped: its title stays apart from the date line', () => {
  const { result } = importSample('fazhan-dangyuan-gongzuo-xize.txt');
  assert.equal(result.report.hardWrap, undefined);
  assert.ok(!result.report.changes.some((c) => c.kind === 'line-join'));
  assert.match(bodyOf(result.markdown), /^\n# 中国共产党发展党员工作细则\n\n（2014年5月8日/u);
});

test('paragraphs separated by blank lines: a full line that ends a sentence still goes on', () => {
  // The first paragraph is 3 × 23 characters: its third line is full and ends with `。`.
  const [first, second, third] = [PARAGRAPHS[0]!, `${PARAGRAPHS[1]!}要常抓不懈。`, `${PARAGRAPHS[2]!}要久久为功。`];
  const text = ['学习体会', '', [...cut(first, 23), ...cut(second, 23)].join('\n'), '', cut(third, 23).join('\n')].join('\n');
  const wrap = findLineJoins(text)!;
  assert.equal(wrap.marks, 'blank-line');
  assert.equal(removeSpans(text, wrap.joins).text, ['学习体会', '', first + second, '', third].join('\n'));
  // Without the blank lines, nothing tells that the paragraph goes on after the full line's `。`.
  const plain = ['学习体会', ...cut(first, 23), ...cut(second, 23), ...cut(third, 23)].join('\n');
  assert.equal(joined(plain), ['学习体会', first, second, third].join('\n'));
  // That guess is flagged for review, at the end of the full line.
  const { report } = importText(new TextEncoder().encode(plain), { fileName: 'a.txt', fallbackDate: '2026-01-01' });
  const guesses = report.flags.filter((f) => f.kind === 'line-break');
  assert.deepEqual(guesses.map((f) => [f.line, f.column]), [[4, 24]]);
  assert.match(guesses[0]!.message, /焕然一新。」排满一行.*「机关作风建设关系到党…」接着本段/u);
});

test('paragraphs marked by indents: an indented line starts a paragraph even after a full line', () => {
  const indent = (p: string) => cut(`　　${p}`, 32);
  const text = ['学习体会', ...PARAGRAPHS.flatMap(indent)].join('\n');
  const wrap = findLineJoins(text)!;
  assert.equal(wrap.marks, 'indent');
  assert.equal(removeSpans(text, wrap.joins).text, ['学习体会', ...PARAGRAPHS.map((p) => `　　${p}`)].join('\n'));
  // A tab indents as a word processor's paragraph indent.
  const tabbed = text.replaceAll('　　', '\t');
  assert.equal(findLineJoins(tabbed)?.marks, 'indent');
  assert.equal(joined(tabbed), ['学习体会', ...PARAGRAPHS.map((p) => `\t${p}`)].join('\n'));
});

test('double-spaced copies: one blank line between lines means nothing, two end a paragraph', () => {
  const text = ['学习体会', ...PARAGRAPHS.map((p) => cut(p, 30).join('\n\n'))].join('\n\n\n');
  const wrap = findLineJoins(text)!;
  assert.equal(wrap.doubleSpaced, true);
  assert.equal(removeSpans(text, wrap.joins).text, ['学习体会', ...PARAGRAPHS].join('\n\n\n'));
});

test('headings, contents lines, short lines, centred lines and dash lines are never run into', () => {
  const lines = [
    ...cut(PARAGRAPHS[0]!.replace('。', '，主要有：'), 30),
    '（一）加强思想建设',
    ...cut(PARAGRAPHS[1]!.replace(/。$/u, ''), 30),
    '第二章　纪律要求',
    ...cut(PARAGRAPHS[2]!.replace(/。$/u, ''), 30),
    '一、总体要求……………………………………………………3',
    ...cut(PARAGRAPHS[1]!, 30),
    '春风吹绿了田野',
    '机关干部走进村庄',
    ...cut(PARAGRAPHS[2]!.replace(/。$/u, ''), 30),
    '　　　　　　　　　　　　　　　　　　　　　　某某县委办公室',
    '　　　　　　　　　　　　　　　　　　　　　　2024年3月5日',
  ];
  const out = joined(lines.join('\n'))!.split('\n');
  for (const line of ['（一）加强思想建设', '第二章　纪律要求', '一、总体要求……………………………………………………3', '春风吹绿了田野', '机关干部走进村庄', '　　　　　　　　　　　　　　　　　　　　　　某某县委办公室', '　　　　　　　　　　　　　　　　　　　　　　2024年3月5日']) {
    assert.ok(out.includes(line), `${line} stays a line of its own:\n${out.join('\n')}`);
  }
});

test('a title is not glued to its subtitle or date line, even when it is as wide as the text', () => {
  const title = '关于进一步加强和改进新时代机关党的建设工作的实施意见';
  const text = [title, '——在全县机关党建工作会议上的讲话', ...cut(PARAGRAPHS.join(''), title.length)].join('\n');
  assert.equal(joined(text)!.split('\n').slice(0, 3).join('\n'), [title, '——在全县机关党建工作会议上的讲话', PARAGRAPHS.join('')].join('\n'));
  const dated = ['机关作风建设讲话', '（2024年3月5日）', ...cut(PARAGRAPHS.join(''), 30)].join('\n');
  assert.match(body(dated), /^\n# 机关作风建设讲话\n\n（2024年3月5日）\n\n今年以来/u);
});

test('a heading cut over two lines is whole again; a heading followed by a full line is not', () => {
  const text = ['学习体会', '一、深化机关党建工作', '的认识', ...cut(PARAGRAPHS[0]!, 30), '二、突出重点', ...cut(PARAGRAPHS[1]! + PARAGRAPHS[2]!, 30)].join('\n');
  const wrap = findLineJoins(text)!;
  assert.deepEqual(wrap.joins.filter((j) => j.heading).map((j) => text.slice(j.start - 4, j.end + 3)), ['党建工作\n的认识']);
  const md = body(text);
  assert.match(md, /^## 一、深化机关党建工作的认识$/mu);
  assert.match(md, /^## 二、突出重点$/mu);
  assert.match(md, /^机关作风建设关系到/mu);
});

test('Latin words keep a space between them; Chinese meets Latin as the copy writes it elsewhere', () => {
  const tight = [
    '通知',
    '为提高公文处理效率，保障数据安全，现就有关事项通知如下。各单位统一使用',
    'WPS Office或Microsoft Word编辑公文，公文统一保存为PDF格式后报送至Party',
    'members学习平台，不得通过即时通讯工具传送涉密文件，违者将追究相关责任。',
    '为提高公文处理效率，保障数据安全，现就有关事项通知如下。平台账号统一分配',
    '，初始密码请在首次登录后立即修改，长度不少于十二位，并定期更换密码。',
  ].join('\n');
  // The copy writes `Word编辑` tight: the joins do too.
  assert.match(joined(tight)!, /统一使用WPS Office或Microsoft Word编辑公文，公文统一保存为PDF格式后报送至Party members学习平台/u);
  assert.match(joined(tight)!, /统一分配，初始密码/u);
  // The copy writes `Word 编辑` spaced: so do the joins.
  const spaced = tight.replace(/(\p{Script=Han})([A-Za-z])/gu, '$1 $2').replace(/([A-Za-z])(\p{Script=Han})/gu, '$1 $2');
  assert.match(joined(spaced)!, /统一使用 WPS Office 或 Microsoft Word 编辑公文，公文统一保存为 PDF 格式后报送至 Party members 学习平台/u);
});

test('every join is in the report, with the input line and the text before and after', () => {
  const text = ['学习体会', ...PARAGRAPHS.flatMap((p) => cut(p, 30))].join('\n');
  const { report } = importText(new TextEncoder().encode(text), { fileName: 'a.txt', fallbackDate: '2026-01-01' });
  const joins = report.changes.filter((c) => c.kind === 'line-join');
  assert.equal(report.hardWrap?.joins, joins.length);
  assert.equal(joins.length, findLineJoins(text)!.joins.length);
  // Each join is reported on the line it ends.
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  assert.deepEqual(joins.map((c) => c.line), findLineJoins(text)!.joins.map((j) => lineOf(j.start)));
  assert.equal(joins.length, PARAGRAPHS.reduce((n, p) => n + cut(p, 30).length - 1, 0));
  for (const c of joins) {
    assert.match(c.before, /⏎/u);
    assert.doesNotMatch(c.after, /⏎/u);
    assert.equal(c.before.replace('⏎', ''), c.after);
  }
});
