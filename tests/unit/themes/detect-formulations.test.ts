import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findFormulations } from '../../../src/themes/index.ts';

const names = (text: string): string[] => findFormulations(text).map((m) => m.name);

test('numeral + measure word + concept', () => {
  assert.deepEqual(names('当前做好全县机关党建工作的关键是完善一批制度、理顺两大关系、注重三个结合。'), ['两大关系', '三个结合']);
  assert.deepEqual(names('增强四个意识、坚定四个自信、做到两个维护'), ['四个意识', '四个自信', '两个维护']);
  assert.deepEqual(names('严格落实中央八项规定精神'), ['八项规定']);
  assert.deepEqual(names('充分调动中央和地方两个积极性。'), ['两个积极性']);
  assert.deepEqual(names('统筹推进四个全面战略布局'), ['四个全面']);
});

test('quoted terms, closed or with the closing mark lost', () => {
  assert.deepEqual(names('深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”'), ['两个确立', '四个意识', '四个自信', '两个维护']);
  assert.deepEqual(names('邓小平理论、“三个代表”重要思想'), ['三个代表']);
  assert.deepEqual(names('严格坚持“三会一课”制度'), ['三会一课']);
  assert.deepEqual(names('严格坚持“三会一课制度,大力开展'), ['三会一课']);
  assert.deepEqual(names('二是要开展“四谈心活动。'), ['四谈心']);
  assert.deepEqual(names('三是深入开展“三清工作。'), ['三清']);
  assert.deepEqual(names('党员“三清活动,目前党员“三清进展比较顺利'), ['三清', '三清']);
  assert.deepEqual(names('开展“三清”活动'), ['三清']);
  assert.deepEqual(names('“三个代表重要思想'), ['三个代表']);
});

test('positions point at the name, without the quotation marks', () => {
  const text = '开展“四谈心活动';
  const [m] = findFormulations(text);
  assert.deepEqual(m, { name: '四谈心', value: 4, start: 3, end: 6, quoted: true });
  assert.equal(text.slice(m.start, m.end), '四谈心');
  const [n] = findFormulations('注重三个结合');
  assert.deepEqual(n, { name: '三个结合', value: 3, start: 2, end: 6, quoted: false });
});

test('durations, counts, ordinals, ages and dates are not formulations', () => {
  for (const text of [
    '应当在三个月内审批',
    '两年',
    '公示期不少于五个工作日。',
    '特别是市第三次党代会给党建工作提出了更高的目标要求',
    '县委在第十二次党代会上',
    '应当在一个月内派人同入党申请人谈话',
    '党组织应当指定一至两名正式党员作入党积极分子的培养联系人',
    '年满十八岁的中国工人',
    '每月向机关干部推荐一批好书',
    '愿意参加党的一个组织并在其中积极工作',
    '作为一项经常性重要工作',
    '把学习作为一种政治责任、一种精神追求',
    '下面,我着重讲三点意见:',
    '不少于三天或者不少于二十四个学时。',
    '讨论两个以上的发展对象入党时',
    '促进知识产权转化运用等六个方面',
    '不得超过六个月。',
    '党支部每半年对入党积极分子进行一次考察',
    '已经清收了20多万元党费',
    '大力开展“十佳学习型单位、“十佳理论文章',
    '机关党组织“一把手抓党建专项述职试点',
    '一是要组织学习。二是要开展',
    '建设秀美、开放、和谐的三峡门户',
    '2014年5月8日',
    '二〇一四年五月八日',
  ]) {
    assert.deepEqual(names(text), [], text);
  }
});

test('a congress ordinal is not a formulation; 十大关系 is', () => {
  assert.deepEqual(names('党的十八大以来，学习二十大精神，迎接党的二十大胜利召开。'), []);
  assert.deepEqual(names('毛泽东同志在《论十大关系》中指出。'), ['十大关系']);
});

test('a name extends to the whole noun phrase the segmenter reads, never cut inside a word', () => {
  const names = (text: string) => findFormulations(text).map((m) => m.name);
  assert.deepEqual(names('着力打造三大现代产业带，推动高质量发展'), ['三大现代产业带']);
  assert.deepEqual(names('坚决打好三大攻坚战。'), ['三大攻坚战']);
  assert.deepEqual(names('推进四大基础设施建设'), ['四大基础设施']);
  assert.deepEqual(names('坚持两个毫不动摇'), ['两个毫不动摇']);
  assert.deepEqual(names('专业赋能型和平台协同型两大典型路径及其解决对策'), ['两大典型路径']);
  // A head noun that only frames the formulation stays out of its name.
  assert.deepEqual(names('形成四大产业格局，完成三项重点工作'), ['四大产业', '三项重点']);
  // Two-character concepts stay as they were: the phrase rule only lengthens a name.
  assert.deepEqual(names('注重三个结合，理顺两大关系，落实八项规定精神'), ['三个结合', '两大关系', '八项规定']);
  assert.deepEqual(names('两个维护作为根本政治要求'), ['两个维护']);
});
