import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as quiz from '../../../src/quiz/index.ts';

test('the public API of the quiz stage', () => {
  assert.deepEqual(Object.keys(quiz).sort(), [
    'dailyQuestionIds',
    'differsByOneFact',
    'findDuplicateIds',
    'formatIssue',
    'generateQuestions',
    'generateQuestionsWithReport',
    'grade',
    'judgeStatement',
    'normalizeAnswer',
    'parseQuizFile',
    'proofItems',
    'questionId',
    'toAnkiCsv',
    'validateQuestion',
  ]);
});

test('the browser-side modules import nothing from Node', () => {
  const browser = ['daily.ts', 'grade.ts', 'validate.ts', 'normalize.ts', 'random.ts', 'anki.ts', 'text.ts'];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const source = readFileSync(new URL(`../../../src/quiz/${name}`, import.meta.url), 'utf8');
    assert.doesNotMatch(source, /from ['"]node:/u, name);
    for (const m of source.matchAll(/from '\.\/([\w-]+\.ts)'/gu)) visit(m[1]!);
  };
  browser.forEach(visit);
});
