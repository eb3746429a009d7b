import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { readContent } from '../../../src/content/read-content.ts';
import { runPipeline } from '../../../src/pipeline/run-pipeline.ts';
import { dataFiles, prettyArrayChunks } from '../../../src/build/data-files.ts';

// The shapes DESIGN.md fixes for dist/data/*.json: outside tools read them, so they are pinned here.
const lessons = z.array(z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  url: z.string().startsWith('/'),
  title: z.string().min(1),
  source: z.object({ id: z.string(), title: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), kind: z.string() }).strict(),
  path: z.array(z.string()).min(1),
  themes: z.array(z.string()),
  text: z.string().min(1),
}).strict());
const themes = z.array(z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  members: z.array(z.string()),
  origin: z.enum(['configured', 'detected', 'glossary']),
  summary: z.string().optional(),
  lessons: z.array(z.string()),
}).strict());
const answer = z.union([z.string(), z.array(z.string()), z.boolean(), z.record(z.string(), z.string())]);
const quiz = z.array(z.object({
  id: z.string().min(1),
  type: z.enum(['single', 'multiple', 'cloze', 'judge', 'order', 'match']),
  prompt: z.string().min(1),
  options: z.array(z.string()).optional(),
  targets: z.array(z.string()).optional(),
  answer,
  explanation: z.string().min(1),
  themes: z.array(z.string()),
  source: z.object({ lessonId: z.string(), url: z.string().startsWith('/'), quote: z.string().min(1) }).strict(),
}).strict());
const reading = z.array(z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  books: z.array(z.object({ title: z.string(), author: z.string(), reason: z.string() }).passthrough()).min(1),
}).strict());

async function sampleData(base: string) {
  const { files, issues } = await readContent('content');
  assert.deepEqual(issues, []);
  const result = runPipeline(files);
  assert.deepEqual(result.issues, []);
  return new Map(dataFiles(result.data!, base).map((f) => [f.path, JSON.parse(f.text) as unknown]));
}

test('dist/data/*.json keep the shapes DESIGN.md fixes', async () => {
  const files = await sampleData('/');
  assert.deepEqual([...files.keys()].sort(), ['data/lessons.json', 'data/quiz.json', 'data/reading.json', 'data/themes.json']);
  const parsedLessons = lessons.parse(files.get('data/lessons.json'));
  const parsedThemes = themes.parse(files.get('data/themes.json'));
  const parsedQuiz = quiz.parse(files.get('data/quiz.json'));
  reading.parse(files.get('data/reading.json'));
  // Cross references resolve: theme lessons and question sources name real lessons.
  const lessonIds = new Set(parsedLessons.map((l) => l.id));
  for (const t of parsedThemes) for (const id of t.lessons) assert.ok(lessonIds.has(id), `${t.id} → ${id}`);
  for (const q of parsedQuiz) assert.ok(lessonIds.has(q.source.lessonId), `${q.id} → ${q.source.lessonId}`);
  const themeIds = new Set(parsedThemes.map((t) => t.id));
  for (const l of parsedLessons) for (const id of l.themes) assert.ok(themeIds.has(id), `${l.id} → ${id}`);
});

test('URLs in the data files carry the deployment base', async () => {
  const files = await sampleData('/xuexi/');
  const parsedLessons = lessons.parse(files.get('data/lessons.json'));
  assert.ok(parsedLessons.every((l) => l.url.startsWith('/xuexi/lessons/')));
  const parsedQuiz = quiz.parse(files.get('data/quiz.json'));
  assert.ok(parsedQuiz.every((q) => q.source.url.startsWith('/xuexi/lessons/')));
});

test('a data file written in pieces says exactly what JSON.stringify would', () => {
  const cases: unknown[][] = [[], [1], [{ a: [1, { b: '多\n行' }], c: null }, 'x', []], [{}, { d: { e: {} } }]];
  for (const items of cases) assert.equal([...prettyArrayChunks(items, (x) => x)].join(''), `${JSON.stringify(items, null, 2)}\n`);
});
