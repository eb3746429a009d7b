import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findFacts, numbersMatter } from '../../../src/quiz/facts.ts';
import { makeDoc } from '../../fixtures/lessons/make-doc.ts';

const kinds = (sentence: string, numbers = true) => findFacts(sentence, [], { numbers }).map((f) => `${f.kind}:${f.text}`);

test('a year, month, day or issue number is never a fact to ask about', () => {
  assert.deepEqual(kinds('2014年1月14日，习近平总书记在十八届中央纪委三次全会上指出'), []);
  assert.deepEqual(kinds('岭南学刊 2022年5期'), []);
  assert.deepEqual(kinds('预备期为1年，公示期不少于5个工作日'), ['number:1', 'number:5']);
});

test('numbers count only in a regulation written in articles, not in a report or a story', () => {
  const rules = makeDoc({ id: 'r', title: '某某条例', kind: '法规', paragraphs: ['第一条　为了规范工作，制定本条例。', '第二条　公示期不少于5个工作日。'] });
  const story = makeDoc({ id: 's', title: '某某报道', kind: '文件', paragraphs: ['中西部11个省区24位县委书记参加约谈。'] });
  const report = makeDoc({ id: 't', title: '政府工作报告', kind: '报告', paragraphs: ['第一条意见是经营主体净增12万户。'] });
  assert.equal(numbersMatter(rules), true);
  assert.equal(numbersMatter(story), false);
  assert.equal(numbersMatter(report), false);
  assert.deepEqual(kinds('中西部11个省区24位县委书记参加约谈。', numbersMatter(story)), []);
});
