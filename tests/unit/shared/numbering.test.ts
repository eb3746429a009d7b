import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchHeadingNumber, matchNumberedHeading, parseChineseNumeral, styleRank } from '../../../src/shared/numbering.ts';

const style = (text: string) => {
  const m = matchHeadingNumber(text);
  return m && `${m.style}:${m.value}:${m.raw.trim()}`;
};

test('GB/T 9704 numbers and their informal variants', () => {
  assert.equal(style('第一章　总则'), 'chapter:1:第一章');
  assert.equal(style('第十二节 附则'), 'section:12:第十二节');
  assert.equal(style('一、总体要求'), 'cn:1:一、');
  assert.equal(style('十一．其他'), 'cn:11:十一．');
  assert.equal(style('（二）基本原则'), 'cn-paren:2:（二）');
  assert.equal(style('(三)半角括号'), 'cn-paren:3:(三)');
  assert.equal(style('㈣单字符'), 'cn-paren:4:㈣');
  assert.equal(style('1.坚持'), 'arabic:1:1.');
  assert.equal(style('2、坚持'), 'arabic:2:2、');
  assert.equal(style('１２．全角'), 'arabic:12:１２．');
  assert.equal(style('（3）把方向'), 'arabic-paren:3:（3）');
  assert.equal(style('(4)半角'), 'arabic-paren:4:(4)');
  assert.equal(style('⑸单字符'), 'arabic-paren:5:⑸');
  assert.equal(style('6）右括号'), 'arabic-paren:6:6）');
  assert.equal(style('⑦管大局'), 'circled:7:⑦');
});

test('numbers that are not heading numbers', () => {
  for (const text of ['2024年全县经济', '3.5%的增速', '16.5 个月', '３．５％', '1、2月份', '一、二、三产业', '一、', '第一条 为了', '100、太大']) {
    assert.equal(matchHeadingNumber(text), null, text);
  }
});

test('matchNumberedHeading: short, no sentence inside, not a list item', () => {
  assert.ok(matchNumberedHeading('一、深化机关党建工作的认识'));
  assert.ok(matchNumberedHeading('1、加强思想建设,教育党员。'));
  assert.ok(matchNumberedHeading('一、《通知》制定的背景是什么？'));
  assert.equal(matchNumberedHeading('（一）向入党积极分子介绍和阐释共产党人的信仰信念，介绍党的基本知识；'), null);
  assert.equal(matchNumberedHeading('1、加强思想建设，教育党员。一是要组织学习。'), null);
  assert.equal(matchNumberedHeading('（二）学习，'), null);
  assert.equal(matchNumberedHeading(`一、${'很'.repeat(41)}`), null);
  assert.equal(matchNumberedHeading('一、标题\n正文'), null);
});

test('parseChineseNumeral and style ranks', () => {
  assert.equal(parseChineseNumeral('二十三'), 23);
  assert.equal(parseChineseNumeral('一百零五'), 105);
  assert.equal(parseChineseNumeral('十'), 10);
  assert.equal(parseChineseNumeral('abc'), undefined);
  assert.ok(styleRank('chapter') < styleRank('cn'));
  assert.ok(styleRank('cn') < styleRank('cn-paren'));
  assert.ok(styleRank('cn-paren') < styleRank('arabic'));
  assert.ok(styleRank('arabic-paren') < styleRank('circled'));
});
