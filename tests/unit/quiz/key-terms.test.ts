/** Which quoted terms are worth a blank: cases taken from the real copies and the sample. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { termDoubt } from '../../../src/quiz/key-terms.ts';

const at = (sentence: string, term: string) => sentence.indexOf(`“${term}”`) + 1;
const doubt = (sentence: string, term: string, source = sentence) => termDoubt(term, sentence, at(sentence, term), source);

test('a key concept passes: a specialised dictionary word, or a term its source uses again', () => {
  assert.equal(doubt('要坚持“民主集中制”。', '民主集中制'), undefined);
  assert.equal(doubt('“党章”是根本遵循。', '党章'), undefined);
  const source = '“三重压力”叠加交织。顶住三重压力，稳住经济大盘。';
  assert.equal(doubt('“三重压力”叠加交织。', '三重压力', source), undefined);
});

test('a name given for brevity, a place, a holiday or plan period, an everyday word is not', () => {
  assert.match(doubt('省、自治区、直辖市政府卫生行政部门(以下简称为“省级卫生行政机关”)的义务', '省级卫生行政机关')!, /简称/u);
  assert.match(doubt('局机关党委被评为“湖南省先进基层党组织”。', '湖南省先进基层党组织')!, /地名/u);
  assert.match(doubt('其中不少案例发生在春节、“五一”、国庆等节假日前后', '五一')!, /数字或时间/u);
  assert.match(doubt('“十三五”时期，审查周期大幅压减', '十三五')!, /数字或时间/u);
  assert.match(doubt('就用“形式”这一概念来概括', '形式')!, /常用词/u);
});

test('a one-off epithet or label the source never uses again is not', () => {
  assert.match(doubt('瞻仰第一部党章的“神秘守护者”张人亚的革命事迹。', '神秘守护者')!, /只出现一次/u);
  assert.match(doubt('这是该专区开通“每周通报”以来的第二期集中曝光。', '每周通报')!, /只出现一次/u);
});
