import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segmentText } from '../../../src/ingest/paragraphs.ts';

/** Blocks as `type:level:text`, for compact assertions. */
const outline = (text: string) =>
  segmentText(text).blocks.map((b) => `${b.type === 'paragraph' ? 'p' : b.type === 'title' ? 'h1' : `h${b.level}`}:${text.slice(b.start, b.end)}`);

test('paragraphs run together with single spaces are split; spaces inside a sentence stay', () => {
  assert.deepEqual(outline('机关党建工作会上讲话 同志们: 今年,县委召开会议。 机关是重要枢纽,严禁接打 、随意走动。'), [
    'h1:机关党建工作会上讲话',
    'p:同志们:',
    'p:今年,县委召开会议。',
    'p:机关是重要枢纽,严禁接打 、随意走动。',
  ]);
});

test('a heading with its paragraph after a space; real 1、 sub-headings sit mid-line', () => {
  assert.deepEqual(outline('意见如下: 一、深化认识 近年来工作很多。 1、加强思想建设,教育党员。一是要组织学习。二是要谈心。'), [
    'p:意见如下:',
    'h2:一、深化认识',
    'p:近年来工作很多。',
    'h3:1、加强思想建设,教育党员',
    'p:一是要组织学习。二是要谈心。',
  ]);
});

test('one-line copies: a number that continues the numbering after a sentence end starts a heading', () => {
  assert.deepEqual(outline('一、背景是什么？当前形势变化。二、内容有哪些？（一）完善制度。一是健全。（二）强化保障。落实到位。'), [
    'h2:一、背景是什么？',
    'p:当前形势变化。',
    'h2:二、内容有哪些？',
    'h3:（一）完善制度',
    'p:一是健全。',
    'h3:（二）强化保障',
    'p:落实到位。',
  ]);
});

test('numbers out of sequence mid-line stay text', () => {
  assert.deepEqual(outline('一、总体要求\n工作很多。三、五年内完成。'), ['h2:一、总体要求', 'p:工作很多。三、五年内完成。']);
});

test('inline enumerations are text, never headings', () => {
  assert.deepEqual(outline('一是要组织学习。二是要开展谈心活动。\n一要处理好关系，二要加强沟通。'), ['p:一是要组织学习。二是要开展谈心活动。', 'p:一要处理好关系，二要加强沟通。']);
});

test('numbers that are not headings stay text', () => {
  for (const line of ['2024年，全县完成投资。', '3.5%的增幅。', '16.5 个月左右。', '20多万元党费。', '10、20、30三档。']) {
    assert.deepEqual(outline(`资料\n${line}`), ['h1:资料', `p:${line}`]);
  }
});

test('regulations: chapters are headings; articles and their items are paragraphs', () => {
  const text = '细则\n第一章　总则\n第一条　为了规范工作，制定本细则。\n第二条　任务是：\n（一）加强学习；\n（二）改进作风。\n第二章　附则\n第三条　本细则自发布之日起施行。';
  assert.deepEqual(outline(text), [
    'h1:细则',
    'h2:第一章　总则',
    'p:第一条　为了规范工作，制定本细则。',
    'p:第二条　任务是：',
    'p:（一）加强学习；',
    'p:（二）改进作风。',
    'h2:第二章　附则',
    'p:第三条　本细则自发布之日起施行。',
  ]);
  assert.equal(segmentText(text).articleMode, true);
});

test('a one-line regulation is split at its articles', () => {
  assert.deepEqual(outline('第一条　为了规范工作。第二条　本办法自发布之日起施行。'), ['p:第一条　为了规范工作。', 'p:第二条　本办法自发布之日起施行。']);
});

test('one-sentence numbered lines in a row are a list, not headings', () => {
  assert.deepEqual(outline('要求\n1、按时参加组织生活。\n2、按时交纳党费。'), ['h1:要求', 'p:1、按时参加组织生活。', 'p:2、按时交纳党费。']);
});

test('heading levels follow the numbering styles the document uses; skipped levels stay skipped', () => {
  assert.deepEqual(outline('一、学习\n1.集中学习\n每月一次。\n二、考核\n（一）方式\n1.平时考核\n按季度。'), [
    'h2:一、学习',
    'h4:1.集中学习',
    'p:每月一次。',
    'h2:二、考核',
    'h3:（一）方式',
    'h4:1.平时考核',
    'p:按季度。',
  ]);
});

test('mixed Latin and Chinese with spaces is not split', () => {
  assert.deepEqual(outline('使用 Word 编辑的文本 需要转换，然后导入。'), ['p:使用 Word 编辑的文本 需要转换，然后导入。']);
  assert.deepEqual(outline('带 BOM 的文本\n正文。'), ['h1:带 BOM 的文本', 'p:正文。']);
});

test('a Chinese numeral alone on a line numbers a section, when it is the next one', () => {
  assert.deepEqual(outline('改革与完善\n党的十八届三中全会作出决定。\n一\n《决定》确定了总目标。\n二\n监督制度要完善。'), ['h1:改革与完善', 'p:党的十八届三中全会作出决定。', 'h2:一', 'p:《决定》确定了总目标。', 'h2:二', 'p:监督制度要完善。']);
  assert.deepEqual(outline('资料\n三\n正文。'), ['h1:资料', 'p:三', 'p:正文。'], 'a numeral out of sequence is text');
});

test('a numbered series is alike: where one member is a paragraph, members cut from theirs are items too', () => {
  assert.deepEqual(outline('三、要求\n1.参加人员上午9:50入场完毕,并按座次图就座。处室人员由负责人带队入场。\n2.请各党总支认真组织师生收听收看。因故不能参加的要收看重播。\n3.请各党总支将庆祝大会收听收看情况(文字和照片)、师生感想(每单位不少于3人)于12月18日下午15:00点前报送党委宣传部。同时要深入思考下一步工作安排。'), [
    'h2:三、要求',
    'p:1.参加人员上午9:50入场完毕,并按座次图就座。处室人员由负责人带队入场。',
    'p:2.请各党总支认真组织师生收听收看。因故不能参加的要收看重播。',
    'p:3.请各党总支将庆祝大会收听收看情况(文字和照片)、师生感想(每单位不少于3人)于12月18日下午15:00点前报送党委宣传部。同时要深入思考下一步工作安排。',
  ]);
  const { blocks, splits } = segmentText('一、修改\n1.在《条例》第七条中增加一项,即:“负责节能工作;”\n2.将《气象条例》第七条 项修改为:“为经济建设服务。”');
  assert.deepEqual(blocks.map((b) => b.type), ['heading', 'paragraph', 'paragraph'], 'a heading split off at a lost digit goes back to its paragraph');
  assert.equal(splits.length, 0);
  assert.deepEqual(outline('一、学习\n1、完善一批制度。一是要完善领导责任制。\n2、理顺两大关系。一要处理好上下级关系。'), ['h2:一、学习', 'h3:1、完善一批制度', 'p:一是要完善领导责任制。', 'h3:2、理顺两大关系', 'p:一要处理好上下级关系。'], 'a series of run-in headings stays');
});
