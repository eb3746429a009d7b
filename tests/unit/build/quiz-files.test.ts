import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quizFiles } from '../../../src/build/quiz-files.ts';
import { shardOf, shardPath } from '../../../src/islands/quiz/shard.ts';
import type { Question, SiteData, Theme } from '../../../src/shared/types.ts';

function bank(n: number): Question[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `q-${i.toString(16).padStart(6, '0')}`,
    type: 'judge' as const,
    prompt: `第 ${i} 题`,
    answer: i % 2 === 0,
    explanation: '解析',
    themes: i % 3 === 0 ? ['si-feng'] : [],
    source: { lessonId: 'doc-1', url: '/lessons/doc-1/#p1', quote: '引文' },
    origin: 'generated',
  }));
}

const theme: Theme = { id: 'si-feng', name: '四风', origin: 'configured', aliases: [], members: [], passages: [], lessons: ['doc-1', 'doc-2'] };
const site = (questions: Question[]): SiteData => ({ docs: [], lessons: [], themes: [theme], questions, reading: [] });

test('every question is in exactly the shard its id names, nothing else is', () => {
  const questions = bank(500);
  const files = quizFiles(site(questions), '/xuexi/');
  const index = JSON.parse(files.find((f) => f.path === 'quiz/bank/index.json')!.text);
  assert.equal(index.v, 1);
  assert.equal(index.digits, 1);
  assert.deepEqual(index.ids, questions.map((q) => q.id));
  const shards = files.filter((f) => /^quiz\/bank\/[0-9a-f]+\.json$/.test(f.path));
  assert.equal(shards.length, 16);
  const seen: string[] = [];
  for (const file of shards) {
    for (const q of JSON.parse(file.text) as Question[]) {
      assert.equal(shardPath(shardOf(q.id, index.digits)), file.path);
      assert.equal('origin' in q, false, 'build-only fields stay out');
      assert.equal(q.source.url, '/lessons/doc-1/#p1', 'site-relative: the client adds the base');
      seen.push(q.id);
    }
  }
  assert.deepEqual(seen.sort(), questions.map((q) => q.id).sort());
});

test('a small bank is one shard file', () => {
  const files = quizFiles(site(bank(10)), '/');
  assert.deepEqual(files.map((f) => f.path).sort(), ['data/quiz.csv', 'quiz/bank/all.json', 'quiz/bank/index.json', 'quiz/themes.json']);
});

test('theme totals and the Anki CSV', () => {
  const files = quizFiles(site(bank(9)), '/xuexi/');
  assert.deepEqual(JSON.parse(files.find((f) => f.path === 'quiz/themes.json')!.text), [{ id: 'si-feng', name: '四风', lessons: 2, questions: 3 }]);
  const csv = files.find((f) => f.path === 'data/quiz.csv')!.text;
  assert.match(csv, /^#separator:Comma/);
  assert.equal(csv.trimEnd().split('\n').filter((line) => !line.startsWith('#')).length, 9, 'one card per question');
});

test('an empty bank still gets an index', () => {
  const files = quizFiles(site([]), '/');
  assert.deepEqual(JSON.parse(files.find((f) => f.path === 'quiz/bank/index.json')!.text), { v: 1, digits: 0, count: 0, ids: [] });
});
