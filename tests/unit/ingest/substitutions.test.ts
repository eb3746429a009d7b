import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSubstitutions, SUBSTITUTIONS } from '../../../src/ingest/substitutions.ts';

const hits = (text: string) => findSubstitutions(text).map((h) => `${h.find}→${h.suggest}`);

test('known pairs are flagged in the contexts that give them away', () => {
  assert.deepEqual(hits('服从效劳于改革开展稳定的大局'), ['效劳→服务', '开展→发展']);
  assert.deepEqual(hits('改善开展环境，促进开展。'), ['开展→发展', '开展→发展']);
  assert.deepEqual(hits('“执政为民、效劳开展学习整改活动'), ['效劳开展→服务发展']);
  assert.deepEqual(hits('引导广阔党员干部'), ['广阔→广大']);
  assert.deepEqual(hits('应该做好的根底工作'), ['根底→基础']);
  assert.deepEqual(hits('这充分表达了县委对机关党建工作的高度重视'), ['表达→体现']);
  assert.deepEqual(hits('发动、调协和组织的功能'), ['调协→协调']);
});

test('ordinary usage stays quiet', () => {
  assert.deepEqual(hits('在全县开展学习活动，开展工作，深入开展交心谈心活动，持续开展“蓝天”专项行动。'), []);
  assert.deepEqual(hits('广阔天地大有作为，表达意见，国家标准。'), []);
});

test('every rule has a distinct word and a suggestion', () => {
  assert.equal(new Set(SUBSTITUTIONS.map((r) => r.find)).size, SUBSTITUTIONS.length);
  assert.ok(SUBSTITUTIONS.every((r) => r.suggest && r.suggest !== r.find));
});
