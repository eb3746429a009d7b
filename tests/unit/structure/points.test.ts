import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPoints, leadClause } from '../../../src/structure/index.ts';

const points = (...texts: string[]) => findPoints(texts.map((text, i) => ({ id: `p${i + 1}`, text })));
const summary = (...texts: string[]) => points(...texts).map((p) => `${p.ordinal}${p.marker}:${p.title}`);

test('一是…二是… with 要 and unclosed quotes (the sample speech)', () => {
  const text =
    '县委提出了作风建设。一是要“刹玩风,着力解决创业气氛不浓的问题。二是要“树正风,着力解决“衙门作风,部门利益至上的问题。三是要“倡廉风,着力解决意识不强的问题。四是要“治会风,着力解决会议质量不高的问题。';
  const found = points(text);
  assert.deepEqual(found.map((p) => p.title), ['刹玩风', '树正风', '倡廉风', '治会风']);
  assert.deepEqual(found.map((p) => p.marker), ['一是要', '二是要', '三是要', '四是要']);
  assert.equal(found[0]!.text, '一是要“刹玩风,着力解决创业气氛不浓的问题。');
  assert.equal(found[3]!.text, '四是要“治会风,着力解决会议质量不高的问题。');
  assert.ok(found.every((p) => p.paragraphId === 'p1'));
});

test('balanced quotes around the whole title are left off', () => {
  assert.deepEqual(summary('一是要“刹玩风”，着力解决。二是要“树正风”，着力解决。'), ['1一是要:刹玩风', '2二是要:树正风']);
});

test('一要/二要, 首先/其次/再次/最后, 第一，第二，', () => {
  assert.deepEqual(summary('一要处理好关系。二要加强沟通。'), ['1一要:处理好关系', '2二要:加强沟通']);
  assert.deepEqual(summary('首先，要提高认识。其次，要明确责任。再次，要督查。最后，要考核。'), ['1首先:要提高认识', '2其次:要明确责任', '3再次:要督查', '4最后:要考核']);
  assert.deepEqual(summary('首先要学习。最后要落实。'), ['1首先:要学习', '2最后:要落实']);
  assert.deepEqual(summary('第一，坚持党的领导。第二，坚持人民至上。'), ['1第一:坚持党的领导', '2第二:坚持人民至上']);
});

test('a sequence may run across paragraphs', () => {
  const found = points('一是加强学习。正文。', '中间的一段。', '二是加强调研。正文。');
  assert.deepEqual(found.map((p) => [p.paragraphId, p.title, p.text]), [
    ['p1', '加强学习', '一是加强学习。正文。'],
    ['p3', '加强调研', '二是加强调研。正文。'],
  ]);
});

test('no points from nonsense, words or broken sequences', () => {
  assert.deepEqual(points('一是一，二是二，不含糊。'), []);
  assert.deepEqual(points('必须全党统一是非标准，唯一要做的就是进一步要求落实。'), []);
  assert.deepEqual(points('只有一项：一是加强学习。'), []);
  assert.deepEqual(points('二是加强学习。三是加强调研。'), []);
  assert.deepEqual(points('首先要感谢大家。'), []);
  assert.deepEqual(points('其次，要明确责任。最后，要考核。'), []);
  assert.deepEqual(points('第一次会议。第二次会议。'), []);
  assert.deepEqual(points('一是加强学习。三是加强调研。'), []);
});

test('a new 一 starts a new sequence; nested lists stay inside their point', () => {
  assert.deepEqual(summary('一是甲方面。二是乙方面。', '一是丙方面。二是丁方面。三是戊方面。'), [
    '1一是:甲方面', '2二是:乙方面', '1一是:丙方面', '2二是:丁方面', '3三是:戊方面',
  ]);
  const nested = points('一是抓学习，包括：首先，读原著；其次，悟原理。二是抓落实。');
  assert.equal(nested[0]!.text, '一是抓学习，包括：首先，读原著；其次，悟原理。');
  assert.equal(nested[2]!.text, '其次，悟原理。');
});

test('leadClause: the first clause, unless it is too short to say anything', () => {
  assert.equal(leadClause('注重与业务工作相结合，充分发挥“助推器”的作用。'), '注重与业务工作相结合');
  assert.equal(leadClause('党组织要关心每一个党员。在政治上保护他们。'), '党组织要关心每一个党员');
  assert.equal(leadClause('，要提高认识。'), '要提高认识');
  assert.equal(leadClause('同时，要提高认识，落实责任。'), '同时，要提高认识');
  assert.equal(leadClause('对创新主体普遍反映的系统使用体验差的问题，《通知》提出，将着力提升。'), '对创新主体普遍反映的系统使用体验差的问题');
  assert.equal(leadClause('没有标点的一句话'), '没有标点的一句话');
  assert.equal(leadClause('“刹玩风”，着力解决'), '刹玩风');
  assert.equal(leadClause('“刹玩风,着力解决'), '刹玩风');
  assert.equal(leadClause('治会风，提高会议质量。'), '治会风');
});

test('a paragraph with very many enumerations stays fast', () => {
  const text = '一是学习理论。二是调查研究。'.repeat(50_000);
  const start = process.cpuUsage();
  const found = points(text);
  const used = process.cpuUsage(start);
  assert.equal(found.length, 100_000);
  assert.equal(found[1]!.text, '二是调查研究。');
  assert.ok((used.user + used.system) / 1000 < 10_000);
});
